package io.newsflow.serve.query;

import static io.newsflow.serve.query.Router.params;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.newsflow.core.json.Json;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.serve.topology.Keys;
import io.newsflow.serve.topology.Postings;
import io.newsflow.serve.topology.ServeTopology;
import io.newsflow.serve.topology.TallyDelta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The public queries over the whole data set, whichever instance is asked: key queries go to the key's owner, range
 * queries to every instance, and the answers are merged here. Parameters arrive checked (see the HTTP layer).
 */
public final class QueryService {

    /** How many of an entity's newest articles its co-occurring entities are counted in. */
    static final int COOCCURRENCE_ARTICLES = 50;
    static final int COOCCURRING = 10;
    static final int LATEST = 10;

    private static final TypeFactory TYPES = Json.MAPPER.getTypeFactory();
    private static final JavaType ARTICLE = TYPES.constructType(EnrichedArticle.class);
    private static final JavaType ARTICLES = TYPES.constructCollectionType(List.class, EnrichedArticle.class);
    private static final JavaType SUMMARIES = TYPES.constructCollectionType(List.class, ArticleSummary.class);
    private static final JavaType POSTINGS = TYPES.constructType(Postings.class);
    private static final JavaType TIMELINE = TYPES.constructCollectionType(List.class, TimelinePoint.class);
    private static final JavaType HOUR = TYPES.constructType(Long.class);
    private static final JavaType TRENDING = TYPES.constructCollectionType(List.class, TrendingEntity.class);
    private static final JavaType ROWS = TYPES.constructCollectionType(List.class, TallyRow.class);

    private static final Comparator<ArticleSummary> NEWEST_FIRST = LocalQueries.NEWEST_FIRST;

    private final Router router;

    public QueryService(Router router) {
        this.router = router;
    }

    public EnrichedArticle article(String id) {
        EnrichedArticle a = router.onOwner(ServeTopology.ARTICLES, id, "article", params("id", id), ARTICLE);
        if (a == null) {
            throw QueryException.notFound("no article with id '" + id + "'");
        }
        return a;
    }

    /** Newest articles, of one entity when {@code entity} is given (of {@code type}, or of any type). */
    public Responses.ArticleList articles(String entity, EntityType type, String q, Long since, int limit) {
        List<ArticleSummary> found = entity == null ? newest(q, since, limit) : ofEntity(entity, type, q, since, limit);
        return new Responses.ArticleList(found.size(), found);
    }

    private List<ArticleSummary> newest(String q, Long since, int limit) {
        List<List<ArticleSummary>> parts = router.onAll(ServeTopology.ARTICLES, "newest",
                params("since", since == null ? null : since.toString(), "q", q, "limit", Integer.toString(limit)), SUMMARIES);
        return parts.stream().flatMap(List::stream).sorted(NEWEST_FIRST).limit(limit).toList();
    }

