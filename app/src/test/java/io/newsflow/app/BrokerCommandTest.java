package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.lock.DirectoryLock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerCommandTest {

    @TempDir
    Path data;

    @Test
    void shouldRefuseADataDirectoryInUseWithExitCode2AndTouchNothing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (DirectoryLock held = DirectoryLock.acquire(data, "broker")) {
            int rc = Newsflow.run(new String[] {"broker", "--data", data.toString(), "--port", "1"},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, rc);
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.startsWith("newsflow broker: --data: " + data.toAbsolutePath() + " is in use by newsflow broker (pid "),
                    message);
            assertTrue(message.contains("Stop that broker first, or give this one another --data"), message);
            try (var files = Files.list(data)) {
                assertEquals(List.of(DirectoryLock.FILE_NAME), files.map(p -> p.getFileName().toString()).toList());
            }
        }
    }
}
