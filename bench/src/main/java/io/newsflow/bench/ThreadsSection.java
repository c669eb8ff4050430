package io.newsflow.bench;

import io.newsflow.core.Topics;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Section 5: the enrich service alone on the in-JVM broker, with 1 and then 2 stream threads: a backlog of distinct
 * copies is ingested first, then enrich starts, and its rate is read off news.enriched once the first tenth is
 * through. This is also "the enrich stage alone" that section 3's end-to-end rate is compared with.
 */
final class ThreadsSection implements Section {

    @Override
    public boolean inProcess() {
        return true;
    }

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String title() {
        return "Enrich service alone on the in-JVM broker: 1 versus 2 stream threads (" + Runtime.getRuntime().availableProcessors() + " cores)";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Results results = ctx.results();
        Workload workload = ctx.workload();
        double single = ctx.singleThreadRate();
        int copies = (int) Math.max(1, Math.ceil(single * ctx.budget().threadsRun().toSeconds() / workload.size()));
        results.note(5, String.format("%d articles per run (%d x %d), %d partitions per topic, ingested while enrich is paused after its warm-up; rate after the first 5%%",
                copies * workload.size(), copies, workload.size(), PipelineSection.PARTITIONS));
        // Two threads first: whatever warming up is left then counts against the speed-up, not for it.
        Throughput two = run(ctx, workload.copies("tb", copies), 2);
        Throughput one = run(ctx, workload.copies("ta", copies), 1);
        if (one != null) {
            results.add(5, "threads.1.articles_per_s", "enrich service alone, 1 stream thread", one.articlesPerSecond(), "articles/s");
        }
        if (two != null) {
            results.add(5, "threads.2.articles_per_s", "enrich service alone, 2 stream threads", two.articlesPerSecond(), "articles/s");
        }
        if (one != null && two != null) {
            results.add(5, "threads.speedup.ratio", "2 stream threads / 1", two.articlesPerSecond() / one.articlesPerSecond(), "x");
        }
    }

    /**
     * Starts enrich, warms it up on rounds of copies for the budget's warm-up time (the JIT compiles Streams, the
     * broker and the NLP meanwhile), pauses it, ingests the backlog, resumes it and times it, so that neither start-up
     * nor ingest is in the measured part.
     */
    private static Throughput run(BenchContext ctx, List<RawArticle> articles, int threads) throws Exception {
        Path dir = Files.createDirectories(ctx.scratch().resolve("threads-" + threads));
        Results results = ctx.results();
        try (LocalPipeline pipeline = LocalPipeline.start(dir, PipelineSection.PARTITIONS);
             TopicWatcher enriched = TopicWatcher.start(pipeline.bootstrap(), Topics.ENRICHED)) {
            EnrichService enrich = pipeline.enrich(threads);
            LocalPipeline.awaitRunning(enrich, pipeline);
            long before = PipelineSection.warmUp(ctx, 5, threads + " stream thread(s)", pipeline,
                    enriched::count, "w" + threads);
            enrich.streams().pause();
            ctx.say("ingesting " + articles.size() + " articles while enrich is paused");
            IngestReport report = pipeline.ingest("workload", articles);
            try (Progress progress = Progress.watch(() -> enriched.count() - before, 20)) {
                CpuByThread cpuBefore = CpuByThread.now();
                long started = System.nanoTime();
                enrich.streams().resume();
                boolean complete = progress.awaitCount(report.published(), started + ctx.budget().deadline().toNanos(), pipeline::check);
                double wall = (System.nanoTime() - started) / 1e9;
                Map<String, Double> cpu = CpuByThread.now().since(cpuBefore);
                if (!complete) {
                    results.note(5, threads + " thread(s): only " + progress.latest() + " of " + report.published()
                            + " articles enriched within " + ctx.budget().deadline().toSeconds() + " s; the rate is over what was");
                }
                if (!cpu.isEmpty()) {
                    double total = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
                    long done = Math.max(1, progress.latest());
                    results.add(5, "threads." + threads + ".cpu_ms_per_article", threads + " stream thread(s): CPU per article, whole JVM",
                            1000 * total / done, "ms");
                    results.add(5, "threads." + threads + ".cores_busy", threads + " stream thread(s): cores busy", total / wall, "cores");
                    results.note(5, threads + " stream thread(s), CPU ms per article by thread kind: " + CpuByThread.perArticle(cpu, done));
                }
                return progress.rateAfter(0.05, report.published());
            }
        }
    }
}
