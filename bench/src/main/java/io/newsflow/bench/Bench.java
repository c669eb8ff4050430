package io.newsflow.bench;

import io.newsflow.core.config.SettingsException;
import io.newsflow.enrich.nlp.JitCheck;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code ./newsflow bench}: the benchmarks on the bundled Wikinews articles, section by section, then a
 * summary table and the targets. Not a test: numbers depend on the machine, so run it on a quiet one.
 */
public final class Bench {

    static final List<Section> SECTIONS = List.of(new EnrichmentSection(), new TopologySection(),
            new PipelineSection(), new MemorySection(), new ThreadsSection(), new GeoSection(), new ServeSection());

    private Bench() {
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "bench-logback.xml");
        }
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the selected sections; returns 0, 1 if a section failed, 2 for bad options. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, out);
        } catch (SettingsException e) {
            err.println("newsflow bench: " + e.getMessage());
            return 2;
        }
        if (options == null) {
            return 0;
        }
        Budget budget = budget(options);
        Results results = new Results(out);
        out.println("Newsflow benchmark" + (options.quick()
                ? " (--quick: a smoke test that the benchmarks run; its numbers are not measurements)" : ""));
        describeEnvironment(results, options);

        Path scratch;
        try {
            scratch = Files.createTempDirectory("newsflow-bench-");
        } catch (IOException e) {
            err.println("newsflow bench: cannot create a scratch directory: " + e.getMessage());
            return 1;
        }
        BenchContext ctx = new BenchContext(options, budget, results, out, scratch);
        boolean failed = false;
        long started = System.nanoTime();
        try {
            for (Section section : SECTIONS) {
                if (!options.sections().contains(section.number())) {
                    continue;
                }
                out.printf("%n[%d] %s%n", section.number(), section.title());
                out.flush();
                long t = System.nanoTime();
                try {
                    if (section.inProcess()) {
                        ForkedSection.run(section, ctx, args);
                    } else {
                        section.run(ctx);
                    }
                } catch (Exception | Error e) {
                    failed = true;
                    results.note(section.number(), "FAILED: " + e);
                    e.printStackTrace(err);
                }
                out.printf("  (section %d took %.0f s)%n", section.number(), (System.nanoTime() - t) / 1e9);
            }
            derived(results);
            out.printf("%nTotal time: %.0f s%n", (System.nanoTime() - started) / 1e9);
            results.print(options.quick());
            if (options.json() != null) {
                results.writeJson(options.json());
                out.println("\nJSON written to " + options.json().toAbsolutePath());
            }
        } catch (IOException e) {
            err.println("newsflow bench: " + e.getMessage());
            failed = true;
        } finally {
            deleteTree(scratch);
        }
        out.flush();
        return failed ? 1 : 0;
    }

    static Budget budget(BenchOptions options) {
        return (options.quick() ? Budget.quick() : Budget.full()).withArticles(options.articles());
    }

    /** Ratios that need two sections. */
    private static void derived(Results results) {
        var e2e = results.get("e2e.articles_per_s");
        var alone = results.get("threads.2.articles_per_s");
        if (e2e.isPresent() && alone.isPresent()) {
            results.add(3, "e2e.vs_enrich_alone.ratio", "end to end / enrich service alone (2 threads, section 5)",
                    e2e.getAsDouble() / alone.getAsDouble(), "x");
        }
    }

    private static void describeEnvironment(Results results, BenchOptions options) {
        Runtime rt = Runtime.getRuntime();
        results.environment("date", Instant.now().toString());
        results.environment("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        results.environment("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        results.environment("cores", rt.availableProcessors());
        results.environment("max_heap_mb", rt.maxMemory() / (1024 * 1024));
        results.environment("huge_methods_compiled", JitCheck.hugeMethodsCompiled()
                .map(String::valueOf).orElse("unknown"));
        results.environment("gc", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")));
        results.environment("load_average", loadAverage());
        results.environment("workload", options.samples().resolve(Workload.FILE).toAbsolutePath().normalize());
        results.environment("sections", options.sections());
        results.environment("quick", options.quick());
    }

    /** The 1, 5 and 15 minute load averages: a busy machine shows here, and its numbers should not be trusted. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return l < 0 ? "unknown" : String.format("%.2f", l);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a scratch directory in the temp dir: worth a try, not worth failing the run
        }
    }
}
