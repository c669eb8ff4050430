package io.newsflow.bench;

import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.Mention;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.entities.EntityExtractor;
import io.newsflow.enrich.entities.EntityExtractors;
import io.newsflow.enrich.figures.FigureExtractor;
import io.newsflow.enrich.geo.Atlas;
import io.newsflow.enrich.geo.Geocoder;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 6: what placing articles costs. The atlas's heap (used heap after a full GC, before and after loading it)
 * and load time; then, in the same JVM, the whole {@link Enricher} and the geocoder alone on the entities and figures
 * the enricher's own extractors found beforehand, both warmed up, timed over whole passes: the geocoder's share of
 * enrichment time. Budgets: under 5% of enrichment time and under 100 MB of heap.
 */
final class GeoSection implements Section {

    @Override
    public boolean inProcess() {
        return true;
    }

    @Override
    public int number() {
        return 6;
    }

    @Override
    public String title() {
        return "Geocoding: atlas heap and load time, and the lookup's share of enrichment time, one thread";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Results results = ctx.results();
        long before = usedHeapAfterGc();
        long t0 = System.nanoTime();
        Atlas atlas = Atlas.load();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long after = usedHeapAfterGc();
        results.add(6, "geo.atlas.heap_mb", "atlas: heap it holds (used heap after full GC, after - before loading)",
                (after - before) / (1024.0 * 1024.0), "MB");
        results.add(6, "geo.atlas.load_s", "atlas: load time (decompress and index 135k places), first load in this JVM",
                loadSeconds, "s");

        Geocoder geocoder = new Geocoder(atlas);
        EntityExtractor entities = EntityExtractors.coreNlp();
        FigureExtractor figures = new FigureExtractor();
        Enricher enricher = new Enricher(entities, figures, geocoder, Clock.systemUTC());
        List<Prepared> prepared = new ArrayList<>();
        for (Workload.Article a : ctx.workload().articles()) {
            RawArticle raw = a.raw();
            String title = raw.title() == null ? "" : raw.title();
            String body = raw.body() == null ? "" : raw.body();
            List<Figure> found = new ArrayList<>(figures.extract(Mention.TITLE, title, Enricher.publishedDate(raw.publishedAt())));
            found.addAll(figures.extract(Mention.BODY, body, Enricher.publishedDate(raw.publishedAt())));
            prepared.add(new Prepared(raw, title, body, entities.extract(title, body), found));
        }
        ctx.say("warming up the enricher and the geocoder for " + ctx.budget().warmup().toSeconds() + " s each");
        passes(() -> prepared.forEach(p -> enricher.enrich(p.raw)), ctx.budget().warmup().toNanos());
        passes(() -> prepared.forEach(p -> geocoder.place(p.title, p.body, p.entities, p.figures)), ctx.budget().warmup().toNanos());
        // Interleaved, one pass of each in turn: on a shared machine the load changes from second to second, and the
        // share is only meaningful when both halves of the ratio ran under the same load.
        ctx.say("timing whole passes, the enricher's and the geocoder's in turn, for " + ctx.budget().measure().toSeconds() * 2 + " s");
        long enrichNs = 0;
        long geoNs = 0;
        List<Double> shares = new ArrayList<>();
        long start = System.nanoTime();
        do {
            long a = System.nanoTime();
            prepared.forEach(p -> enricher.enrich(p.raw));
            long b = System.nanoTime();
            prepared.forEach(p -> geocoder.place(p.title, p.body, p.entities, p.figures));
            long c = System.nanoTime();
            enrichNs += b - a;
            geoNs += c - b;
            shares.add(100.0 * (c - b) / (b - a));
        } while (System.nanoTime() - start < 2 * ctx.budget().measure().toNanos());
        double enrichMs = enrichNs / 1e6 / shares.size() / prepared.size();
        double geoMs = geoNs / 1e6 / shares.size() / prepared.size();
        shares.sort(null);
        results.add(6, "geo.enricher.ms_per_article", "Enricher.enrich with the geocoder, whole", enrichMs, "ms/article");
        results.add(6, "geo.place.ms_per_article", "geocoder alone (Geocoder.place on the article's entities and figures)",
                geoMs, "ms/article");
        results.add(6, "geo.place.share_pct", "geocoder's share of enrichment time (budget: under 5%)",
                100 * geoMs / enrichMs, "%");
        results.add(6, "geo.place.share_median_pct", "geocoder's share, median over the interleaved rounds ("
                + shares.size() + ")", shares.get(shares.size() / 2), "%");
        results.note(6, "atlas heap budget: under 100 MB; the atlas is loaded once per process and shared by all threads");
        Reference.reachabilityFence(atlas);
    }

    private record Prepared(RawArticle raw, String title, String body, List<Entity> entities, List<Figure> figures) {
    }

    /** Runs whole passes for at least {@code nanos} (at least one); returns milliseconds per pass. */
    private static double passes(Runnable pass, long nanos) {
        long start = System.nanoTime();
        int n = 0;
        do {
            pass.run();
            n++;
        } while (System.nanoTime() - start < nanos);
        return (System.nanoTime() - start) / 1e6 / n;
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
