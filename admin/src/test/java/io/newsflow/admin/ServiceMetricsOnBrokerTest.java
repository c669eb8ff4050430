package io.newsflow.admin;

import static io.newsflow.admin.ServiceMetricsTest.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kafka binders against a real broker: the clients' own metrics reach the scrape, and so does their lag. */
class ServiceMetricsOnBrokerTest {

    @TempDir
    static Path dir;
    static LocalKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = LocalKafkaBroker.start(dir.resolve("broker"), 0);
        broker.createTopics(Map.of("metrics.producer", 1, "metrics.lag", 1, "metrics.streams.in", 2,
                "metrics.streams.out", 2));
    }

    @AfterAll
    static void stopBroker() {
        broker.stop();
    }

    @Test
    void shouldPublishABoundProducersMetricsWithTheKafkaPrefix() throws Exception {
        try (ServiceMetrics metrics = new ServiceMetrics("ingest");
             KafkaProducer<String, String> producer = producer("metrics-test-producer")) {
            metrics.bindProducer(producer);
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>("metrics.producer", "k" + i, "v" + i)).get();
            }
            String scrape = metrics.scrape();
            String sent = "kafka_producer_record_send_total{client_id=\"metrics-test-producer\",kafka_version=\"";
            assertTrue(scrape.contains(sent), scrape);
            double total = scrape.lines().filter(l -> l.startsWith(sent))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            assertEquals(5.0, total, scrape);
        }
    }

    @Test
    void shouldReportTheLagOfABoundConsumerUntilItHasCaughtUp() throws Exception {
        try (KafkaProducer<String, String> producer = producer("lag-producer")) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>("metrics.lag", "k" + i, "v" + i)).get();
            }
        }
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "metrics-lag-test");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "lag-consumer");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        try (ServiceMetrics metrics = new ServiceMetrics("sink");
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                     new StringDeserializer())) {
            metrics.bindConsumer(consumer);
            consumer.subscribe(java.util.List.of("metrics.lag"));
            int consumed = 0;
            double firstLag = -1;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumed < 10 && System.nanoTime() < deadline) {
                int n = consumer.poll(Duration.ofMillis(200)).count();
                consumed += n;
                if (n > 0 && firstLag < 0) {
                    firstLag = sample(metrics.scrape(), "newsflow_consumer_lag{service=\"sink\"}");
                }
            }
            assertEquals(10, consumed);
            assertTrue(firstLag >= 1 && firstLag <= 9, "behind after the first record: " + firstLag);
            assertEquals(0.0, sample(metrics.scrape(), "newsflow_consumer_lag{service=\"sink\"}"));
            String scrape = metrics.scrape();
            assertTrue(scrape.contains("kafka_consumer_fetch_manager_fetch_total{client_id=\"lag-consumer\""), scrape);
        }
    }

    @Test
    void shouldPublishStreamsMetricsAndBeReadyOnlyWhileRunning() throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("metrics.streams.in").to("metrics.streams.out");
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "metrics-streams-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("streams").toString());
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, org.apache.kafka.common.serialization.Serdes.StringSerde.class);
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, org.apache.kafka.common.serialization.Serdes.StringSerde.class);
        KafkaStreams streams = new KafkaStreams(builder.build(), p);
        HealthCheck ready = HealthCheck.streamsRunning(streams);
        try (ServiceMetrics metrics = new ServiceMetrics("enrich")) {
            metrics.bindStreams(streams);
            HealthStatus created = ready.check();
            assertFalse(created.up());
            assertEquals("streams CREATED", created.detail());

            streams.start();
            awaitTrue(() -> ready.check().up(), Duration.ofSeconds(60));
            assertEquals("streams RUNNING", ready.check().detail());

            String scrape = awaitScrapeContaining(metrics, "kafka_stream_thread_", Duration.ofSeconds(90));
            assertTrue(scrape.contains("kafka_consumer_"), "the embedded consumer's metrics");
            assertTrue(scrape.contains("newsflow_consumer_lag{service=\"enrich\"}"), "the streams input lag");

            streams.close(Duration.ofSeconds(30));
            assertFalse(ready.check().up());
        } finally {
            streams.close(Duration.ofSeconds(30));
        }
    }

    private static KafkaProducer<String, String> producer(String clientId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not true within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private static String awaitScrapeContaining(ServiceMetrics metrics, String text, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String scrape = metrics.scrape();
        while (!scrape.contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + text + " within " + timeout + " in\n" + scrape);
            }
            Thread.sleep(200);
            scrape = metrics.scrape();
        }
        return scrape;
    }
}
