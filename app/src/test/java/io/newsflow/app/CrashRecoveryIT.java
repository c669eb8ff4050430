package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.RawArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash tests: the services run as separate OS processes and are killed with SIGKILL while they work;
 * after restarts, every article is in news.enriched (read_committed) and in the sink's files exactly once. Enrich runs
 * with {@code --dedupe off}, so exactly-once is proven by the transactions alone.
 */
class CrashRecoveryIT {

    /**
     * Kills land at a quarter, half and three quarters of the way, each asserted to leave work for the next start:
     * 100 articles between kills prove as much as 250 did, and a cold JVM tags them in seconds rather than 15 s.
     */
    static final int ARTICLES = 400;
    /** Two instances must both be in the group before the kill, so the takeover keeps more articles in flight. */
    static final int TAKEOVER_ARTICLES = 1000;
    /** Short sessions, so that the group notices a killed member in seconds rather than 45 s. */
    static final String[] FAST_GROUP = {"--kafka.session.timeout.ms", "6000", "--kafka.heartbeat.interval.ms", "1000"};
    /**
     * With {@code --dedupe off} enrich has no persistent store, so a restarted instance has a new process id and
     * transactional id: it cannot fence the killed one, whose open transaction holds back news.enriched (read_committed)
     * and the offsets of its input partitions until the broker aborts it after {@code transaction.timeout.ms}. Enrich's
     * 60 s (for long articles on a busy machine) would make each kill cost a minute; these articles are short, so the
     * test uses Kafka Streams' own 10 s and waits for the same abort.
     */
    static final String[] FAST_ABORT = {"--kafka.producer.transaction.timeout.ms", "10000"};

    @TempDir
    Path work;

    private LocalKafkaBroker broker;

    @BeforeEach
    void startBroker() {
        broker = LocalKafkaBroker.start(work.resolve("broker"), 0);
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    /** Dedupe off: nothing but the transactions may keep each id once, or a lost dedupe store could hide a doubled id. */
    private ServiceProcess enrich(String name) {
        String[] args = concat(new String[] {"--bootstrap-servers", broker.bootstrapServers(),
            "--state-dir", work.resolve("state-" + name).toString(), "--dedupe", "off"}, concat(FAST_GROUP, FAST_ABORT));
        return new ServiceProcess(work.resolve(name + ".log"), "enrich", args);
    }

    private ServiceProcess sink(Path out, String maxFileBytes) {
        String[] args = concat(new String[] {"--bootstrap-servers", broker.bootstrapServers(), "--out", out.toString(),
            "--max-file-age", "1s", "--max-file-bytes", maxFileBytes}, FAST_GROUP);
        return new ServiceProcess(work.resolve("sink.log"), "sink", args);
    }

    @Test
    void shouldEnrichEveryArticleExactlyOnceThoughEnrichIsKilledThreeTimes() throws Exception {
        broker.createTopics(Map.of(Topics.RAW, 3, Topics.ENRICHED, 3, Topics.DLQ, 1));
        List<RawArticle> articles = Articles.generate(ARTICLES, "kill-enrich");
        Articles.publish(broker.bootstrapServers(), Topics.RAW, articles);
        Path out = work.resolve("out");
        try (ServiceProcess enrich = enrich("enrich"); ServiceProcess sink = sink(out, "64k")) {
            sink.start();
            enrich.start();
            for (int kill = 1; kill <= 3; kill++) {
                int target = ARTICLES * kill / 4;
                awaitCommitted(Topics.ENRICHED, n -> n >= target, enrich);
                enrich.kill();
                if (kill == 1) {
                    // Later kills may find every article committed: a restarted instance writes past the killed one's
                    // open transaction, and its records all become visible when that transaction aborts.
                    assertMidStream(enrich, kill);
                }
                enrich.start();
            }
            Map<String, Integer> keys = Articles.committedKeys(broker.bootstrapServers(), Topics.ENRICHED, ARTICLES, Duration.ofMinutes(4));
            assertExactlyOnce(articles, keys, "news.enriched", enrich);
            awaitFiles(out, ARTICLES, sink);
            assertExactlyOnce(articles, idsInFiles(out), "the sink's files", sink);
            assertEquals(4, enrich.starts());
        }
    }

    @Test
    void shouldWriteEveryArticleToFilesExactlyOnceThoughTheSinkIsKilledThreeTimes() throws Exception {
        broker.createTopics(Map.of(Topics.RAW, 3, Topics.ENRICHED, 3, Topics.DLQ, 1));
        List<RawArticle> articles = Articles.generate(ARTICLES, "kill-sink");
        Articles.publish(broker.bootstrapServers(), Topics.RAW, articles);
        Path out = work.resolve("out");
        try (ServiceProcess enrich = enrich("enrich"); ServiceProcess sink = sink(out, "16k")) {
            enrich.start();
            sink.start();
            for (int kill = 1; kill <= 3; kill++) {
                int target = ARTICLES * kill / 4;
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
                while (EnrichedFiles.countLines(out) < target && System.nanoTime() < deadline) {
                    assertTrue(sink.isAlive(), () -> "sink died:\n" + sink.log());
                    Thread.sleep(100);
                }
                sink.kill(); // mid-write: with 16 KB files and 1 s rotation a temporary file is almost always open
                long written = EnrichedFiles.countLines(out);
                int k = kill;
                assertTrue(written < ARTICLES, () -> "kill " + k + " came after the sink had written all " + written + " articles");
                sink.start();
            }
            awaitFiles(out, ARTICLES, sink);
            Thread.sleep(3_000); // a duplicate would be written after the expected count
            assertExactlyOnce(articles, idsInFiles(out), "the sink's files", sink);
            assertEquals(4, sink.starts());
        }
    }

    @Test
    void shouldLetASecondInstanceTakeOverAllPartitionsWhenOneIsKilled() throws Exception {
        broker.createTopics(Map.of(Topics.RAW, 6, Topics.ENRICHED, 6, Topics.DLQ, 1));
        List<RawArticle> articles = Articles.generate(TAKEOVER_ARTICLES, "takeover");
        Articles.publish(broker.bootstrapServers(), Topics.RAW, articles);
        try (ServiceProcess first = enrich("enrich-a"); ServiceProcess second = enrich("enrich-b")) {
            first.start();
            second.start();
            awaitCommitted(Topics.ENRICHED, n -> n >= TAKEOVER_ARTICLES / 4, first);
            assertEquals(2, groupMembers().size(), "both instances share the work");
            first.kill();
            assertMidStream(first, TAKEOVER_ARTICLES, 1);
            Map<String, Integer> keys = Articles.committedKeys(broker.bootstrapServers(), Topics.ENRICHED, TAKEOVER_ARTICLES, Duration.ofMinutes(4));
            assertExactlyOnce(articles, keys, "news.enriched", second);
            List<MemberDescription> members = groupMembers();
            assertEquals(1, members.size(), "only the survivor is left in the group");
            Set<Integer> rawPartitions = members.get(0).assignment().topicPartitions().stream()
                    .filter(tp -> tp.topic().equals(Topics.RAW)).map(TopicPartition::partition).collect(Collectors.toSet());
            assertEquals(Set.of(0, 1, 2, 3, 4, 5), rawPartitions, "the survivor took over every partition of news.raw");
        }
    }

    private List<MemberDescription> groupMembers() throws Exception {
        try (Admin admin = broker.admin()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                ConsumerGroupDescription g = admin.describeConsumerGroups(List.of("newsflow-enrich")).all().get().get("newsflow-enrich");
                boolean stable = g.groupState().toString().equals("Stable");
                if (stable || System.nanoTime() > deadline) {
                    return List.copyOf(g.members());
                }
                Thread.sleep(500);
            }
        }
    }

