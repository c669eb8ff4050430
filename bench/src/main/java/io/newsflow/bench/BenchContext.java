package io.newsflow.bench;

import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.Enricher;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What the sections share: options, budget, workload, results, a scratch directory. */
final class BenchContext {

    static final String ENRICHER_RATE = "enrich.enricher.articles_per_s";

    private final BenchOptions options;
    private final Budget budget;
    private final Results results;
    private final PrintStream out;
    private final Path scratch;
    private Workload workload;
    private double calibrated;

    BenchContext(BenchOptions options, Budget budget, Results results, PrintStream out, Path scratch) {
        this.options = options;
        this.budget = budget;
        this.results = results;
        this.out = out;
        this.scratch = scratch;
    }

    BenchOptions options() {
        return options;
    }

    Budget budget() {
        return budget;
    }

    Results results() {
        return results;
    }

    Path scratch() {
        return scratch;
    }

    Workload workload() {
        if (workload == null) {
            workload = Workload.load(options.samples(), budget.articles());
        }
        return workload;
    }

    /**
     * The standard enricher, {@code new Enricher(EntityExtractors.coreNlp(), new FigureExtractor(), clock)}, taken
     * from the service itself so that the bench follows any change to how the service wires it.
     */
    static Enricher standardEnricher() {
        return EnrichService.standardEnricher();
    }

    /**
     * Articles per second of the Enricher on one thread, to size the Kafka runs: section 1's figure, or else a short
     * calibration.
     */
    double singleThreadRate() {
        var measured = results.get(ENRICHER_RATE);
        if (measured.isPresent()) {
            return measured.getAsDouble();
        }
        if (calibrated > 0) {
            return calibrated;
        }
        say("calibrating: enriching a few articles to size the run");
        Enricher enricher = standardEnricher();
        List<Workload.Article> articles = workload().articles().subList(0, Math.min(20, workload().size()));
        Timing.warm(articles, budget.warmup(), a -> size(enricher, a.raw()));
        Throughput t = Timing.measure(articles, Duration.ZERO, a -> size(enricher, a.raw()));
        calibrated = t.articlesPerSecond();
        return calibrated;
    }

    private static int size(Enricher enricher, RawArticle raw) {
        var e = enricher.enrich(raw);
        return e.entities().size() + e.figures().size();
    }

    void say(String message) {
        out.println("  .. " + message);
        out.flush();
    }
}
