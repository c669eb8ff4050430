package io.newsflow.core.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceDirectoryTest {

    @TempDir
    Path parent;

    @Test
    void shouldGiveEachRunningInstanceItsOwnDirectoryAndTheLowestFreeOneToTheNext() {
        try (DirectoryLock first = InstanceDirectory.claim(parent, "enrich");
             DirectoryLock second = InstanceDirectory.claim(parent, "enrich")) {
            assertEquals(parent.resolve("instance-0"), first.directory());
            assertEquals(parent.resolve("instance-1"), second.directory());
            first.close();
            try (DirectoryLock third = InstanceDirectory.claim(parent, "enrich")) {
                assertEquals(parent.resolve("instance-0"), third.directory(), "a restart finds its state again");
            }
        }
    }

    @Test
    void shouldPutStateUnderXdgStateHomeElseTheUsersLocalState() {
        assertEquals(Path.of("/srv/state/newsflow/streams/newsflow-enrich"),
                InstanceDirectory.defaultParent(Map.of("XDG_STATE_HOME", "/srv/state"), "streams", "newsflow-enrich"));
        assertEquals(Path.of(System.getProperty("user.home"), ".local/state/newsflow/streams/app_1"),
                InstanceDirectory.defaultParent(Map.of(), "streams", "app/1"));
        assertEquals(Path.of(System.getProperty("user.home"), ".local/state/newsflow/streams/_.."),
                InstanceDirectory.defaultParent(Map.of("XDG_STATE_HOME", "relative"), "streams", ".."));
    }
}
