package io.newsflow.serve;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.BrokerUnreachableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a broker, serve gives up after --connect-timeout with an error that names the address, and frees its port. */
class ServeConnectTimeoutTest {

    @TempDir
    Path stateDir;

    @Test
    void shouldFailWithAClearErrorWhenNoBrokerAnswersWithinTheConnectTimeout() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort(); // free again once closed: nothing listens there
        }
        ServeService serve = ServeService.create(Settings.parse(ServeService.SETTINGS, new String[] {
                "--bootstrap-servers", "127.0.0.1:" + closedPort, "--connect-timeout", "1s", "--http-port", "0",
                "--http-bind", "127.0.0.1", "--state-dir", stateDir.toString()}, Map.of()));
        int httpPort = serve.port();

        BrokerUnreachableException e = assertThrows(BrokerUnreachableException.class, serve::run);

        assertTrue(e.getMessage().contains("cannot reach Kafka at 127.0.0.1:" + closedPort), e.getMessage());
        assertTrue(e.getMessage().contains("--connect-timeout"), e.getMessage());
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + httpPort + "/").toURL().openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(2000);
        assertThrows(ConnectException.class, c::getResponseCode, "the page's port is closed again");
    }
}
