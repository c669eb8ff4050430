package io.newsflow.core.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A client that cannot reach Kafka gives up after the connect timeout with a message that says where, why and what to do. */
class BrokerConnectionTest {

    private static Properties client(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("client.id", "test"); // a property the admin client must not take over
        return p;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldGiveUpOnAClosedPortNamingTheAddressTheCauseAndTheFix() throws IOException {
        String address = "127.0.0.1:" + closedPort();

        BrokerUnreachableException e = assertThrows(BrokerUnreachableException.class,
                () -> BrokerConnection.await(client(address), Duration.ofSeconds(2), () -> false));

        assertEquals(address, e.bootstrapServers());
        assertTrue(e.getMessage().startsWith("cannot reach Kafka at " + address + " within 2s: "), e.getMessage());
        assertTrue(e.getMessage().contains(address + ": connection refused"), e.getMessage());
        assertTrue(e.getMessage().contains("./newsflow broker"), e.getMessage());
        assertTrue(e.getMessage().contains("--connect-timeout"), e.getMessage());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldNameAHostThatDoesNotResolve() {
        BrokerUnreachableException e = assertThrows(BrokerUnreachableException.class,
                () -> BrokerConnection.await(client("no-such-host.invalid:9092"), Duration.ofSeconds(1), () -> false));

        assertTrue(e.getMessage().contains("no-such-host.invalid:9092: unknown host no-such-host.invalid"), e.getMessage());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldSayWhenAPortAnswersButItIsNotKafka() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String address = "127.0.0.1:" + silent.getLocalPort();

            BrokerUnreachableException e = assertThrows(BrokerUnreachableException.class,
                    () -> BrokerConnection.await(client(address), Duration.ofSeconds(2), () -> false));

            assertTrue(e.getMessage().contains("the port is open but no Kafka answered"), e.getMessage());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldStopWaitingWithoutAnErrorWhenTheCallerIsStopping() throws IOException {
        String address = "127.0.0.1:" + closedPort();

        assertFalse(BrokerConnection.await(client(address), Duration.ofMinutes(5), () -> true));
    }

    @Test
    void shouldListTheCauseOfEveryServerThatFailed() throws IOException {
        int a = closedPort();
        String cause = BrokerConnection.probeSockets("127.0.0.1:" + a + ",no-such-host.invalid:1", 500);

        assertEquals("127.0.0.1:" + a + ": connection refused; no-such-host.invalid:1: unknown host no-such-host.invalid",
                cause);
    }
}
