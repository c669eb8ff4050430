package io.newsflow.core.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateClusterMarkTest {

    @TempDir
    Path dir;

    @Test
    void shouldTakeStateAsTheClustersOnlyWhenThatClusterIsRecorded() {
        assertFalse(StateClusterMark.isOf(dir, "cluster-a"), "no mark: origin unknown");

        StateClusterMark.record(dir, "cluster-a");

        assertTrue(StateClusterMark.isOf(dir, "cluster-a"));
        assertFalse(StateClusterMark.isOf(dir, "cluster-b"));
        assertEquals(Optional.of("cluster-a"), StateClusterMark.read(dir));
    }

    @Test
    void shouldReplaceTheMarkWhenTheStateIsRebuiltFromAnotherCluster() throws Exception {
        StateClusterMark.record(dir, "cluster-a");
        StateClusterMark.record(dir, "cluster-b");

        assertTrue(StateClusterMark.isOf(dir, "cluster-b"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void shouldCreateTheDirectoryOfANewState() {
        Path state = dir.resolve("instance-0");
        StateClusterMark.record(state, "cluster-a");
        assertTrue(StateClusterMark.isOf(state, "cluster-a"));
    }
}
