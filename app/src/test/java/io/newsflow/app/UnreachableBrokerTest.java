package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that talks to Kafka, pointed at a port where nothing listens, gives up after {@code --connect-timeout}
 * with exit code 1 and a message that names the address and the cause and suggests {@code ./newsflow broker}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class UnreachableBrokerTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String address;

    @BeforeEach
    void closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            address = "127.0.0.1:" + s.getLocalPort();
        }
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap-servers", address, "--connect-timeout", "1s"));
        return Newsflow.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void assertGaveUpSayingWhereWhyAndWhatToDo(String command, String text) {
        assertTrue(text.contains(command + ": cannot reach Kafka at " + address + " within 1s: " + address
                + ": connection refused. Is a broker running? Start one with ./newsflow broker"), text);
        assertTrue(!text.contains("\tat "), "no stack trace:\n" + text);
    }

    @Test
    void tailShouldGiveUpInsteadOfWaitingSilently() {
        assertEquals(1, run("tail"));
        assertGaveUpSayingWhereWhyAndWhatToDo("newsflow tail", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void ingestShouldGiveUp() throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), "A title\n\nA body.\n");
        assertEquals(1, run("ingest", input.toString()));
        assertGaveUpSayingWhereWhyAndWhatToDo("newsflow ingest", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sinkShouldGiveUp() {
        assertEquals(1, run("sink", "--out", dir.resolve("out").toString()));
        assertGaveUpSayingWhereWhyAndWhatToDo("newsflow sink", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void enrichShouldGiveUp() {
        assertEquals(1, run("enrich", "--state-dir", dir.resolve("state").toString()));
        assertGaveUpSayingWhereWhyAndWhatToDo("newsflow enrich", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void topicsShouldGiveUp() {
        assertEquals(1, run("topics"));
        assertGaveUpSayingWhereWhyAndWhatToDo("newsflow topics", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sourcesShouldGiveUp() {
        assertEquals(1, run("sources"));
        assertGaveUpSayingWhereWhyAndWhatToDo("newsflow sources", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void dlqShouldGiveUpOnStandardError() {
        assertEquals(1, run("dlq", "list"));
        assertGaveUpSayingWhereWhyAndWhatToDo("newsflow dlq list", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
