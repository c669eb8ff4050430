package io.newsflow.bench;

import io.newsflow.core.Topics;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestReport;
import io.newsflow.sink.SinkService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Section 3: ingest → enrich → sink on the in-JVM broker, each service in this JVM as the app wires it. First the
 * highest rate: a backlog of distinct copies ingested at once, the rate read off the sink's committed articles once
 * the first tenth is through. Then latency: articles offered through ingest's stdin at half that rate, each timed from
 * the {@code ingestedAt} ingest stamps to the moment its file is committed (visible to readers), and, as a second
 * figure, to the moment a read_committed consumer of news.enriched gets it.
 */
final class PipelineSection implements Section {

    static final int PARTITIONS = 4;
    static final int STREAM_THREADS = 2;
    /** Short enough for files to become visible well within the 1 s latency target; the default is 60 s. */
    static final String MAX_FILE_AGE = "200ms";
    static final String POLL_TIMEOUT = "50ms";

    @Override
    public boolean inProcess() {
        return true;
    }

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String title() {
        return "End to end on the in-JVM broker: ingest -> enrich (" + STREAM_THREADS + " stream threads) -> sink";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Results results = ctx.results();
        Workload workload = ctx.workload();
        Budget budget = ctx.budget();
        // Two stream threads on two cores, beside the broker, run at about the rate of one thread alone.
        double estimate = ctx.singleThreadRate();
        int copies = (int) Math.max(1, Math.ceil(estimate * budget.pipelineRun().toSeconds() / workload.size()));
        List<RawArticle> articles = workload.copies("e2e", copies);
        Path dir = Files.createDirectories(ctx.scratch().resolve("e2e"));
        Path out = dir.resolve("out");
        results.note(3, String.format("%d partitions per topic; sink --max-file-age %s --poll-timeout %s; %d articles (%d x %d, distinct ids and texts) after a warm-up of %d s",
                PARTITIONS, MAX_FILE_AGE, POLL_TIMEOUT, articles.size(), copies, workload.size(), budget.warmup().toSeconds()));

        ctx.say("starting a broker, enrich and sink");
        try (LocalPipeline pipeline = LocalPipeline.start(dir, PARTITIONS)) {
            EnrichService enrich = pipeline.enrich(STREAM_THREADS);
            SinkService sink = pipeline.sink(out, MAX_FILE_AGE, POLL_TIMEOUT);
            LocalPipeline.awaitRunning(enrich, pipeline);
            warmUp(ctx, 3, "end to end", pipeline, sink::recordsWritten, "ew");
            try (TopicWatcher enriched = TopicWatcher.start(pipeline.bootstrap(), Topics.ENRICHED)) {
                Throughput e2e = maxRate(ctx, pipeline, sink, enriched, articles);
                if (e2e != null) {
                    latency(ctx, pipeline, enriched, out, workload, e2e.articlesPerSecond() / 2);
                }
            }
        }
    }

    /** Ingests the backlog and times it through to the file store; null when it did not all arrive. */
    private static Throughput maxRate(BenchContext ctx, LocalPipeline pipeline, SinkService sink, TopicWatcher enriched,
                                      List<RawArticle> articles) throws InterruptedException {
        Results results = ctx.results();
        Budget budget = ctx.budget();
        long inFiles = sink.recordsWritten();
        long onTopic = waitForCount(enriched, inFiles);
        try (Progress written = Progress.watch(() -> sink.recordsWritten() - inFiles, 20);
             Progress read = Progress.watch(() -> enriched.count() - onTopic, 20)) {
            ctx.say("ingesting " + articles.size() + " articles at once");
            CpuByThread cpuBefore = CpuByThread.now();
            long started = System.nanoTime();
            IngestReport report = pipeline.ingest("workload", articles);
            double ingestSeconds = (System.nanoTime() - started) / 1e9;
            results.add(3, "ingest.articles_per_s", "ingest (CSV -> news.raw, beside enrich and sink)",
                    report.published() / ingestSeconds, "articles/s");
            boolean complete = written.awaitCount(articles.size(), started + budget.deadline().toNanos(), pipeline::check);
            Map<String, Double> cpu = CpuByThread.now().since(cpuBefore);
            if (!cpu.isEmpty()) {
                results.note(3, "CPU ms per article by thread kind, whole run: "
                        + CpuByThread.perArticle(cpu, Math.max(1, written.latest())));
            }
            Throughput e2e = written.rateAfter(0.1, articles.size());
            Throughput topic = read.rateAfter(0.1, articles.size());
            if (!complete) {
                results.note(3, "only " + written.latest() + " of " + articles.size() + " articles reached the file store within "
                        + budget.deadline().toSeconds() + " s; rates are over what did, and latency was not measured");
            }
            if (e2e == null) {
                results.note(3, "too few articles reached the file store to measure a rate");
                return null;
            }
            results.add(3, "e2e.articles_per_s", "end to end, max rate (file store, after the first 10%)", e2e.articlesPerSecond(), "articles/s");
            if (topic != null) {
                results.add(3, "e2e.enriched_topic.articles_per_s", "end to end, rate seen on news.enriched", topic.articlesPerSecond(), "articles/s");
            }
            return complete ? e2e : null;
        }
    }

    /**
     * A JVM running a broker, Streams, the sink and ingest at once has a great deal of code to compile: on two cores
     * its JIT still took a quarter of the CPU after 30 s of traffic, so the warm-up may run up to 20 times its budget.
     */
    static final int MAX_WARMUP_FACTOR = 20;

