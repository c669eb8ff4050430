package io.newsflow.sink;

import static io.newsflow.sink.FileSinkTest.assertExactlyOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two sink instances of one group sharing one file store (--shared-store), one joining and one leaving mid-stream. */
class SinkRebalanceTest {

    @TempDir
    Path out;

    @Test
    void shouldStoreEachArticleOnceWhilePartitionsMoveBetweenInstances() {
        String topic = SharedBroker.newTopic("rebalance", 4);
        // Files stay open for a second, so that partitions are revoked while they hold uncommitted records.
        String[] args = {"--topic", topic, "--group-id", "group-" + topic, "--out", out.toString(), "--shared-store",
            "--max-file-age", "1s", "--poll-timeout", "100ms"};
        List<String> produced;
        try (BackgroundProducer producer = new BackgroundProducer(topic, "r", 10, 40)) {
            RunningSink first = RunningSink.start(args);
            first.awaitWritten(1);
            try (RunningSink second = RunningSink.start(args)) {
                second.awaitWritten(1); // it owns partitions now
                long firstBefore = first.service.recordsWritten();
                first.close(); // revokes all of its partitions; the second takes them over
                long secondBefore = second.service.recordsWritten();
                second.await("the second instance writing the first one's partitions", Duration.ofSeconds(30),
                        () -> second.service.recordsWritten() > secondBefore + 20);
                produced = producer.stop();
                second.await("every article stored", Duration.ofSeconds(30),
                        () -> Articles.storedIds(out, topic).size() >= produced.size());
                assertTrue(firstBefore > 0);
            }
        }
        assertExactlyOnce(produced, Articles.storedIds(out, topic));
        assertTrue(FileStore.temporaryFiles(out, topic).isEmpty());
        for (int p = 0; p < 4; p++) {
            int partition = p;
            List<StoredFile> files = FileStore.committed(out, topic).stream().filter(f -> f.partition() == partition).toList();
            for (int i = 1; i < files.size(); i++) {
                assertEquals(files.get(i - 1).lastOffset() + 1, files.get(i).firstOffset(),
                        "partition " + p + " between " + files.get(i - 1).path().getFileName() + " and "
                                + files.get(i).path().getFileName());
            }
        }
    }
}
