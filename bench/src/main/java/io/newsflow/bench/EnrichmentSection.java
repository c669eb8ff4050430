package io.newsflow.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Section 1: the enrichment alone on one thread, beside the plain CoreNLP pipeline on the same texts, and the parts
 * of the enrichment one by one. Each candidate runs in a JVM of its own (see {@link Candidate}): model loading, then
 * a warm-up, then whole passes over the articles, timed.
 */
final class EnrichmentSection implements Section {

    @Override
    public int number() {
        return 1;
    }

    @Override
    public String title() {
        return "Enrichment alone, one thread, against plain CoreNLP (" + PlainCoreNlp.ANNOTATORS + ")";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Results results = ctx.results();
        Workload workload = ctx.workload();
        results.add(1, "workload.articles", "workload: Wikinews articles", workload.size(), "articles");
        results.add(1, "workload.tokens", "workload: PTB tokens (title + body)", workload.tokens(), "tokens");
        results.note(1, "baseline properties: " + PlainCoreNlp.properties());

        Map<Candidate, ForkedCandidate.Result> timed = new EnumMap<>(Candidate.class);
        for (Candidate c : Candidate.values()) {
            ctx.say(String.format("%s: own JVM, warm-up %d s or more, then %d rounds of whole passes, %d s at least", c.key(),
                    ctx.budget().warmup().toSeconds(), Candidate.ROUNDS, ctx.budget().measure().toSeconds()));
            timed.put(c, ForkedCandidate.run(c, ctx.options().samples(), workload.size(),
                    ctx.budget().warmup().toMillis(), ctx.budget().measure().toMillis()));
        }
        results.note(1, "model loading, not timed: " + timed.entrySet().stream()
                .map(e -> String.format("%s %.1f s", e.getKey().key(), e.getValue().loadSeconds()))
                .collect(Collectors.joining(", ")));
        results.note(1, "warm-up until the JIT settled (compile time under 2% of a pass): " + timed.entrySet().stream()
                .map(e -> String.format("%s %.0f s", e.getKey().key(), e.getValue().warmSeconds()))
                .collect(Collectors.joining(", ")));
        results.note(1, "best of " + Candidate.ROUNDS + " rounds; worst round slower by: " + timed.entrySet().stream()
                .map(e -> String.format("%s %.0f%%", e.getKey().key(), 100 * e.getValue().spread()))
                .collect(Collectors.joining(", ")) + " (over ~10% means the machine was busy)");

        Throughput mine = timed.get(Candidate.ENRICHER).throughput();
        Throughput theirs = timed.get(Candidate.CORENLP).throughput();
        results.add(1, "enrich.enricher.tokens_per_s", "Enricher.enrich (entities + figures), 1 thread", mine.tokensPerSecond(), "tokens/s");
        results.add(1, BenchContext.ENRICHER_RATE, "Enricher.enrich, 1 thread", mine.articlesPerSecond(), "articles/s");
        results.add(1, "enrich.corenlp.tokens_per_s", "plain CoreNLP pipeline, 1 thread", theirs.tokensPerSecond(), "tokens/s");
        results.add(1, "enrich.corenlp.articles_per_s", "plain CoreNLP pipeline, 1 thread", theirs.articlesPerSecond(), "articles/s");
        results.add(1, "enrich.vs_corenlp.ratio", "Enricher / plain CoreNLP (tokens/s)",
                mine.tokensPerSecond() / theirs.tokensPerSecond(), "x");
        Throughput outOfTheBox = timed.get(Candidate.CORENLP_DEFAULT_JIT).throughput();
        results.add(1, "enrich.corenlp_default_jit.tokens_per_s", "plain CoreNLP pipeline, HotSpot defaults, 1 thread",
                outOfTheBox.tokensPerSecond(), "tokens/s");
        results.add(1, "enrich.vs_corenlp_default_jit.ratio", "Enricher / plain CoreNLP with HotSpot defaults (tokens/s)",
                mine.tokensPerSecond() / outOfTheBox.tokensPerSecond(), "x");
        results.note(1, "every candidate but corenlp_default_jit runs with -XX:-DontCompileHugeMethods, as ./newsflow "
                + "starts the services: CoreNLP's NER feature method (10,369 bytes of bytecode) is over HotSpot's "
                + "8,000-byte limit and is otherwise never compiled");

        Throughput pair = timed.get(Candidate.ENRICHER_PAIR).throughput();
        results.add(1, "enrich.enricher_pair.articles_per_s", "Enricher on 2 threads at once (no Kafka)", pair.articlesPerSecond(), "articles/s");
        results.add(1, "enrich.enricher_pair.ratio", "Enricher, 2 threads / 1: this machine's ceiling for threads",
                pair.articlesPerSecond() / mine.articlesPerSecond(), "x");

        double whole = msPerArticle(mine);
        breakdown(results, "enricher", "Enricher.enrich, whole", whole, whole);
        breakdown(results, "tagger", "tagger only (PTB tokenize, split, CRF)", msPerArticle(timed.get(Candidate.TAGGER).throughput()), whole);
        breakdown(results, "cleanup", "entity cleanup only (on tags computed beforehand)", msPerArticle(timed.get(Candidate.CLEANUP).throughput()), whole);
        breakdown(results, "figures", "figures only (FigureExtractor)", msPerArticle(timed.get(Candidate.FIGURES).throughput()), whole);
        breakdown(results, "json", "JSON: read raw + write enriched (topology, not enrich)", msPerArticle(timed.get(Candidate.JSON).throughput()), whole);
        results.add(1, "enrich.tagger.tokens_per_s", "tagger only", timed.get(Candidate.TAGGER).throughput().tokensPerSecond(), "tokens/s");
        results.note(1, String.format("timed %d articles of Enricher and %d of plain CoreNLP, in whole passes of %d; "
                + "tokens counted once per text with PTBTokenizer", mine.articles(), theirs.articles(), workload.size()));
    }

    private static void breakdown(Results results, String key, String label, double ms, double whole) {
        results.add(1, "enrich." + key + ".ms_per_article", "breakdown: " + label, ms, "ms/article");
        if (!key.equals("enricher")) {
            results.add(1, "enrich." + key + ".share_pct", "breakdown: share of Enricher time, " + key, 100 * ms / whole, "%");
        }
    }

    private static double msPerArticle(Throughput t) {
        return t.articles() == 0 ? 0 : 1000 * t.seconds() / t.articles();
    }
}
