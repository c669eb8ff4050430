package io.newsflow.bench;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.config.Settings;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.IngestService;
import io.newsflow.serve.ServeService;
import io.newsflow.sink.SinkService;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * A broker in this JVM with the three topics, and the services started on it in this JVM, each as the app starts it:
 * from its settings. Closing stops the services, then the broker.
 */
final class LocalPipeline implements AutoCloseable {

    private final Path dir;
    private final LocalKafkaBroker broker;
    private final List<AutoCloseable> services = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private LocalPipeline(Path dir, LocalKafkaBroker broker) {
        this.dir = dir;
        this.broker = broker;
    }

    /** Starts a fresh broker in {@code dir} with news.raw, news.enriched and news.dlq of {@code partitions} each. */
    static LocalPipeline start(Path dir, int partitions) {
        LocalKafkaBroker broker = LocalKafkaBroker.start(dir.resolve("broker"), 0);
        broker.createTopics(Map.of(Topics.RAW, partitions, Topics.ENRICHED, partitions, Topics.DLQ, partitions));
        return new LocalPipeline(dir, broker);
    }

    String bootstrap() {
        return broker.bootstrapServers();
    }

    /** Starts the enrich service in a thread of its own. */
    EnrichService enrich(int threads) {
        EnrichService service = EnrichService.create(Settings.parse(EnrichService.SETTINGS, new String[] {
            "--bootstrap-servers", bootstrap(), "--state-dir", dir.resolve("enrich-state").toString(),
            "--num-stream-threads", Integer.toString(threads)}, Map.of()));
        background("enrich", service::run, service);
        return service;
    }

    /** Starts the sink service (file store in {@code out}) in a thread of its own. */
    SinkService sink(Path out, String maxFileAge, String pollTimeout) {
        SinkService service = SinkService.create(Settings.parse(SinkService.SETTINGS, new String[] {
            "--bootstrap-servers", bootstrap(), "--out", out.toString(), "--max-file-age", maxFileAge,
            "--poll-timeout", pollTimeout}, Map.of()));
        background("sink", service::run, service);
        return service;
    }

    /**
     * Starts a serve instance (its own application id, {@code name}) on news.enriched, its HTTP API on a free port of
     * 127.0.0.1; it stops with the pipeline unless closed before.
     */
    ServeService serve(String name) {
        ServeService service = ServeService.create(Settings.parse(ServeService.SETTINGS, new String[] {
            "--bootstrap-servers", bootstrap(), "--application-id", "newsflow-serve-" + name, "--http-port", "0",
            "--http-bind", "127.0.0.1", "--advertised-host", "127.0.0.1",
            "--state-dir", dir.resolve("serve-state-" + name).toString()}, Map.of()));
        services.add(service);
        service.start();
        return service;
    }

    /** Stops a service started here before the others. */
    void stop(AutoCloseable service) throws Exception {
        if (services.remove(service)) {
            service.close();
        }
    }

    /** Runs ingest on the given inputs (files, or "-" for {@code stdin}) until all is acknowledged. */
    IngestReport ingest(InputStream stdin, String... inputs) {
        String[] args = Stream.concat(Stream.of("--bootstrap-servers", bootstrap(), "--progress-interval", "0s"),
                Stream.of(inputs)).toArray(String[]::new);
        try (IngestService ingest = IngestService.create(Settings.parse(IngestService.SETTINGS, args, Map.of()), stdin)) {
            return ingest.run();
        }
    }

    /** Writes the articles to a CSV file in the pipeline's directory and ingests it. */
    IngestReport ingest(String name, List<io.newsflow.core.schema.RawArticle> articles) {
        Path csv = dir.resolve(name + ".csv");
        Workload.writeCsv(csv, articles);
        return ingest(InputStream.nullInputStream(), csv.toString());
    }

    /** Waits until Kafka Streams runs (its tasks assigned), or throws after a minute. */
    static void awaitRunning(EnrichService enrich, LocalPipeline pipeline) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (enrich.state() != org.apache.kafka.streams.KafkaStreams.State.RUNNING) {
            pipeline.check();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("enrich is not running after a minute: " + enrich.state());
            }
            Thread.sleep(50);
        }
    }

    /** Throws if a service has failed. */
    void check() {
        Throwable t = failure.get();
        if (t != null) {
            throw new IllegalStateException("a service failed: " + t, t);
        }
    }

    private void background(String name, Runnable task, AutoCloseable service) {
        services.add(service);
        Thread t = new Thread(() -> {
            try {
                task.run();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, "svc-" + name);
        t.setDaemon(true);
        t.start();
        threads.add(t);
    }

    @Override
    public void close() throws Exception {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        for (Thread t : threads) {
            t.join(30_000);
        }
        broker.close();
    }
}
