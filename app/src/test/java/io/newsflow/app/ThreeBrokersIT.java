package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaCluster;
import io.newsflow.core.Topics;
import io.newsflow.core.config.Settings;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.IngestService;
import io.newsflow.sink.SinkService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three KRaft brokers in this JVM, the topics at replication factor 3 with min.insync.replicas 2 (made by
 * {@code newsflow topics}), and the real ingest, enrich and sink services on them: the broker leading the most
 * partitions is shut down mid-run, and the sink's file store still holds every article exactly once.
 */
class ThreeBrokersIT {

    private static final int PER_BATCH = 150;

    @TempDir
    Path work;

    @Test
    void shouldStoreEveryArticleExactlyOnceThoughOneOfThreeBrokersIsLostMidRun() throws Exception {
        try (LocalKafkaCluster cluster = LocalKafkaCluster.start(work.resolve("cluster"), 3)) {
            String bootstrap = cluster.bootstrapServers();
            createTopics(bootstrap);
            List<RawArticle> before = Articles.generate(PER_BATCH, "before-loss");
            List<RawArticle> after = Articles.generate(PER_BATCH, "after-loss");
            Path out = work.resolve("out");
            EnrichService enrich = EnrichService.create(Settings.parse(EnrichService.SETTINGS, new String[] {
                "--bootstrap-servers", bootstrap, "--state-dir", work.resolve("state").toString(),
                "--replication-factor", "3", "--min-insync-replicas", "2"}, Map.of()));
            SinkService sink = SinkService.create(Settings.parse(SinkService.SETTINGS, new String[] {
                "--bootstrap-servers", bootstrap, "--out", out.toString(), "--max-file-age", "1s"}, Map.of()));
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> services = List.of(start("enrich", enrich::run, failure), start("sink", sink::run, failure));
            try {
                ingest(bootstrap, before, "before.jsonl");
                awaitStored(out, PER_BATCH / 3, failure);
                int lost;
                try (Admin admin = cluster.admin()) {
                    assertInternalTopicsHaveThreeReplicas(admin);
                    lost = busiestLeader(admin);
                }
                cluster.stop(lost); // enrich and the sink are mid-work: some of the first batch is not stored yet
                ingest(bootstrap, after, "after.jsonl");
                awaitStored(out, 2 * PER_BATCH, failure);
                Thread.sleep(2_000); // a duplicate would be written after the expected count
            } finally {
                sink.close();
                enrich.close();
                for (Thread t : services) {
                    t.join(30_000);
                }
            }
            assertNull(failure.get(), () -> "a service failed: " + failure.get());
            Map<String, Integer> stored = CrashRecoveryIT.idsInFiles(out.resolve(Topics.ENRICHED));
            Map<String, Integer> doubled = stored.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertEquals(Map.of(), doubled, "articles stored more than once");
            List<String> expected = Stream.concat(before.stream(), after.stream()).map(RawArticle::id).sorted().toList();
            assertEquals(expected, List.copyOf(stored.keySet()), "every article stored, and nothing else");
        }
    }

    private static void createTopics(String bootstrap) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(printed, true, StandardCharsets.UTF_8);
        int rc = Newsflow.run(new String[] {"topics", "--bootstrap-servers", bootstrap, "--partitions", "3",
            "--replication-factor", "3", "--min-insync-replicas", "2"}, ps, ps);
        String text = printed.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, text);
        for (String topic : List.of(Topics.RAW, Topics.ENRICHED, Topics.DLQ)) {
            assertTrue(text.contains(topic + ": created, 3 partitions, replication factor 3, min.insync.replicas 2"), text);
        }
    }

    private void ingest(String bootstrap, List<RawArticle> articles, String fileName) throws Exception {
        Path input = work.resolve(fileName);
        Files.write(input, articles.stream().map(a -> new String(Serdes.RAW.toBytes(a), StandardCharsets.UTF_8)).toList(),
                StandardCharsets.UTF_8);
        IngestReport report;
        try (IngestService ingest = IngestService.create(Settings.parse(IngestService.SETTINGS, new String[] {
            "--bootstrap-servers", bootstrap, input.toString()}, Map.of()))) {
            report = ingest.run();
        }
        assertEquals(articles.size(), report.published(), () -> "ingest published every article: " + report.errors());
    }

    /** Enrich's changelog and repartition topics got the replication factor it was given. */
    private static void assertInternalTopicsHaveThreeReplicas(Admin admin) throws Exception {
        List<String> internal = admin.listTopics().names().get(20, TimeUnit.SECONDS).stream()
                .filter(t -> t.startsWith("newsflow-enrich-")).toList();
        assertTrue(!internal.isEmpty(), "enrich has internal topics");
        Map<String, Integer> replicas = admin.describeTopics(internal).allTopicNames().get(20, TimeUnit.SECONDS).values().stream()
                .collect(Collectors.toMap(TopicDescription::name, d -> d.partitions().get(0).replicas().size(), (a, b) -> a, TreeMap::new));
        assertTrue(replicas.values().stream().allMatch(n -> n == 3), () -> "replicas of enrich's internal topics: " + replicas);
    }

    /** The broker leading the most partitions of the pipeline's topics: losing it moves the most leaderships. */
    private static int busiestLeader(Admin admin) throws Exception {
        Map<Integer, Long> led = admin.describeTopics(List.of(Topics.RAW, Topics.ENRICHED)).allTopicNames().get(20, TimeUnit.SECONDS)
                .values().stream().flatMap(d -> d.partitions().stream()).map(TopicPartitionInfo::leader)
                .collect(Collectors.groupingBy(n -> n.id(), TreeMap::new, Collectors.counting()));
        return led.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static void awaitStored(Path out, int expected, AtomicReference<Throwable> failure) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (EnrichedFiles.countLines(out) < expected && System.nanoTime() < deadline && failure.get() == null) {
            Thread.sleep(200);
        }
    }

    private static Thread start(String name, Runnable task, AtomicReference<Throwable> failure) {
        Thread t = new Thread(() -> {
            try {
                task.run();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, "it-" + name);
        t.start();
        return t;
    }
}
