package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.DeadLetterHeaders;
import io.newsflow.core.Topics;
import io.newsflow.core.config.Settings;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.topology.BadInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input suite on a real broker: every case of the catalogue, each between two good articles, ends in
 * news.dlq with its reason or in a correct enriched record, and every good article passes.
 */
class BadInputIT {

    static final int SIXTEEN_MB = 16 * 1024 * 1024;

    @TempDir
    Path work;

    @Test
    void shouldRouteEveryBadInputAndLetTheGoodOnesAroundItPass() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(work.resolve("broker"), 0)) {
            try (Admin admin = broker.admin()) {
                // news.raw accepts the catalogue's 10 MB article, as a topic configured for large articles would
                admin.createTopics(List.of(new NewTopic(Topics.RAW, 1, (short) 1).configs(Map.of("max.message.bytes", Integer.toString(SIXTEEN_MB))),
                        new NewTopic(Topics.ENRICHED, 1, (short) 1), new NewTopic(Topics.DLQ, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
                LocalKafkaBroker.createTopics(admin, Map.of(Topics.RAW, 1, Topics.ENRICHED, 1, Topics.DLQ, 1));
            }
            List<BadInput> cases = BadInput.catalogue();
            List<String> goodIds = new ArrayList<>();
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(SIXTEEN_MB));
            p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Integer.toString(4 * SIXTEEN_MB));
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < cases.size(); i++) {
                    for (String side : List.of("before", "after")) {
                        if (side.equals("after")) {
                            BadInput c = cases.get(i);
                            producer.send(new ProducerRecord<>(Topics.RAW, c.key(), c.value())).get();
                        }
                        String id = "good-" + side + "-" + i;
                        RawArticle good = new RawArticle(id, null, "test", "Good " + id,
                                "President Emmanuel Macron visited Berlin with 40 advisers, " + side + " case " + i + ".", "en", "2022-01-10", null);
                        producer.send(new ProducerRecord<>(Topics.RAW, id.getBytes(StandardCharsets.UTF_8), Serdes.RAW.toBytes(good))).get();
                        goodIds.add(id);
                    }
                }
            }
            long okCases = cases.stream().filter(c -> c.reason() == null).count();
            long deadCases = cases.size() - okCases;

            EnrichService enrich = EnrichService.create(Settings.parse(EnrichService.SETTINGS, new String[] {
                "--bootstrap-servers", broker.bootstrapServers(), "--state-dir", work.resolve("state").toString()}, Map.of()));
            Thread enrichThread = new Thread(enrich::run, "it-enrich");
            enrichThread.start();
            try {
                Map<String, byte[]> enriched = read(broker, Topics.ENRICHED, goodIds.size() + okCases);
                Map<String, ConsumerRecord<byte[], byte[]>> dead = readRecords(broker, Topics.DLQ, deadCases);
                for (String id : goodIds) {
                    assertNotNull(enriched.get(id), "good article " + id + " was enriched");
                }
                for (BadInput c : cases) {
                    if (c.reason() == null) {
                        byte[] value = enriched.get(c.outputId());
                        assertNotNull(value, () -> c.name() + ": enriched as " + c.outputId());
                        assertEquals(c.outputId(), Serdes.ENRICHED.fromBytes(value).id(), c.name());
                    } else {
                        String key = c.key() == null ? "<null>" : new String(c.key(), StandardCharsets.UTF_8);
                        ConsumerRecord<byte[], byte[]> r = dead.get(key);
                        assertNotNull(r, () -> c.name() + ": in the DLQ under key " + key);
                        assertEquals(c.reason(), header(r, DeadLetterHeaders.REASON), c.name());
                        assertEquals(Topics.RAW, header(r, DeadLetterHeaders.SOURCE_TOPIC), c.name());
                        assertNotNull(header(r, DeadLetterHeaders.ERROR_MESSAGE), c.name());
                    }
                }
                assertEquals(goodIds.size() + okCases, enriched.size(), "nothing else was enriched");
                assertEquals(deadCases, dead.size(), "nothing else was dead-lettered");
            } finally {
                enrich.close();
                enrichThread.join(30_000);
            }
        }
    }

    static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> read(LocalKafkaBroker broker, String topic, long expected) {
        Map<String, byte[]> out = new HashMap<>();
        readRecords(broker, topic, expected).forEach((k, r) -> out.put(k, r.value()));
        return out;
    }

    /** Records by key ({@code <null>} for none), read_committed, until {@code expected} have arrived or 3 minutes passed. */
    static Map<String, ConsumerRecord<byte[], byte[]>> readRecords(LocalKafkaBroker broker, String topic, long expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "verify-" + UUID.randomUUID());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, ConsumerRecord<byte[], byte[]>> out = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (out.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
                    out.put(r.key() == null ? "<null>" : new String(r.key(), StandardCharsets.UTF_8), r);
                }
            }
            c.poll(Duration.ofSeconds(2)).forEach(r -> out.put(r.key() == null ? "<null>" : new String(r.key(), StandardCharsets.UTF_8), r));
        }
        return out;
    }
}
