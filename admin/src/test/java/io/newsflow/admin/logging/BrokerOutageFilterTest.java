package io.newsflow.admin.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BrokerOutageFilterTest {

    private final AtomicLong now = new AtomicLong();
    private Logger networkClient;

    private CapturedLogs logs;

    @BeforeEach
    void setUp() {
        logs = new CapturedLogs(new BrokerOutageFilter(now::get));
        networkClient = logs.logger(BrokerOutageFilter.NETWORK_CLIENT);
    }

    private void attemptsFail(String client, int times) {
        for (int i = 0; i < times; i++) {
            networkClient.warn("[" + client + "] Connection to node -1 (localhost/127.0.0.1:9092) could not be "
                    + "established. Node may not be available.");
            networkClient.warn("[" + client + "] Bootstrap broker localhost:9092 (id: -1 rack: null isFenced: false) "
                    + "disconnected");
        }
    }

    private List<String> messages() {
        return logs.lines();
    }

    @Test
    void shouldLogOneWarningWithTheAddressInsteadOfOneLinePerAttemptAndClient() {
        attemptsFail("Producer clientId=a", 20);
        now.addAndGet(30_000_000_000L);
        attemptsFail("Consumer clientId=b", 20);

        assertEquals(List.of("WARN event=broker_unreachable address=localhost:9092 down_for=0s (Kafka's clients keep "
                + "retrying; is a broker running? ./newsflow broker starts one)"), messages());
    }

    @Test
    void shouldRemindOnceAMinuteWithHowLongTheBrokerHasBeenDown() {
        for (int second = 0; second <= 150; second++) {
            now.set(second * 1_000_000_000L);
            attemptsFail("Producer clientId=a", 1);
        }

        List<String> m = messages();
        assertEquals(3, m.size(), m.toString());
        assertEquals("WARN event=broker_still_unreachable address=localhost:9092 down_for=1m", m.get(1));
        assertEquals("WARN event=broker_still_unreachable address=localhost:9092 down_for=2m", m.get(2));
    }

    @Test
    void shouldStartANewOutageAfterTheAddressStoppedFailing() {
        attemptsFail("Producer clientId=a", 1);
        now.set(10 * 60_000_000_000L);
        attemptsFail("Producer clientId=a", 1);

        assertEquals(2, messages().stream().filter(s -> s.contains("down_for=0s")).count(), messages().toString());
    }

    @Test
    void shouldLeaveOtherKafkaWarningsAlone() {
        networkClient.warn("Error while fetching metadata with correlation id 7 : {news.raw=UNKNOWN_TOPIC_OR_PARTITION}");
        logs.logger("org.apache.kafka.clients.consumer.internals.ConsumerCoordinator").warn(
                "Connection to node -1 (localhost/127.0.0.1:9092) could not be established.");

        assertEquals(2, messages().size());
    }
}
