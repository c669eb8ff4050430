package io.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without --state-dir, each enrich instance on a host gets a state directory of its own, in the user's state home. */
class EnrichStateDirTest {

    @TempDir
    Path stateHome;

    private EnrichService create(String... args) {
        return EnrichService.create(Settings.parse(EnrichService.SETTINGS, args, Map.of()), Map.of("XDG_STATE_HOME", stateHome.toString()));
    }

    @Test
    void shouldGiveTwoInstancesOnOneHostTheirOwnStateDirectoryAndFreeItOnClose() {
        Path app = stateHome.resolve("newsflow/streams/newsflow-enrich");
        try (EnrichService first = create(); EnrichService second = create()) {
            assertEquals(app.resolve("instance-0"), first.stateDir());
            assertEquals(app.resolve("instance-1"), second.stateDir());
            assertTrue(Files.isDirectory(first.stateDir().resolve("newsflow-enrich")), "Streams keeps its stores there");
        }
        try (EnrichService again = create("--application-id", "other-app")) {
            assertEquals(stateHome.resolve("newsflow/streams/other-app/instance-0"), again.stateDir());
        }
        try (EnrichService restarted = create()) {
            assertEquals(app.resolve("instance-0"), restarted.stateDir(), "a restart finds its own state again");
        }
    }

    @Test
    void shouldUseTheStateDirectoryGiven() {
        Path given = stateHome.resolve("given");
        try (EnrichService service = create("--state-dir", given.toString())) {
            assertEquals(given, service.stateDir());
        }
    }
}