    /**
     * Sends rounds of copies through a running pipeline, each round once the one before has come out, for the
     * budget's warm-up time and then on until the JIT has settled (under 5% of the round's CPU) or
     * {@link #MAX_WARMUP_FACTOR} times that time has passed; one round at least. The broker's and Kafka's code takes
     * longer to compile than the NLP's, and a section measured while the JIT still takes a core would compare
     * unfairly with one measured after. Returns the output count then.
     */
    static long warmUp(BenchContext ctx, int section, String what, LocalPipeline pipeline,
                       java.util.function.LongSupplier out, String run) throws InterruptedException {
        Workload workload = ctx.workload();
        long start = System.nanoTime();
        long least = ctx.budget().warmup().toNanos();
        long expected = out.getAsLong();
        int round = 0;
        double jitShare;
        do {
            CpuByThread before = CpuByThread.now();
            pipeline.ingest("warmup-" + round, workload.round(run, round));
            expected += workload.size();
            round++;
            long deadline = System.nanoTime() + ctx.budget().deadline().toNanos();
            while (out.getAsLong() < expected) {
                pipeline.check();
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("warm-up articles did not come out within " + ctx.budget().deadline());
                }
                Thread.sleep(20);
            }
            Map<String, Double> cpu = CpuByThread.now().since(before);
            double total = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
            jitShare = total == 0 ? 0 : cpu.getOrDefault(CpuByThread.JIT, 0.0) / total;
            ctx.say(String.format("warm-up round %d (%d articles): JIT %.0f%% of CPU", round, workload.size(), 100 * jitShare));
        } while (System.nanoTime() - start < least || (jitShare > 0.05 && System.nanoTime() - start < MAX_WARMUP_FACTOR * least));
        ctx.results().note(section, String.format("%s: warmed up for %.0f s (%d round(s) of %d articles); JIT took %.0f%% of the last round's CPU",
                what, (System.nanoTime() - start) / 1e9, round, workload.size(), 100 * jitShare));
        return out.getAsLong();
    }

    /** Waits until the watcher has read at least {@code n} records; returns its count then. */
    static long waitForCount(TopicWatcher watcher, long n) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (watcher.count() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return watcher.count();
    }

    private static void latency(BenchContext ctx, LocalPipeline pipeline, TopicWatcher enriched, Path out, Workload workload,
                                double rate) throws Exception {
        Results results = ctx.results();
        int count = (int) Math.max(10, Math.round(rate * ctx.budget().latencyRun().toSeconds()));
        List<String> lines = workload.copies("lat", (count + workload.size() - 1) / workload.size()).stream()
                .limit(count).map(Workload::jsonLine).toList();
        ctx.say(String.format("latency: %d articles through ingest's stdin at %.1f articles/s", count, rate));
        Instant since = Instant.now();
        ArrivalTimes inFiles = new ArrivalTimes(since);
        ArrivalTimes onTopic = new ArrivalTimes(since);
        ArrivalTimes onRaw = new ArrivalTimes(since);
        enriched.timeArrivals(onTopic);
        try (FileStoreWatcher files = FileStoreWatcher.start(out, inFiles);
             TopicWatcher raw = TopicWatcher.start(pipeline.bootstrap(), Topics.RAW)) {
            raw.timeArrivals(onRaw);
            IngestReport report = pipeline.ingest(new PacedInput(lines, rate), "-");
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (inFiles.count() < report.published() && System.nanoTime() < deadline) {
                pipeline.check();
                files.check();
                Thread.sleep(50);
            }
        }
        Latencies file = inFiles.latencies();
        Latencies topic = onTopic.latencies();
        Latencies rawTopic = onRaw.latencies();
        results.add(3, "latency.offered.articles_per_s", "latency run: offered rate (half the max)", rate, "articles/s");
        results.add(3, "latency.file.p50_ms", "ingest -> visible in a committed file, p50", file.p50(), "ms");
        results.add(3, "latency.file.p95_ms", "ingest -> visible in a committed file, p95", file.p95(), "ms");
        results.add(3, "latency.file.p99_ms", "ingest -> visible in a committed file, p99", file.p99(), "ms");
        results.add(3, "latency.file.max_ms", "ingest -> visible in a committed file, max", file.max(), "ms");
        results.add(3, "latency.topic.p50_ms", "ingest -> read from news.enriched, p50", topic.p50(), "ms");
        results.add(3, "latency.topic.p95_ms", "ingest -> read from news.enriched, p95", topic.p95(), "ms");
        results.add(3, "latency.topic.p99_ms", "ingest -> read from news.enriched, p99", topic.p99(), "ms");
        results.add(3, "latency.raw.p50_ms", "ingest -> read from news.raw (ingest's own share), p50", rawTopic.p50(), "ms");
        results.add(3, "latency.raw.p99_ms", "ingest -> read from news.raw (ingest's own share), p99", rawTopic.p99(), "ms");
        double growth = inFiles.growth();
        results.add(3, "latency.file.growth.ratio", "latency, last quarter / first quarter (p50; ~1 = kept up)", growth, "x");
        if (growth > 2) {
            results.note(3, "latency grew during the run: the pipeline fell behind at half its measured rate (a busy machine?)");
        }
        if (file.count() < count) {
            results.note(3, "latency: only " + file.count() + " of " + count + " articles were seen in files");
        }
        results.note(3, "latency: files polled every " + FileStoreWatcher.EVERY_MILLIS + " ms; " + file.count()
                + " articles timed; ingestedAt is stamped by ingest when it reads the line");
    }
}
