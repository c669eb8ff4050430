package io.newsflow.app;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Figure;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.IngestService;
import io.newsflow.serve.ServeService;
import io.newsflow.sink.SinkService;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code newsflow demo}: the whole pipeline on one machine. A real broker in this JVM, the enrich and sink services
 * on it, ingest of the bundled samples; it waits until every article has reached the file store (or the DLQ), then
 * prints a summary and exits.
 */
final class DemoCommand {

    static final Setting<Path> OUT = Setting.path("out", "newsflow-demo-out",
            "The demo's own folder, marked as such: the file store of the run; a folder the demo did not make is refused.");
    static final Setting<String> SAMPLES = Setting.string("samples", "",
            "Directory of the bundled samples (seed and Wikinews); empty means samples/ beside the ./newsflow launcher.");
    static final Setting<Integer> PARTITIONS = Setting.integer("partitions", 3, 1, 100, "Partitions of each topic.");
    static final Setting<Integer> THREADS = Setting.integer("num-stream-threads", 2, 1, 16, "Enrich stream threads.");
    static final Setting<Duration> TIMEOUT = Setting.duration("timeout", "10m", "Give up if the articles have not all arrived by then.");
    static final Setting<Boolean> SERVE = Setting.flag("serve",
            "Also run serve, and keep the pipeline and its page running after the summary until Ctrl-C.");
    static final Setting<Integer> SERVE_PORT = Setting.integer("serve-port", 8090, 0, 65535,
            "HTTP port of the page and API with --serve; 0 picks a free one.");
    static final List<Setting<?>> SETTINGS = List.of(OUT, SAMPLES, PARTITIONS, THREADS, TIMEOUT, SERVE, SERVE_PORT);

    private final PrintStream out;

    DemoCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws Exception {
        Settings s = ServiceCommands.parse("demo", "Runs the whole pipeline over the bundled samples on a local broker.", SETTINGS, args, out);
        if (s == null) {
            return 0;
        }
        long started = System.nanoTime();
        Path outDir = s.get(OUT).toAbsolutePath();
        Path samples = (s.get(SAMPLES).isBlank()
                ? Path.of(System.getProperty("newsflow.home", "."), "samples") : Path.of(s.get(SAMPLES))).toAbsolutePath();
        List<String> inputs = sampleInputs(samples);
        Path store = outDir.resolve(Topics.ENRICHED);
        // A new broker starts its offsets at 0 again: the previous run's store (and its record of the cluster) must go.
        try (DemoOutput output = DemoOutput.open(outDir, OUT.name(), List.of(Topics.ENRICHED, ".newsflow-store.json"), this::say)) {
            try {
                runPipeline(s, output, samples, inputs, store, started);
            } catch (Exception | Error e) {
                output.rollback();
                throw e;
            }
            output.commit();
        }
        if (!s.get(SERVE)) {
            summarize(store, Duration.ofNanos(System.nanoTime() - started));
        }
        return 0;
    }

