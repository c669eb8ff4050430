package io.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {

    @TempDir
    Path out;

    @Test
    void shouldListCommittedFilesByPartitionThenOffsetAndSkipTemporaryOnes() throws Exception {
        write(FileStore.partitionDir(out, "news.enriched", 1), "news.enriched+1+0-9.jsonl", "{\"id\":\"c\"}\n");
        write(FileStore.partitionDir(out, "news.enriched", 0), "news.enriched+0+10-19.jsonl", "{\"id\":\"b\"}\n");
        write(FileStore.partitionDir(out, "news.enriched", 0), "news.enriched+0+2-9.jsonl", "{\"id\":\"a\"}\n");
        write(FileStore.partitionDir(out, "news.enriched", 0), ".news.enriched+0+20.jsonl.tmp", "{\"id\":\"half");
        write(FileStore.partitionDir(out, "news.enriched", 0), "notes.txt", "not a data file");
        write(FileStore.rejectedDir(out, "news.enriched", 0), "news.enriched+0+5-5.jsonl", "{}\n");

        List<StoredFile> files = FileStore.committed(out, "news.enriched");

        assertEquals(List.of("news.enriched+0+2-9.jsonl", "news.enriched+0+10-19.jsonl", "news.enriched+1+0-9.jsonl"),
                files.stream().map(f -> f.path().getFileName().toString()).toList());
        assertEquals(new StoredFile(files.get(0).path(), 0, 2, 9), files.get(0));
        assertEquals(List.of("a", "b", "c"), Articles.storedIds(out, "news.enriched"));
        assertEquals(1, FileStore.rejected(out, "news.enriched").size());
        assertEquals(List.of(".news.enriched+0+20.jsonl.tmp"),
                FileStore.temporaryFiles(out, "news.enriched").stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void shouldNotTakeAnotherTopicsOrPartitionsFilesForItsOwn() throws Exception {
        Path dir = FileStore.partitionDir(out, "news", 0);
        write(dir, "news+1+0-9.jsonl", "{}\n");
        write(dir, "news.other+0+0-9.jsonl", "{}\n");
        write(dir, "news+0+9-3.jsonl", "{}\n");
        write(dir, "news+0+x-3.jsonl", "{}\n");
        assertTrue(FileStore.committed(out, "news").isEmpty());
    }

    @Test
    void shouldHoldNothingForATopicNeverWritten() {
        assertTrue(FileStore.committedFiles(out, "never").isEmpty());
        assertTrue(FileStore.temporaryFiles(out, "never").isEmpty());
    }

    @Test
    void shouldNameFilesByTopicPartitionAndOffsetRange() {
        assertEquals("news.enriched+3+100-199.jsonl", FileStore.fileName("news.enriched", 3, 100, 199));
        assertEquals(Path.of("o", "news.enriched", "partition=3"), FileStore.partitionDir(Path.of("o"), "news.enriched", 3));
        assertTrue(FileStore.isTemporary(Path.of(FileStore.temporaryName("news.enriched", 3, 100))));
    }

    private static void write(Path dir, String name, String content) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), content);
    }
}
