package io.newsflow.sink;

import static io.newsflow.sink.FileSinkTest.assertExactlyOnce;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.DeadLetterHeaders;
import io.newsflow.core.config.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class TopicSinkTest {

    @TempDir
    Path dir;

    @Test
    void shouldCopyCommittedArticlesExactlyOnceAndDeadLetterBadValues() {
        String topic = SharedBroker.newTopic("copy-in", 2);
        String sinkTopic = SharedBroker.newTopic("copy-out", 2);
        String dlq = SharedBroker.newTopic("copy-dlq", 1);
        List<String> kept = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = Produce.producer(
                Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-" + topic))) {
            producer.initTransactions();
            for (int t = 0; t < 4; t++) {
                List<String> ids = Articles.ids("t" + t, 10);
                producer.beginTransaction();
                Produce.send(producer, topic, ids);
                if (t == 2) {
                    producer.abortTransaction();
                } else {
                    producer.commitTransaction();
                    kept.addAll(ids);
                }
            }
        }
        List<RecordMetadata> bad = Produce.records(List.of(
                new ProducerRecord<>(topic, 0, "bad-garbage", "garbage".getBytes(StandardCharsets.UTF_8)),
                new ProducerRecord<>(topic, 1, "bad-tombstone", null)));

        try (RunningSink sink = start(topic, sinkTopic, dlq)) {
            sink.await("copies and dead letters", Duration.ofSeconds(30),
                    () -> sink.service.recordsWritten() == kept.size() && sink.service.recordsRejected() == 2);
        }

        List<ConsumerRecord<byte[], byte[]>> copies = TopicReader.readCommitted(sinkTopic);
        assertExactlyOnce(kept, copies.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList());
        for (ConsumerRecord<byte[], byte[]> copy : copies) {
            String id = new String(copy.key(), StandardCharsets.UTF_8);
            assertArrayEquals(Articles.json(Articles.article(id)), copy.value(), "the value is copied byte for byte");
        }
        List<ConsumerRecord<byte[], byte[]>> deadLetters = TopicReader.readCommitted(dlq);
        assertEquals(2, deadLetters.size());
        for (ConsumerRecord<byte[], byte[]> dead : deadLetters) {
            String key = new String(dead.key(), StandardCharsets.UTF_8);
            RecordMetadata source = key.equals("bad-garbage") ? bad.get(0) : bad.get(1);
            assertEquals(Long.toString(source.offset()), header(dead, DeadLetterHeaders.SOURCE_OFFSET));
            assertEquals(Integer.toString(source.partition()), header(dead, DeadLetterHeaders.SOURCE_PARTITION));
            assertEquals(topic, header(dead, DeadLetterHeaders.SOURCE_TOPIC));
            assertEquals("sink", header(dead, DeadLetterHeaders.SERVICE));
        }
        ConsumerRecord<byte[], byte[]> tombstone = deadLetters.stream()
                .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals("bad-tombstone")).findFirst().orElseThrow();
        assertNull(tombstone.value());
        assertEquals("invalid", header(tombstone, DeadLetterHeaders.REASON));

        // A restart continues from the offsets committed in the transactions.
        List<String> later = Articles.ids("later", 10);
        Produce.articles(topic, later);
        try (RunningSink sink = start(topic, sinkTopic, dlq)) {
            sink.awaitWritten(later.size());
            RunningSink.sleep(300);
            assertEquals(later.size(), sink.service.recordsWritten());
        }
        List<String> expected = new ArrayList<>(kept);
        expected.addAll(later);
        assertExactlyOnce(expected, TopicReader.readCommitted(sinkTopic).stream()
                .map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList());
    }

    @Test
    @Timeout(value = 40, unit = TimeUnit.SECONDS) // the producer's own check would wait max.block.ms, a minute
    void shouldRefuseAtOnceNamingASinkTopicThatDoesNotExist() {
        String topic = SharedBroker.newTopic("nosink-in", 1);
        String dlq = SharedBroker.newTopic("nosink-dlq", 1);
        List<String> all = new ArrayList<>(List.of("--bootstrap-servers", SharedBroker.bootstrap()));
        all.addAll(args(topic, "no-such-sink-topic", dlq));
        SinkService sink = SinkService.create(Settings.parse(SinkService.SETTINGS, all.toArray(String[]::new), Map.of()));

        IllegalStateException e = assertThrows(IllegalStateException.class, sink::run);

        assertEquals("topic no-such-sink-topic does not exist on " + SharedBroker.bootstrap() + "; create it first: "
                + "./newsflow topics --bootstrap-servers " + SharedBroker.bootstrap() + " --topics no-such-sink-topic",
                e.getMessage());
    }

    @Test
    void shouldCopyExactlyOnceWhenKilledMidStream() {
        String topic = SharedBroker.newTopic("kill-in", 2);
        String sinkTopic = SharedBroker.newTopic("kill-out", 2);
        String dlq = SharedBroker.newTopic("kill-dlq", 1);
        Path log = dir.resolve("sink.log");
        List<String> args = args(topic, sinkTopic, dlq);
        args.addAll(List.of("--kafka.group.instance.id", "kill-sink", "--kafka.session.timeout.ms", "6000",
                "--kafka.max.poll.records", "50", "--kafka.max.partition.fetch.bytes", "32768"));
        Random random = new Random(7);
        List<String> produced;
        try (BackgroundProducer producer = new BackgroundProducer(topic, "k", 5, 50)) {
            for (int round = 0; round < 2; round++) {
                long before = committedOffsets("group-" + topic);
                SinkProcess sink = SinkProcess.start(log, args.toArray(String[]::new));
                awaitCommittedOffsetsBeyond(sink, "group-" + topic, before); // it has committed a transaction
                RunningSink.sleep(random.nextInt(500));
                sink.kill();
            }
            produced = producer.stop();
        }
        assertTrue(TopicReader.readCommitted(sinkTopic).size() > 0, "the killed sinks had copied nothing");
        try (RunningSink sink = RunningSink.start(args.toArray(String[]::new))) {
            sink.await("the group's offsets at the end of the input", Duration.ofSeconds(60),
                    () -> caughtUp("group-" + topic, topic));
        }
        assertExactlyOnce(produced, TopicReader.readCommitted(sinkTopic).stream()
                .map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList());
    }

    private static void awaitCommittedOffsetsBeyond(SinkProcess sink, String group, long before) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (committedOffsets(group) <= before) {
            if (!sink.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the sink JVM committed no transaction; its log:\n" + sink.logTail());
            }
            RunningSink.sleep(50);
        }
    }

    /** The sum of the group's committed offsets: it grows with each committed transaction. */
    private static long committedOffsets(String group) {
        try (Admin admin = SharedBroker.get().admin()) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                    .values().stream().filter(java.util.Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
        } catch (Exception e) {
            return -1;
        }
    }

    /** The offsets committed in the sink's transactions have reached the end of every input partition. */
    private static boolean caughtUp(String group, String topic) {
        try (Admin admin = SharedBroker.get().admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < 2; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            return latest.keySet().stream().allMatch(tp -> committed.get(tp) != null
                    && committed.get(tp).offset() >= ends.get(tp).offset());
        } catch (Exception e) {
            return false;
        }
    }

    private static RunningSink start(String topic, String sinkTopic, String dlq) {
        return RunningSink.start(args(topic, sinkTopic, dlq).toArray(String[]::new));
    }

    private static List<String> args(String topic, String sinkTopic, String dlq) {
        return new ArrayList<>(List.of("--mode", "topic", "--topic", topic, "--group-id", "group-" + topic,
                "--sink-topic", sinkTopic, "--dlq-topic", dlq, "--transactional-id", "sink-" + topic,
                "--poll-timeout", "100ms"));
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
