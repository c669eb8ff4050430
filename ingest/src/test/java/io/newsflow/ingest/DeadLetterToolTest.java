package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.DeadLetterHeaders;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLetterToolTest {

    private final LocalKafkaBroker broker = SharedBroker.get();
    private String dlq;
    private final List<ProducerRecord<byte[], byte[]>> dead = new ArrayList<>();

    @BeforeEach
    void deadLetters() throws Exception {
        dlq = SharedBroker.newTopic("dlq", 2);
        dead.add(deadLetter("id-1", "{\"title\":\"x\"".getBytes(StandardCharsets.UTF_8), "deserialization",
                "not a valid RawArticle JSON: Unexpected end-of-input", 0, 11));
        dead.add(deadLetter("id-2", new byte[] {0, 1, 2, (byte) 0xff}, "invalid", "body is empty", 1, 12));
        dead.add(deadLetter("id-3", "{\"title\":\"T\",\"body\":\"B\"}".getBytes(StandardCharsets.UTF_8), "invalid",
                "title is missing\nsecond line", 0, 13));
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (ProducerRecord<byte[], byte[]> r : dead) {
                producer.send(r).get();
            }
        }
    }

    @Test
    void shouldListEveryRecordWithItsReasonHeadersAndSizeThenCountByReason() {
        Output out = run("list", "--bootstrap-servers", broker.bootstrapServers(), "--topic", dlq);

        assertEquals(0, out.code(), out.text());
        List<String> lines = out.text().lines().toList();
        assertEquals(3 + 1 + 2, lines.size(), out.text());
        String id2 = lines.stream().filter(l -> l.contains("key=id-2")).findFirst().orElseThrow();
        assertTrue(id2.matches("offset=\\d@\\d+ key=id-2 reason=invalid value_bytes=4 .*"), id2);
        assertTrue(id2.contains(DeadLetterHeaders.ERROR_MESSAGE + "=\"body is empty\""), id2);
        assertTrue(id2.contains(DeadLetterHeaders.SOURCE_TOPIC + "=news.raw"), id2);
        assertTrue(id2.contains(DeadLetterHeaders.SOURCE_OFFSET + "=12"), id2);
        assertTrue(id2.contains(DeadLetterHeaders.SERVICE + "=enrich"), id2);
        assertTrue(out.text().contains("\"title is missing\\nsecond line\""), "one record, one line");
        assertTrue(lines.contains("records=3 shown=3 topic=" + dlq), out.text());
        assertEquals(List.of("reason=invalid count=2", "reason=deserialization count=1"), lines.subList(4, 6));
    }

    @Test
    void shouldShowAtMostTheLimitButCountThemAll() {
        Output out = run("list", "--bootstrap-servers", broker.bootstrapServers(), "--topic", dlq, "--limit", "1");

        assertEquals(1, out.text().lines().filter(l -> l.startsWith("offset=")).count(), out.text());
        assertTrue(out.text().contains("records=3 shown=1"), out.text());
    }

    @Test
    void shouldReplayTheRecordsOfOneReasonWithTheirKeysAndBytes() {
        String raw = SharedBroker.newTopic("raw-replayed", 1);

        Output out = run("replay", "--bootstrap-servers", broker.bootstrapServers(), "--topic", dlq,
                "--reason", "invalid", "--to", raw);

        assertEquals(0, out.code(), out.text());
        assertTrue(out.text().contains("replayed=2 failed=0 skipped=1 from=" + dlq + " to=" + raw), out.text());
        List<ConsumerRecord<byte[], byte[]>> replayed = TopicContents.readAll(broker.bootstrapServers(), raw);
        assertEquals(2, replayed.size());
        for (ConsumerRecord<byte[], byte[]> r : replayed) {
            ProducerRecord<byte[], byte[]> original = dead.stream()
                    .filter(d -> java.util.Arrays.equals(d.key(), r.key())).findFirst().orElseThrow();
            assertArrayEquals(original.value(), r.value());
            assertEquals(0, r.headers().toArray().length, "the DLQ headers stay behind");
        }
        assertEquals(List.of("id-2", "id-3"), replayed.stream()
                .map(r -> new String(r.key(), StandardCharsets.UTF_8)).sorted().toList());
    }

    @Test
    void shouldReplayEverythingWithoutAReason() {
        String raw = SharedBroker.newTopic("raw-all", 1);

        Output out = run("replay", "--bootstrap-servers", broker.bootstrapServers(), "--topic", dlq, "--to", raw);

        assertTrue(out.text().contains("replayed=3 failed=0 skipped=0"), out.text());
        assertEquals(3, TopicContents.readAll(broker.bootstrapServers(), raw).size());
    }

    @Test
    void shouldExitWithTwoAndSayWhyOnBadUsage() {
        assertEquals(2, run().code());
        Output unknown = run("purge");
        assertEquals(2, unknown.code());
        assertTrue(unknown.text().contains("unknown command 'purge'"), unknown.text());
        Output option = run("list", "--to", "x");
        assertEquals(2, option.code());
        assertTrue(option.text().contains("--to: unknown option"), option.text());
        Output loop = run("replay", "--bootstrap-servers", broker.bootstrapServers(), "--topic", dlq, "--to", dlq);
        assertEquals(2, loop.code());
        assertTrue(loop.text().contains("--to must name another topic"), loop.text());
        Output help = run("replay", "--help");
        assertEquals(0, help.code());
        assertTrue(help.text().contains("--reason"), help.text());
    }

    @Test
    void shouldWriteItsErrorsToStandardErrorNamingTheCommand() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DeadLetterTool.run(List.of("list", "--bootstrap-servers", broker.bootstrapServers(), "--topic",
                        "no-such-dlq", "--connect-timeout", "5s"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(1, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("newsflow dlq list: topic no-such-dlq does not exist"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldExitWithOneWhenTheTopicDoesNotExist() {
        Output out = run("list", "--bootstrap-servers", broker.bootstrapServers(), "--topic", "no-such-dlq",
                "--connect-timeout", "5s");

        assertEquals(1, out.code());
        assertTrue(out.text().contains("topic no-such-dlq does not exist"), out.text());
    }

    private ProducerRecord<byte[], byte[]> deadLetter(String key, byte[] value, String reason, String message,
                                                      int partition, long offset) {
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(dlq, key.getBytes(StandardCharsets.UTF_8), value);
        header(r, DeadLetterHeaders.REASON, reason);
        header(r, DeadLetterHeaders.ERROR_CLASS, "io.newsflow.enrich.InvalidArticleException");
        header(r, DeadLetterHeaders.ERROR_MESSAGE, message);
        header(r, DeadLetterHeaders.SOURCE_TOPIC, "news.raw");
        header(r, DeadLetterHeaders.SOURCE_PARTITION, Integer.toString(partition));
        header(r, DeadLetterHeaders.SOURCE_OFFSET, Long.toString(offset));
        header(r, DeadLetterHeaders.SERVICE, "enrich");
        header(r, DeadLetterHeaders.TIME, "2024-05-01T12:00:00Z");
        return r;
    }

    private static void header(ProducerRecord<byte[], byte[]> r, String name, String value) {
        r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private record Output(int code, String text) {
    }

    private static Output run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = DeadLetterTool.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
