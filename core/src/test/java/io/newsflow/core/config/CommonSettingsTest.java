package io.newsflow.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommonSettingsTest {

    private static final List<Setting<?>> ALL = List.of(CommonSettings.BOOTSTRAP_SERVERS,
            CommonSettings.CONNECT_TIMEOUT, CommonSettings.SHUTDOWN_TIMEOUT, CommonSettings.ADMIN_PORT);

    private static Settings parse(String... args) {
        return Settings.parse(ALL, args, Map.of());
    }

    @Test
    void shouldAcceptHostPortListsWithNamesAddressesAndBracketedIpv6() {
        String servers = "broker-1:9092, 10.0.0.7:9093,[::1]:9094,kafka.example.org:65535";
        assertEquals(servers, parse("--bootstrap-servers", servers).get(CommonSettings.BOOTSTRAP_SERVERS));
    }

    @Test
    void shouldRefuseAServerWithoutAValidPortAndNameIt() {
        for (String bad : List.of("localhost", "localhost:", ":9092", "localhost:0", "localhost:70000",
                "localhost:9092,", "a:1,b", "local host:9092", "::1:9092", " ")) {
            SettingsException e = assertThrows(SettingsException.class, () -> parse("--bootstrap-servers", bad), bad);
            assertEquals("bootstrap-servers", e.option());
            assertTrue(e.getMessage().contains("host:port"), e.getMessage());
        }
    }

    @Test
    void shouldValidateTheEnvironmentTheSameWayAsFlags() {
        SettingsException e = assertThrows(SettingsException.class, () -> Settings.parse(ALL, new String[0],
                Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "no-port")));
        assertTrue(e.getMessage().contains("'no-port', which is not host:port"), e.getMessage());
    }

    @Test
    void shouldRefuseAZeroConnectTimeoutAndDefaultToThirtySeconds() {
        assertEquals(Duration.ofSeconds(30), parse().get(CommonSettings.CONNECT_TIMEOUT));
        assertEquals(Duration.ofSeconds(30), parse().get(CommonSettings.SHUTDOWN_TIMEOUT));
        assertEquals(-1, parse().get(CommonSettings.ADMIN_PORT));
        assertThrows(SettingsException.class, () -> parse("--connect-timeout", "0"));
    }
}
