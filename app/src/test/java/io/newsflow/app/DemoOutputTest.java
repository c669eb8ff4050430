package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.SettingsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoOutputTest {

    private static final List<String> OUTPUTS = List.of("news.enriched", ".newsflow-store.json");

    @TempDir
    Path dir;

    private final List<String> said = new ArrayList<>();

    private DemoOutput open(Path folder) throws Exception {
        return DemoOutput.open(folder, "out", OUTPUTS, said::add);
    }

    @Test
    void shouldRefuseAFolderItDidNotMakeAndTouchNothingInIt() throws Exception {
        Path store = dir.resolve("newsflow-out");
        Files.createDirectories(store.resolve("news.enriched/partition=0"));
        Files.writeString(store.resolve("news.enriched/partition=0/news.enriched+0+0-9.jsonl"), "{\"id\":\"a\"}\n");
        List<Path> before = files(store);

        SettingsException refused = assertThrows(SettingsException.class, () -> open(store));
        assertTrue(refused.getMessage().contains("was not made by the demo"), refused.getMessage());
        assertEquals(before, files(store));
        assertFalse(Files.exists(store.resolve(DemoOutput.MARKER)));
    }

    @Test
    void shouldMarkANewOrEmptyFolderAsItsOwn() throws Exception {
        try (DemoOutput output = open(dir.resolve("new"))) {
            assertTrue(Files.exists(output.dir().resolve(DemoOutput.MARKER)));
            output.commit();
        }
        Files.createDirectories(dir.resolve("empty"));
        try (DemoOutput output = open(dir.resolve("empty"))) {
            assertTrue(Files.exists(output.dir().resolve(DemoOutput.MARKER)));
        }
    }

    @Test
    void shouldKeepThePreviousOutputUntilARunSucceedsAndPutItBackWhenOneFails() throws Exception {
        Path folder = dir.resolve("demo");
        try (DemoOutput first = open(folder)) {
            write(folder, "first");
            Files.createDirectories(first.work().resolve("broker"));
            first.commit();
        }
        assertFalse(Files.exists(folder.resolve(".work")), "the run's scratch space goes when it ends");

        try (DemoOutput failing = open(folder)) {
            assertFalse(Files.exists(folder.resolve("news.enriched")), "the previous output is out of the way");
            write(folder, "partial");
            failing.rollback();
        }
        assertEquals("first", Files.readString(folder.resolve("news.enriched/file.jsonl")));
        assertEquals("first", Files.readString(folder.resolve(".newsflow-store.json")));

        try (DemoOutput succeeding = open(folder)) {
            write(folder, "second");
            succeeding.commit();
        }
        assertEquals("second", Files.readString(folder.resolve("news.enriched/file.jsonl")));
        assertFalse(Files.exists(folder.resolve(".previous-run")));
    }

    @Test
    void shouldDropThePartialOutputOfAKilledRunAndRestoreTheOneBefore() throws Exception {
        Path folder = dir.resolve("demo");
        try (DemoOutput first = open(folder)) {
            write(folder, "first");
            first.commit();
        }
        DemoOutput killed = open(folder);
        write(folder, "partial");
        killed.close(); // neither commit nor rollback, as after a SIGKILL
        try (DemoOutput next = open(folder)) {
            assertFalse(Files.exists(folder.resolve("news.enriched")));
            next.rollback();
        }
        assertEquals("first", Files.readString(folder.resolve("news.enriched/file.jsonl")));
    }

    @Test
    void shouldRefuseASecondDemoOnTheSameFolder() throws Exception {
        Path folder = dir.resolve("demo");
        try (DemoOutput first = open(folder)) {
            SettingsException refused = assertThrows(SettingsException.class, () -> open(folder));
            assertTrue(refused.getMessage().contains("is in use by newsflow demo"), refused.getMessage());
        }
    }

    private static void write(Path folder, String content) throws Exception {
        Files.createDirectories(folder.resolve("news.enriched"));
        Files.writeString(folder.resolve("news.enriched/file.jsonl"), content);
        Files.writeString(folder.resolve(".newsflow-store.json"), content);
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.sorted().toList();
        }
    }
}
