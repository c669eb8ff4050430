package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.config.Settings;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.IngestService;
import io.newsflow.sink.SinkService;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each service serves /health/live, /health/ready and /metrics on its admin port, and the pipeline's
 * metrics move as articles flow, on a real broker.
 */
class OperationsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    @Test
    void shouldServeHealthAndMetricsThatMoveAsArticlesFlow() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(work.resolve("broker"), 0)) {
            broker.createTopics(Map.of(Topics.RAW, 2, Topics.ENRICHED, 2, Topics.DLQ, 1));
            String bootstrap = broker.bootstrapServers();
            EnrichService enrich = EnrichService.create(Settings.parse(EnrichService.SETTINGS, new String[] {
                "--bootstrap-servers", bootstrap, "--state-dir", work.resolve("state").toString(), "--admin-port", "0"}, Map.of()));
            SinkService sink = SinkService.create(Settings.parse(SinkService.SETTINGS, new String[] {
                "--bootstrap-servers", bootstrap, "--out", work.resolve("out").toString(), "--max-file-age", "1s", "--admin-port", "0"}, Map.of()));
            PipedOutputStream feed = new PipedOutputStream();
            PipedInputStream stdin = new PipedInputStream(feed, 1 << 20);
            IngestService ingest = IngestService.create(Settings.parse(IngestService.SETTINGS, new String[] {
                "--bootstrap-servers", bootstrap, "--admin-port", "0", "-"}, Map.of()), stdin);
            CompletableFuture<Void> enrichRun = CompletableFuture.runAsync(enrich::run);
            CompletableFuture<Void> sinkRun = CompletableFuture.runAsync(sink::run);
            CompletableFuture<IngestReport> ingestRun = CompletableFuture.supplyAsync(ingest::run);
            try {
                int enrichPort = await("enrich admin port", enrich::adminPort);
                int sinkPort = await("sink admin port", sink::adminPort);
                int ingestPort = await("ingest admin port", ingest::adminPort);
                for (int port : List.of(enrichPort, sinkPort, ingestPort)) {
                    assertEquals(200, get(port, "/health/live").statusCode(), "live on " + port);
                    awaitStatus(port, "/health/ready", 200);
                }

                List<RawArticle> articles = Articles.generate(5, "ops");
                for (RawArticle a : articles) {
                    feed.write((Serdes.RAW.toJson(a) + "\n").getBytes(StandardCharsets.UTF_8));
                }
                feed.flush();
                awaitMetric(ingestPort, "newsflow_articles_out_total", "ingest", 5);
                awaitMetric(enrichPort, "newsflow_articles_in_total", "enrich", 5);
                awaitMetric(enrichPort, "newsflow_articles_out_total", "enrich", 5);
                awaitMetric(enrichPort, "newsflow_enrich_latency_seconds_count", "enrich", 5);
                awaitMetric(enrichPort, "newsflow_entities_per_article_count", "enrich", 5);
                assertTrue(metric(scrape(enrichPort), "newsflow_entities_per_article_sum", "enrich") >= 10, "entities were counted");
                assertTrue(metric(scrape(enrichPort), "newsflow_figures_per_article_sum", "enrich") >= 10, "figures were counted");
                awaitMetric(sinkPort, "newsflow_articles_out_total", "sink", 5);

                produceGarbage(bootstrap);
                awaitMetric(enrichPort, "newsflow_dlq_records_total", "deserialization", 1);

                String enrichMetrics = scrape(enrichPort);
                assertTrue(enrichMetrics.contains("kafka_stream_"), "Kafka Streams metrics are exported");
                assertTrue(enrichMetrics.contains("jvm_memory_used_bytes"), "JVM metrics are exported");
                assertTrue(enrichMetrics.contains("newsflow_enrich_latency_seconds_bucket"), "latency is a histogram");
                assertTrue(scrape(sinkPort).contains("kafka_consumer_"), "the sink's consumer metrics are exported");
                assertTrue(scrape(ingestPort).contains("kafka_producer_"), "ingest's producer metrics are exported");
                assertTrue(scrape(sinkPort).contains("newsflow_consumer_lag"), "the sink reports its lag");
            } finally {
                feed.close();
                IngestReport report = ingestRun.get();
                assertEquals(5, report.published());
                ingest.close();
                sink.close();
                enrich.close();
                sinkRun.join();
                enrichRun.join();
            }
        }
    }

    private static void produceGarbage(String bootstrap) {
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            p.send(new ProducerRecord<>(Topics.RAW, "garbage".getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static int await(String what, IntSupplier port) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            int p = port.getAsInt();
            if (p > 0) {
                return p;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + " never appeared");
    }

    private static void awaitStatus(int port, String path, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = get(port, path).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " on " + port + " answered " + last + ", not " + status);
    }

    private static void awaitMetric(int port, String name, String label, double atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        double last = 0;
        while (System.nanoTime() < deadline) {
            last = metric(scrape(port), name, label);
            if (last >= atLeast) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + "{" + label + "} stayed at " + last + " < " + atLeast + "\n" + scrape(port));
    }

    /** The sum of the samples of {@code name} whose labels mention {@code label}. */
    static double metric(String scrape, String name, String label) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(scrape);
        double sum = 0;
        while (m.find()) {
            if (m.group(1).contains("\"" + label + "\"")) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    private static String scrape(int port) throws IOException, InterruptedException {
        HttpResponse<String> r = get(port, "/metrics");
        assertEquals(200, r.statusCode());
        return r.body();
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
