package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {

    static final String WIKINEWS = "../samples/wikinews/wikinews_2019.csv";
    static final String SEED_JSONL = "../samples/seed/seed.jsonl";

    @TempDir
    Path dir;

    private final LocalKafkaBroker broker = SharedBroker.get();

    @Test
    void shouldPublishEverySampleOnceKeyedByItsId() throws Exception {
        String topic = SharedBroker.newTopic("raw", 3);

        IngestReport report;
        try (IngestService ingest = IngestService.create(settings(topic, WIKINEWS, SEED_JSONL))) {
            report = ingest.run();
        }

        assertEquals(new IngestReport(172, 172, 0, List.of()), report);
        List<ConsumerRecord<byte[], byte[]>> records = TopicContents.readAll(broker.bootstrapServers(), topic);
        assertEquals(172, records.size());
        Set<String> keys = records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8))
                .collect(Collectors.toSet());
        assertEquals(172, keys.size());
        for (ConsumerRecord<byte[], byte[]> r : records) {
            RawArticle a = Serdes.RAW.fromBytes(r.value());
            assertEquals(new String(r.key(), StandardCharsets.UTF_8), a.id());
            assertFalse(a.body().isBlank());
        }
        assertTrue(records.stream().map(r -> Serdes.RAW.fromBytes(r.value()))
                .anyMatch(a -> a.title().equals("Kazakhstan unrest was coup attempt, says president")
                        && a.source().equals("bbc") && a.publishedAt().equals("2022-01-10")));
    }

    @Test
    void shouldProduceIdempotentlyWithAcksFromAllReplicas() throws Exception {
        Properties config = IngestService.producerProperties(
                Settings.parse(IngestService.SETTINGS, new String[] {"-", "--kafka.linger.ms", "5"}, Map.of()));
        assertEquals("true", config.get("enable.idempotence"));
        assertEquals("all", config.get("acks"));
        assertEquals(String.valueOf(Integer.MAX_VALUE), config.get("retries"));
        assertEquals("600000", config.get("delivery.timeout.ms"));
        assertEquals("5", config.get("linger.ms"), "--kafka.* overrides come last");

        // The broker keeps producer state (id, epoch, sequence) only for idempotent producers.
        String topic = SharedBroker.newTopic("raw-idem", 1);
        try (IngestService ingest = IngestService.create(settings(topic, SEED_JSONL))) {
            assertEquals(1, ingest.run().published());
        }
        try (Admin admin = broker.admin()) {
            TopicPartition tp = new TopicPartition(topic, 0);
            List<ProducerState> producers = admin.describeProducers(List.of(tp)).partitionResult(tp)
                    .get(30, TimeUnit.SECONDS).activeProducers();
            assertEquals(1, producers.size());
            assertTrue(producers.get(0).producerId() >= 0);
            assertEquals(0, producers.get(0).lastSequence(), "one record, sequence 0");
        }
    }

    @Test
    void shouldCountBadInputAndPublishTheRest() throws Exception {
        String topic = SharedBroker.newTopic("raw-bad", 1);
        Path jsonl = dir.resolve("mixed.jsonl");
        Files.writeString(jsonl, """
                {"title":"Good one","body":"Body one."}
                {"title":"Broken","body":
                {"title":"Good two","body":"Body two."}
                """);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        IngestReport report;
        try (IngestService ingest = IngestService.create(settings(topic, jsonl.toString(),
                dir.resolve("missing.csv").toString(), empty.toString()))) {
            report = ingest.run();
        }

        assertEquals(2, report.read());
        assertEquals(2, report.published());
        assertEquals(3, report.failed());
        assertEquals(List.of(jsonl + ":2: malformed JSON", dir.resolve("missing.csv") + ": no such file or directory",
                        empty + ": empty input"),
                report.errors().stream().map(e -> e.replaceAll("(malformed JSON).*", "$1")).toList());
        assertEquals(2, TopicContents.readAll(broker.bootstrapServers(), topic).size());
    }

    @Test
    void shouldPublishWithZstdWhenConfigured() throws Exception {
        String topic = SharedBroker.newTopic("raw-zstd", 1);
        String[] args = {WIKINEWS, "--topic", topic, "--bootstrap-servers", broker.bootstrapServers(),
            "--progress-interval", "0s", "--kafka.compression.type", "zstd"};

        try (IngestService ingest = IngestService.create(Settings.parse(IngestService.SETTINGS, args, Map.of()))) {
            assertEquals(171, ingest.run().published());
        }
        assertEquals(171, TopicContents.readAll(broker.bootstrapServers(), topic).size());
    }

    @Test
    void shouldStopReadingFlushAndReturnWhenClosed() throws Exception {
        String topic = SharedBroker.newTopic("raw-close", 1);
        PipedOutputStream writer = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(writer, 1 << 16);
        ExecutorService threads = Executors.newFixedThreadPool(2); // not the common pool: it may have one thread
        CompletableFuture<Void> endless = CompletableFuture.runAsync(() -> {
            try (OutputStream out = writer) {
                for (int i = 0; ; i++) {
                    out.write(("{\"title\":\"Story " + i + "\",\"body\":\"Body " + i + ".\"}\n")
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(5);
                }
            } catch (IOException | InterruptedException e) {
                // the reader went away: the test is over
            }
        }, threads);
        IngestService ingest = IngestService.create(settings(topic, "-"), stdin);
        CompletableFuture<IngestReport> run = CompletableFuture.supplyAsync(ingest::run, threads);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ingest.progress().published() < 50 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        ingest.close();
        IngestReport report = run.get(30, TimeUnit.SECONDS);
        stdin.close();
        endless.get(10, TimeUnit.SECONDS);
        threads.shutdown();

        assertTrue(report.read() >= 50, report.toString());
        assertEquals(report.read(), report.published(), "what was read before close was flushed");
        assertEquals(0, report.failed());
        assertEquals(report.published(), TopicContents.readAll(broker.bootstrapServers(), topic).size());
        ingest.close(); // idempotent
    }

    @Test
    void shouldSayClearlyThatTheTopicDoesNotExist() {
        try (IngestService ingest = IngestService.create(settings("no-such-topic", SEED_JSONL))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, ingest::run);
            assertTrue(e.getMessage().contains("topic no-such-topic does not exist"), e.getMessage());
        }
    }

    @Test
    void shouldRefuseBadSettingsBeforeConnecting() {
        SettingsException noInput = assertThrows(SettingsException.class,
                () -> IngestService.create(Settings.parse(IngestService.SETTINGS, new String[0], Map.of())));
        assertTrue(noInput.getMessage().startsWith("give at least one INPUT: a file"), noInput.getMessage());

        SettingsException date = assertThrows(SettingsException.class, () -> Settings.parse(IngestService.SETTINGS,
                new String[] {"-", "--published-at", "10/01/2022"}, Map.of()));
        assertTrue(date.getMessage().startsWith("--published-at"), date.getMessage());

        SettingsException kafka = assertThrows(SettingsException.class, () -> IngestService.create(
                Settings.parse(IngestService.SETTINGS, new String[] {"-", "--kafka.acks", "0"}, Map.of())));
        assertTrue(kafka.getMessage().contains("acks"), kafka.getMessage());
    }

    @Test
    void shouldDocumentEverySettingInTheHelp() {
        String help = Settings.help("ingest", IngestService.SUMMARY, IngestService.SETTINGS);
        for (var s : IngestService.SETTINGS) {
            assertTrue(help.contains("--" + s.name()), s.name());
        }
        assertFalse(IngestService.SUMMARY.contains("\n"));
    }

    private Settings settings(String topic, String... inputs) {
        List<String> args = new ArrayList<>(List.of(inputs));
        args.addAll(List.of("--topic", topic, "--bootstrap-servers", broker.bootstrapServers(),
                "--progress-interval", "0s", "--shutdown-timeout", "10s"));
        return Settings.parse(IngestService.SETTINGS, args.toArray(String[]::new), Map.of());
    }
}
