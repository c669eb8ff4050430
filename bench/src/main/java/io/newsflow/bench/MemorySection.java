package io.newsflow.bench;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.sink.FileStore;
import io.newsflow.sink.StoredFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Section 4: peak memory of each service run as the app runs it, a JVM of its own ({@code java -Xmx.. -jar
 * newsflow.jar enrich|sink|ingest}), against the in-JVM broker of this process. Resident memory is the kernel's
 * high-water mark (VmHWM); heap comes from each JVM's GC log: the most in use before a collection and the most left
 * after one (an upper bound of the live set).
 */
final class MemorySection implements Section {

    @Override
    public int number() {
        return 4;
    }

    @Override
    public String title() {
        return "Peak memory of each service as a separate process";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Results results = ctx.results();
        Path jar = ctx.options().appJar();
        if (!Files.isRegularFile(jar)) {
            results.note(4, "skipped: the runnable jar " + jar + " is missing (build it first: mvn -B -q -DskipTests package)");
            return;
        }
        if (!Files.isReadable(Path.of("/proc/self/status"))) {
            results.note(4, "skipped: needs Linux /proc to read resident memory");
            return;
        }
        Workload workload = ctx.workload();
        int copies = (int) Math.max(1, Math.ceil(ctx.singleThreadRate() * ctx.budget().memoryRun().toSeconds() / workload.size()));
        List<RawArticle> articles = workload.copies("mem", copies);
        Path dir = Files.createDirectories(ctx.scratch().resolve("memory"));
        Path csv = dir.resolve("workload.csv");
        Workload.writeCsv(csv, articles);
        Path out = dir.resolve("out");
        String heap = ctx.options().serviceHeap();
        results.note(4, String.format("services run with -Xmx%s and the JVM's default collector; enrich with %d stream threads; %d articles",
                heap, PipelineSection.STREAM_THREADS, articles.size()));

        ctx.say("starting a broker, then enrich and sink as processes");
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(dir.resolve("broker"), 0)) {
            int partitions = PipelineSection.PARTITIONS;
            broker.createTopics(Map.of(Topics.RAW, partitions, Topics.ENRICHED, partitions, Topics.DLQ, partitions));
            String bootstrap = broker.bootstrapServers();
            ServiceProcess enrich = ServiceProcess.start(jar, heap, dir, "enrich", "--bootstrap-servers", bootstrap,
                    "--state-dir", dir.resolve("state").toString(),
                    "--num-stream-threads", Integer.toString(PipelineSection.STREAM_THREADS));
            ServiceProcess sink = ServiceProcess.start(jar, heap, dir, "sink", "--bootstrap-servers", bootstrap,
                    "--out", out.toString(), "--max-file-age", "1s");
            ServiceProcess ingest = null;
            boolean complete = false;
            try {
                ctx.say("ingesting " + articles.size() + " articles with an ingest process");
                ingest = ServiceProcess.start(jar, heap, dir, "ingest", "--bootstrap-servers", bootstrap, csv.toString());
                long deadline = System.nanoTime() + ctx.budget().deadline().toNanos();
                LineCounter stored = new LineCounter(out);
                while (System.nanoTime() < deadline && enrich.isAlive() && sink.isAlive()) {
                    if (!ingest.isAlive() && ingest.exitValue() != 0) {
                        break;
                    }
                    if (stored.count() >= articles.size()) {
                        complete = true;
                        break;
                    }
                    Thread.sleep(500);
                }
                ingest.waitFor(30);
            } finally {
                for (ServiceProcess p : new ServiceProcess[] {sink, enrich, ingest}) {
                    if (p != null) {
                        p.close();
                    }
                }
            }
            results.add(4, "memory.enrich.completed", "enrich processed the whole workload (1 yes, 0 no)", complete ? 1 : 0, "");
            if (!complete) {
                results.note(4, "the workload did not complete within " + ctx.budget().deadline().toSeconds()
                        + " s; the services' last log lines are printed above");
                for (ServiceProcess p : new ServiceProcess[] {enrich, sink, ingest}) {
                    if (p != null) {
                        ctx.say(p.service() + " log, last lines:\n" + p.tail());
                    }
                }
            }
            for (ServiceProcess p : Stream.of(enrich, sink, ingest).filter(Objects::nonNull).toList()) {
                GcLog gc = p.gc();
                String s = p.service();
                results.add(4, "memory." + s + ".rss_peak_mb", s + ": peak resident memory (VmHWM)", p.peakRssMb(), "MB");
                results.add(4, "memory." + s + ".heap_peak_mb", s + ": peak heap used (before GC)", gc.peakUsedMb(), "MB");
                results.add(4, "memory." + s + ".heap_after_gc_peak_mb", s + ": peak heap after GC (live set, at most)", gc.peakAfterGcMb(), "MB");
                results.note(4, String.format("%s: %s collector, %d collections, heap grew to %.0f MB", s, gc.collector(),
                        gc.collections(), gc.peakCommittedMb()));
            }
        }
    }

    /** Lines in the committed files of the file store; each file is counted once, since committed files never change. */
    private static final class LineCounter {
        private final Path out;
        private final Map<Path, Long> counted = new HashMap<>();

        LineCounter(Path out) {
            this.out = out;
        }

        long count() {
            for (StoredFile f : FileStore.committed(out, Topics.ENRICHED)) {
                counted.computeIfAbsent(f.path(), LineCounter::lines);
            }
            return counted.values().stream().mapToLong(Long::longValue).sum();
        }

        private static long lines(Path file) {
            try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                return lines.filter(l -> !l.isBlank()).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
