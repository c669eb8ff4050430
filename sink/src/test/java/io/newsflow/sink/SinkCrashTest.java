package io.newsflow.sink;

import static io.newsflow.sink.FileSinkTest.assertExactlyOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sink's JVM killed with SIGKILL while it writes: after a restart every article is stored once. */
class SinkCrashTest {

    @TempDir
    Path dir;

    @Test
    void shouldLoseAndDuplicateNothingWhenKilledWhileWriting() {
        String topic = SharedBroker.newTopic("crash", 2);
        Path out = dir.resolve("out");
        Path log = dir.resolve("sink.log");
        // Small files and a short age: commits happen several times a second, so kills land before, in and after them.
        // Static membership: the restarted sink takes the killed one's partitions at once, not after its session.
        List<String> args = List.of("--topic", topic, "--group-id", "group-" + topic, "--out", out.toString(),
                "--max-file-bytes", "24k", "--max-file-age", "300ms", "--poll-timeout", "100ms",
                "--kafka.group.instance.id", "crash-sink", "--kafka.session.timeout.ms", "6000",
                // Small fetches and polls interleave the partitions, so that both have open files at a kill.
                "--kafka.max.poll.records", "50", "--kafka.max.partition.fetch.bytes", "32768");
        Random random = new Random(42);
        int killsLeavingTempFiles = 0;
        List<String> produced;
        try (BackgroundProducer producer = new BackgroundProducer(topic, "k", 5, 50)) {
            for (int round = 0; round < 3; round++) {
                int recovered = SinkProcess.count(log, "event=partition_recovered");
                SinkProcess sink = SinkProcess.start(log, args.toArray(String[]::new));
                awaitFreshTemporaryFiles(sink, log, recovered + 2, out, topic);
                RunningSink.sleep(200 + random.nextInt(800));
                sink.kill();
                if (!FileStore.temporaryFiles(out, topic).isEmpty()) {
                    killsLeavingTempFiles++;
                }
            }
            produced = producer.stop();
        }
        assertTrue(killsLeavingTempFiles > 0, "no kill happened while a file was open");

        List<String> finalArgs = new ArrayList<>(args);
        try (RunningSink sink = RunningSink.start(finalArgs.toArray(String[]::new))) {
            sink.await("every article stored", Duration.ofSeconds(30),
                    () -> Articles.storedIds(out, topic).size() >= produced.size());
        }
        assertExactlyOnce(produced, Articles.storedIds(out, topic));
        assertTrue(FileStore.temporaryFiles(out, topic).isEmpty(), "temporary files of the killed runs are deleted");
        for (int p = 0; p < 2; p++) {
            int partition = p;
            List<StoredFile> files = FileStore.committed(out, topic).stream().filter(f -> f.partition() == partition).toList();
            for (int i = 1; i < files.size(); i++) {
                assertEquals(files.get(i - 1).lastOffset() + 1, files.get(i).firstOffset(),
                        "partition " + p + ": a gap or an overlap between " + files.get(i - 1).path().getFileName()
                                + " and " + files.get(i).path().getFileName());
            }
        }
    }

    /** Waits until the new JVM has taken both partitions (deleting the last one's temporary files) and opened one. */
    private static void awaitFreshTemporaryFiles(SinkProcess sink, Path log, int recovered, Path out, String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (SinkProcess.count(log, "event=partition_recovered") < recovered
                || FileStore.temporaryFiles(out, topic).isEmpty()) {
            if (!sink.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the sink JVM never opened a file; its log:\n" + sink.logTail());
            }
            RunningSink.sleep(20);
        }
    }
}
