package io.newsflow.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without --state-dir, each serve instance on a host gets a state directory of its own, in the user's state home. */
class ServeStateDirTest {

    @TempDir
    Path stateHome;

    private ServeService create() {
        return ServeService.create(Settings.parse(ServeService.SETTINGS, new String[] {"--http-port", "0", "--http-bind", "127.0.0.1"},
                Map.of()), Map.of("XDG_STATE_HOME", stateHome.toString()));
    }

    @Test
    void shouldGiveTwoInstancesOnOneHostTheirOwnStateDirectoryAndFreeItOnClose() {
        Path app = stateHome.resolve("newsflow/serve/" + ServeService.APPLICATION_ID.defaultValue());
        ServeService first = create();
        ServeService second = create();
        try {
            assertTrue(Files.isDirectory(app.resolve("instance-0")));
            assertTrue(Files.isDirectory(app.resolve("instance-1")));
        } finally {
            first.close();
            second.close();
        }
        ServeService again = create();
        try {
            assertEquals(2, app.toFile().list().length, "a restart takes instance-0 again rather than a third");
        } finally {
            again.close();
        }
    }
}
