package io.newsflow.bench;

import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.enrich.Enricher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Enriched articles for the serve benchmark: the Wikinews articles, enriched once by the standard enricher, then
 * replicated to {@code size} articles with distinct ids, published one after another over 30 days. Each copy keeps
 * the entities and figures its original had, so the entities are as common, relative to one another, as in real news:
 * a name in many of the originals is in many copies.
 *
 * @param articles the articles, oldest first
 * @param entities the entities by case-folded text (as an untyped {@code ?entity=} query matches them), with the
 *                 number of articles that name each
 * @param mentions the entity mentions in all the articles (what serve's entity views add up)
 */
record ServeCorpus(List<EnrichedArticle> articles, Map<String, Named> entities, long mentions) {

    static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(30);

    /** An entity as the API is asked for it: its text as first written, and how many articles name it. */
    record Named(String text, int articles) {
    }

    static ServeCorpus build(Workload workload, Enricher enricher, int size) {
        return of(workload.articles().stream().map(a -> enricher.enrich(a.raw())).toList(), size);
    }

    /** {@code size} copies of the {@code originals}, round after round. */
    static ServeCorpus of(List<EnrichedArticle> originals, int size) {
        List<EnrichedArticle> articles = new ArrayList<>(size);
        long step = SPAN.toMillis() / size;
        for (int n = 0; n < size; n++) {
            articles.add(copy(originals.get(n % originals.size()), n, START.plusMillis(n * step)));
        }
        Map<String, String> firstText = new LinkedHashMap<>();
        Map<String, Set<String>> naming = new HashMap<>();
        long mentions = 0;
        for (EnrichedArticle a : articles) {
            for (Entity e : a.entities()) {
                if (e.type() == null || e.text() == null || e.text().isBlank()) {
                    continue;
                }
                String folded = e.text().toLowerCase(Locale.ROOT);
                firstText.putIfAbsent(folded, e.text());
                naming.computeIfAbsent(folded, k -> new HashSet<>()).add(a.id());
                mentions += e.count();
            }
        }
        Map<String, Named> entities = new LinkedHashMap<>();
        firstText.forEach((folded, text) -> entities.put(folded, new Named(text, naming.get(folded).size())));
        return new ServeCorpus(articles, entities, mentions);
    }

    /** Copy {@code n}: a new id and URL, published at {@code at}; what enrich found is the original's. */
    static EnrichedArticle copy(EnrichedArticle a, int n, Instant at) {
        String url = a.url() + (a.url().contains("?") ? "&" : "?") + "serve-bench=" + n;
        return new EnrichedArticle(a.id() + "-" + n, url, a.source(), a.title(), a.body(), a.language(), at.toString(),
                at.toString(), a.entities(), a.figures(), a.enrichedAt(), a.pipelineVersion(), at.toString(), 1,
                a.contentHash(), null, null, null, null, a.countries(), a.primaryLocation());
    }

    /** The {@code count} entities named by the most articles, most first. */
    List<Named> popular(int count) {
        return entities.values().stream()
                .sorted(Comparator.comparingInt(Named::articles).reversed().thenComparing(Named::text))
                .limit(count).toList();
    }

    /** The {@code count} entities named by the fewest articles, fewest first. */
    List<Named> rare(int count) {
        return entities.values().stream()
                .sorted(Comparator.comparingInt(Named::articles).thenComparing(Named::text))
                .limit(count).toList();
    }
}