    /**
     * After a kill: news.enriched does not yet hold every article committed, so the kill interrupted work in progress.
     * Counted with read_committed: end offsets also count aborted records and transaction markers, which after a few
     * kills add up to more than the articles themselves.
     */
    private void assertMidStream(ServiceProcess killed, int kill) throws Exception {
        assertMidStream(killed, ARTICLES, kill);
    }

    private void assertMidStream(ServiceProcess killed, int articles, int kill) throws Exception {
        assertTrue(!killed.isAlive(), "killed");
        long committed = Articles.committedCount(broker.bootstrapServers(), Topics.ENRICHED);
        assertTrue(committed < articles, () -> "kill " + kill + " came after all " + articles + " articles were enriched ("
                + committed + " committed)");
    }

    private void awaitCommitted(String topic, Predicate<Long> done, ServiceProcess service) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        try (Admin admin = broker.admin()) {
            while (System.nanoTime() < deadline) {
                assertTrue(service.isAlive(), () -> "service died:\n" + service.log());
                if (done.test(committedRecords(admin, topic))) {
                    return;
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("timed out waiting for " + topic + "\n" + service.log());
    }

    static long committedRecords(Admin admin, String topic) throws Exception {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
        Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(
                p -> new TopicPartition(topic, p.partition()), p -> org.apache.kafka.clients.admin.OffsetSpec.latest()));
        // read_committed end offsets include commit markers, so this counts a little high: fine for "about N%"
        return admin.listOffsets(latest, new org.apache.kafka.clients.admin.ListOffsetsOptions(org.apache.kafka.common.IsolationLevel.READ_COMMITTED))
                .all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }

    private void awaitFiles(Path out, int expected, ServiceProcess sink) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (EnrichedFiles.countLines(out) < expected && System.nanoTime() < deadline) {
            assertTrue(sink.isAlive(), () -> "sink died:\n" + sink.log());
            Thread.sleep(200);
        }
    }

    static Map<String, Integer> idsInFiles(Path out) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EnrichedArticle a : EnrichedFiles.read(out)) {
            counts.merge(a.id(), 1, Integer::sum);
        }
        return counts;
    }

    static void assertExactlyOnce(List<RawArticle> articles, Map<String, Integer> counts, String where, ServiceProcess service) {
        Set<String> expected = articles.stream().map(RawArticle::id).collect(Collectors.toSet());
        Set<String> missing = expected.stream().filter(id -> !counts.containsKey(id)).collect(Collectors.toSet());
        Map<String, Integer> doubled = counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertTrue(missing.isEmpty(), () -> missing.size() + " articles missing from " + where + ", e.g. "
                + missing.stream().limit(5).toList() + "\n" + tail(service.log()));
        assertTrue(doubled.isEmpty(), () -> doubled.size() + " articles doubled in " + where + ": " + doubled.entrySet().stream().limit(5).toList());
        assertEquals(expected, counts.keySet(), "nothing else in " + where);
    }

    static String tail(String log) {
        return log.length() > 5000 ? log.substring(log.length() - 5000) : log;
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