    private List<ArticleSummary> ofEntity(String entity, EntityType type, String q, Long since, int limit) {
        // A page of each type's newest articles is enough, unless words must be searched for in the articles.
        int wanted = q == null ? limit : Postings.SEARCHED;
        List<Postings.Posting> postings = new ArrayList<>();
        for (EntityType t : type == null ? List.of(EntityType.values()) : List.of(type)) {
            Postings p = postings(Keys.entity(t, entity), since, wanted);
            if (p != null) {
                postings.addAll(p.articles());
            }
        }
        Map<String, Long> times = new LinkedHashMap<>();
        postings.stream().sorted(Comparator.comparingLong(Postings.Posting::time).reversed().thenComparing(Postings.Posting::id))
                .forEach(p -> times.putIfAbsent(p.id(), p.time()));
        List<String> ids = new ArrayList<>(times.keySet());
        String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
        List<ArticleSummary> found = new ArrayList<>();
        int batch = Math.max(limit, 20);
        for (int from = 0; from < ids.size() && found.size() < limit; from += batch) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + batch));
            if (needle == null) {
                // Nothing to look for in the text: the lists' own small values will do.
                Map<String, ArticleSummary> summaries = byId(chunk, "summaries", SUMMARIES, ArticleSummary::id);
                for (String id : chunk) {
                    ArticleSummary a = summaries.get(id);
                    if (a != null && found.size() < limit) {
                        found.add(a);
                    }
                }
                continue;
            }
            Map<String, EnrichedArticle> articles = fetch(chunk);
            for (String id : chunk) {
                EnrichedArticle a = articles.get(id);
                if (a != null && LocalQueries.matches(a, needle) && found.size() < limit) {
                    found.add(ArticleSummary.of(a, times.get(id)));
                }
            }
        }
        return found;
    }

    private Postings postings(String key, Long since, int limit) {
        return router.onOwner(ServeTopology.ENTITY_INDEX, key, "postings",
                params("key", key, "since", since == null ? null : since.toString(), "limit", Integer.toString(limit)), POSTINGS);
    }

    /** The articles of {@code ids}, one request per instance that owns some of them. */
    private Map<String, EnrichedArticle> fetch(List<String> ids) {
        return byId(ids, "articles", ARTICLES, EnrichedArticle::id);
    }

    /** The answers of the local query {@code query} for {@code ids}, asked of each instance that owns some of them. */
    private <T> Map<String, T> byId(List<String> ids, String query, JavaType listType, java.util.function.Function<T, String> idOf) {
        Map<HostInfo, List<String>> byOwner = new LinkedHashMap<>();
        for (String id : ids) {
            byOwner.computeIfAbsent(router.owner(ServeTopology.ARTICLES, id), h -> new ArrayList<>()).add(id);
        }
        Map<String, T> found = new HashMap<>();
        byOwner.forEach((host, owned) -> {
            Map<String, List<String>> p = new LinkedHashMap<>();
            p.put("id", owned);
            List<T> answers = router.on(host, query, p, listType);
            answers.forEach(a -> found.put(idOf.apply(a), a));
        });
        return found;
    }

    /**
     * Trending entities of the last {@code windowHours} up to the end of the hour of {@code at}, or of the newest
     * mention when {@code at} is null, scored against the {@code baselineWindows} windows before.
     */
    public Responses.Trending trending(String window, int windowHours, int baselineWindows, String type, int limit, Long at) {
        Long end;
        if (at != null) {
            end = Keys.epochHour(at) + 1;
        } else {
            List<Long> latest = router.onAll(ServeTopology.ENTITY_HOURS, "latest-hour", params(), HOUR);
            end = latest.stream().filter(Objects::nonNull).max(Long::compare).map(h -> h + 1).orElse(null);
        }
        if (end == null) {
            return new Responses.Trending(window, null, null, List.of());
        }
        List<List<TrendingEntity>> parts = router.onAll(ServeTopology.ENTITY_HOURS, "trending", params(
                "hours", Integer.toString(windowHours), "baseline", Integer.toString(baselineWindows),
                "end", Long.toString(end), "type", type, "limit", Integer.toString(limit)), TRENDING);
        List<TrendingEntity> merged = parts.stream().flatMap(List::stream).sorted(LocalQueries.TRENDING_ORDER).limit(limit).toList();
        return new Responses.Trending(window, Instant.ofEpochMilli((end - windowHours) * 3_600_000L).toString(),
                Instant.ofEpochMilli(end * 3_600_000L).toString(), merged);
    }

    public Responses.EntityView entity(EntityType type, String text) {
        String key = Keys.entity(type, text);
        HostInfo owner = router.owner(ServeTopology.ENTITY_INDEX, key);
        Postings p = router.on(owner, "postings", params("key", key, "limit", Integer.toString(COOCCURRENCE_ARTICLES)), POSTINGS);
        if (p == null) {
            throw QueryException.notFound("no article names the " + type + " '" + text + "'");
        }
        List<TimelinePoint> timeline = router.on(owner, "timeline", params("key", key), TIMELINE);
        List<Postings.Posting> newest = p.articles();
        Map<String, EnrichedArticle> articles = fetch(newest.stream().map(Postings.Posting::id).toList());
        Map<String, Responses.Cooccurring> counts = new HashMap<>();
        List<ArticleSummary> latest = new ArrayList<>();
        for (Postings.Posting posting : newest) {
            EnrichedArticle a = articles.get(posting.id());
            if (a == null) {
                continue;
            }
            if (latest.size() < LATEST) {
                latest.add(ArticleSummary.of(a, posting.time()));
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Entity e : a.entities()) {
                String other = Keys.entity(e.type(), e.text());
                if (!other.equals(key) && seen.add(other)) {
                    counts.merge(other, new Responses.Cooccurring(e.type().name(), e.text(), 1),
                            (x, y) -> new Responses.Cooccurring(x.type(), x.text(), x.articles() + 1));
                }
            }
        }
        List<Responses.Cooccurring> top = counts.values().stream()
                .sorted(Comparator.comparingInt(Responses.Cooccurring::articles).reversed()
                        .thenComparing(Responses.Cooccurring::type).thenComparing(Responses.Cooccurring::text))
                .limit(COOCCURRING).toList();
        return new Responses.EntityView(p.type(), p.text(), p.total(), timeline, top, latest);
    }

    /** Event tallies by day or country from {@code sinceDay} on; of one event, or of all when {@code event} is null. */
    public Responses.Counts events(String event, String sinceDay, boolean byCountry) {
        Map<String, List<String>> p = params("event", event, "since", sinceDay, "by", byCountry ? "country" : "day");
        List<TallyRow> rows = event != null
                ? router.onOwner(ServeTopology.TALLIES, event, "tallies", p, ROWS)
                : merge(router.onAll(ServeTopology.TALLIES, "tallies", p, ROWS));
        long total = rows.stream().mapToLong(TallyRow::count).sum();
        return new Responses.Counts(event, byCountry ? "country" : "day", sinceDay, total, rows);
    }

    /** How often articles name each country, from {@code sinceDay} on. */
    public Responses.Counts countries(String sinceDay) {
        return events(TallyDelta.COUNTRIES, sinceDay, true);
    }

    private static List<TallyRow> merge(List<List<TallyRow>> parts) {
        Map<String, Map<String, Long>> sums = new TreeMap<>();
        parts.stream().flatMap(List::stream)
                .forEach(r -> sums.computeIfAbsent(r.event(), e -> new TreeMap<>()).merge(r.key(), r.count(), Long::sum));
        List<TallyRow> rows = new ArrayList<>();
        sums.forEach((event, byKey) -> byKey.forEach((key, count) -> rows.add(new TallyRow(event, key, count))));
        return rows;
    }
}