    /** The broker, enrich and sink in this JVM; ingest of the samples; waits until every article is stored. */
    private void runPipeline(Settings s, DemoOutput output, Path samples, List<String> inputs, Path store, long started)
            throws Exception {
        Path work = output.work();
        say("starting a local Kafka broker (KRaft, in this JVM)");
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(work.resolve("broker"), 0)) {
            String bootstrap = broker.bootstrapServers();
            int partitions = s.get(PARTITIONS);
            broker.createTopics(Map.of(Topics.RAW, partitions, Topics.ENRICHED, partitions, Topics.DLQ, partitions));
            say("broker on " + bootstrap + "; topics " + Topics.RAW + ", " + Topics.ENRICHED + ", " + Topics.DLQ + " with " + partitions + " partitions");

            say("starting enrich (loading the CoreNLP model) and sink");
            EnrichService enrich = EnrichService.create(Settings.parse(EnrichService.SETTINGS, new String[] {
                "--bootstrap-servers", bootstrap, "--state-dir", work.resolve("state").toString(),
                "--num-stream-threads", Integer.toString(s.get(THREADS))}, Map.of()));
            SinkService sink = SinkService.create(Settings.parse(SinkService.SETTINGS, new String[] {
                "--bootstrap-servers", bootstrap, "--out", output.dir().toString(), "--shared-store", "--max-file-age", "1s"}, Map.of()));
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread enrichThread = background("enrich", enrich::run, failed);
            Thread sinkThread = background("sink", sink::run, failed);
            ServeService serve = null;
            try {
                if (s.get(SERVE)) {
                    serve = ServeService.create(Settings.parse(ServeService.SETTINGS, new String[] {
                        "--bootstrap-servers", bootstrap, "--state-dir", work.resolve("serve-state").toString(),
                        "--http-port", Integer.toString(s.get(SERVE_PORT)), "--http-bind", "127.0.0.1",
                        "--advertised-host", "localhost"}, Map.of()));
                    serve.start();
                    say("serve started on " + serve.url());
                }
                say("ingesting " + String.join(", ", inputs.stream().map(i -> samples.relativize(Path.of(i)).toString()).toList()));
                IngestService ingest = IngestService.create(Settings.parse(IngestService.SETTINGS,
                        Stream.concat(Stream.of("--bootstrap-servers", bootstrap), inputs.stream()).toArray(String[]::new), Map.of()));
                IngestReport report;
                try (ingest) {
                    report = ingest.run();
                }
                say("ingest published " + report.published() + " articles" + (report.failed() > 0 ? " (" + report.failed() + " failed to read)" : ""));
                long expected = report.published();
                waitForArticles(broker, store, expected, s.get(TIMEOUT), failed);
                if (serve != null) {
                    summarize(store, Duration.ofNanos(System.nanoTime() - started));
                    keepServing(serve, failed);
                }
            } finally {
                if (serve != null) {
                    serve.close();
                }
                sink.close();
                enrich.close();
                sinkThread.join(30_000);
                enrichThread.join(30_000);
            }
            if (failed.get() != null) {
                throw new IllegalStateException("a service failed: " + failed.get(), failed.get());
            }
        }
    }

    /** Prints the page's address and blocks until Ctrl-C (or a service fails); the caller then closes everything. */
    private void keepServing(ServeService serve, AtomicReference<Throwable> failed) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = ServiceCommands.onShutdown(stop::countDown);
        out.println();
        out.println("The page is at " + serve.url() + " (API: " + serve.url() + "api/articles); press Ctrl-C to stop.");
        out.flush();
        while (!stop.await(1, TimeUnit.SECONDS) && failed.get() == null) {
            // the pipeline and the page keep running
        }
        ServiceCommands.removeHook(hook);
    }

    private List<String> sampleInputs(Path samples) {
        List<String> inputs = new ArrayList<>();
        Path seed = samples.resolve("seed/seed.jsonl");
        Path wikinews = samples.resolve("wikinews/wikinews_2019.csv");
        for (Path p : List.of(seed, wikinews)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("bundled sample not found: " + p + " (run from the repository, or give --samples DIR)");
            }
            inputs.add(p.toString());
        }
        return inputs;
    }

    private void waitForArticles(LocalKafkaBroker broker, Path store, long expected, Duration timeout,
                                 AtomicReference<Throwable> failed) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastReport = 0;
        try (Admin admin = broker.admin()) {
            while (true) {
                long stored = EnrichedFiles.countLines(store);
                long dead = records(admin, Topics.DLQ);
                if (stored + dead >= expected) {
                    say(stored + " articles in the file store, " + dead + " in the DLQ");
                    return;
                }
                if (failed.get() != null) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out after " + timeout + ": " + stored + " of " + expected + " articles arrived");
                }
                if (System.nanoTime() - lastReport > 5_000_000_000L) {
                    say("waiting: " + stored + " of " + expected + " articles in the file store" + (dead > 0 ? ", " + dead + " in the DLQ" : ""));
                    lastReport = System.nanoTime();
                }
                Thread.sleep(250);
            }
        }
    }

    /** Records in a topic (end minus start offsets); the DLQ is written transactionally but never aborted here. */
    private static long records(Admin admin, String topic) throws Exception {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        partitions.forEach(p -> {
            latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
            earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
        });
        var ends = admin.listOffsets(latest, new org.apache.kafka.clients.admin.ListOffsetsOptions(org.apache.kafka.common.IsolationLevel.READ_COMMITTED)).all().get();
        var starts = admin.listOffsets(earliest).all().get();
        long n = 0;
        for (var e : ends.entrySet()) {
            n += e.getValue().offset() - starts.get(e.getKey()).offset();
        }
        return n;
    }

    private void summarize(Path store, Duration took) {
        List<EnrichedArticle> articles = EnrichedFiles.read(store);
        Set<String> ids = new HashSet<>();
        Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> articlesPerEntity = new HashMap<>();
        long figures = 0;
        for (EnrichedArticle a : articles) {
            ids.add(a.id());
            for (Entity e : a.entities()) {
                byType.merge(e.type(), 1, Integer::sum);
                articlesPerEntity.merge(e.text() + " (" + e.type() + ")", 1, Integer::sum);
            }
            for (Figure f : a.figures()) {
                byKind.merge(f.kind().name(), 1, Integer::sum);
                figures++;
            }
        }
        out.println();
        out.println("Newsflow demo summary");
        out.printf("  articles:  %d enriched, %d distinct ids%n", articles.size(), ids.size());
        out.printf("  entities:  %s%n", byType);
        out.printf("  figures:   %d %s%n", figures, byKind);
        out.println("  top entities (articles that name them):");
        articlesPerEntity.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .forEach(e -> out.printf("    %4d  %s%n", e.getValue(), e.getKey()));
        out.println("  output:    " + store + " (JSON Lines, one file per partition and offset range)");
        out.printf("  took:      %.1f s%n", took.toMillis() / 1000.0);
        out.flush();
    }

    private Thread background(String name, Runnable task, AtomicReference<Throwable> failed) {
        Thread t = new Thread(() -> {
            try {
                task.run();
            } catch (Throwable e) {
                failed.compareAndSet(null, e);
            }
        }, "demo-" + name);
        t.start();
        return t;
    }

    private void say(String message) {
        out.println("demo: " + message);
        out.flush();
    }
}
