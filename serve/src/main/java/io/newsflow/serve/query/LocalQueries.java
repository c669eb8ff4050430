package io.newsflow.serve.query;

import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.serve.topology.EntityName;
import io.newsflow.serve.topology.Keys;
import io.newsflow.serve.topology.Postings;
import io.newsflow.serve.topology.ServeTopology;
import io.newsflow.serve.topology.TallyDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Answers from this instance's own stores only. The {@link Router} sends key queries to the instance that owns the key
 * and merges what every instance answers for range queries.
 */
public final class LocalQueries {

    private static final StringSerializer STRINGS = new StringSerializer();

    private final StoreSource stores;

    public LocalQueries(StoreSource stores) {
        this.stores = stores;
    }

    public EnrichedArticle article(String id) {
        return stores.<EnrichedArticle>store(ServeTopology.ARTICLES).get(id);
    }

    /** The articles among {@code ids} that this instance holds. */
    public List<EnrichedArticle> articles(List<String> ids) {
        ReadOnlyKeyValueStore<String, EnrichedArticle> store = stores.store(ServeTopology.ARTICLES);
        List<EnrichedArticle> found = new ArrayList<>();
        for (String id : ids) {
            EnrichedArticle a = store.get(id);
            if (a != null) {
                found.add(a);
            }
        }
        return found;
    }

    /** What a list shows of each of {@code ids} held here (an article indexed before summaries were kept: from it). */
    public List<ArticleSummary> summaries(List<String> ids) {
        ReadOnlyKeyValueStore<String, ArticleSummary> store = stores.store(ServeTopology.ARTICLE_SUMMARIES);
        List<ArticleSummary> found = new ArrayList<>();
        for (String id : ids) {
            ArticleSummary s = store.get(id);
            if (s == null) {
                EnrichedArticle a = article(id);
                Long time = a == null ? null : stores.<Long>store(ServeTopology.ARTICLE_TIMES).get(id);
                s = time == null ? null : ArticleSummary.of(a, time);
            }
            if (s != null) {
                found.add(s);
            }
        }
        return found;
    }

    /** Time of each of {@code ids} held here. */
    public Map<String, Long> times(List<String> ids) {
        ReadOnlyKeyValueStore<String, Long> store = stores.store(ServeTopology.ARTICLE_TIMES);
        Map<String, Long> found = new HashMap<>();
        for (String id : ids) {
            Long t = store.get(id);
            if (t != null) {
                found.put(id, t);
            }
        }
        return found;
    }

    /**
     * The newest articles held here, at or after {@code since} (epoch ms, or null), whose title or body contain
     * {@code q}: the newest of each partition, merged, since a store over several partitions is not in time order.
     */
    public List<ArticleSummary> newest(Long since, String q, int limit) {
        ReadOnlyKeyValueStore<String, EnrichedArticle> articles = stores.store(ServeTopology.ARTICLES);
        ReadOnlyKeyValueStore<String, ArticleSummary> summaries = stores.store(ServeTopology.ARTICLE_SUMMARIES);
        String needle = q == null || q.isBlank() ? null : q.toLowerCase(Locale.ROOT);
        List<ArticleSummary> found = new ArrayList<>();
        for (ReadOnlyKeyValueStore<String, String> byTime : stores.<String>partitions(ServeTopology.ARTICLES_BY_TIME)) {
            int fromThisPartition = 0;
            try (KeyValueIterator<String, String> it = byTime.reverseAll()) {
                while (it.hasNext() && fromThisPartition < limit) {
                    KeyValue<String, String> kv = it.next();
                    long time = Long.parseLong(Keys.split(kv.key)[0]);
                    if (since != null && time < since) {
                        break;
                    }
                    ArticleSummary summary = needle == null ? summaries.get(kv.value) : null;
                    if (summary == null) {
                        EnrichedArticle a = articles.get(kv.value);
                        summary = a != null && matches(a, needle) ? ArticleSummary.of(a, time) : null;
                    }
                    if (summary != null) {
                        found.add(summary);
                        fromThisPartition++;
                    }
                }
            }
        }
        found.sort(NEWEST_FIRST);
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    static final Comparator<ArticleSummary> NEWEST_FIRST =
            Comparator.comparing((ArticleSummary s) -> java.time.Instant.parse(s.time())).reversed().thenComparing(ArticleSummary::id);

    static boolean matches(EnrichedArticle a, String needle) {
        return needle == null
                || (a.title() != null && a.title().toLowerCase(Locale.ROOT).contains(needle))
                || (a.body() != null && a.body().toLowerCase(Locale.ROOT).contains(needle));
    }

    /**
     * The newest {@code limit} articles (at or after {@code since}, epoch ms, when given) that name the entity, with
     * its name and number of articles; null when no article names it. Reads only the index entries of the page.
     */
    public Postings postings(String entityKey, Long since, int limit) {
        EntityName name = stores.<EntityName>store(ServeTopology.ENTITY_NAMES).get(entityKey);
        if (name == null) {
            return null;
        }
        ReadOnlyKeyValueStore<String, Long> index = stores.store(ServeTopology.ENTITY_INDEX);
        List<Postings.Posting> page = new ArrayList<>(Math.min(limit, name.articles()));
        try (KeyValueIterator<String, Long> it = index.prefixScan(entityKey + Keys.SEP, STRINGS)) {
            while (it.hasNext() && page.size() < limit) {
                KeyValue<String, Long> kv = it.next();
                long time = Keys.postingTime(kv.key);
                if (since != null && time < since) {
                    break; // newest first: the rest are older still
                }
                String[] parts = Keys.split(kv.key);
                page.add(new Postings.Posting(parts[parts.length - 1], time));
            }
        }
        return new Postings(name.type(), name.text(), name.articles(), page);
    }

    /** An entity's mentions per day, oldest first. */
    public List<TimelinePoint> timeline(String entityKey) {
        List<TimelinePoint> points = new ArrayList<>();
        ReadOnlyKeyValueStore<String, Long> days = stores.store(ServeTopology.ENTITY_DAYS);
        try (KeyValueIterator<String, Long> it = days.prefixScan(entityKey + Keys.SEP, STRINGS)) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                String[] parts = Keys.split(kv.key);
                points.add(new TimelinePoint(parts[parts.length - 1], kv.value));
            }
        }
        points.sort(Comparator.comparing(TimelinePoint::day));
        return points;
    }

    /** The last hour (since the epoch) with any mention held here, or null when there is none. */
    public Long latestHour() {
        Long latest = null;
        for (ReadOnlyKeyValueStore<String, Long> hours : stores.<Long>partitions(ServeTopology.ENTITY_HOURS)) {
            try (KeyValueIterator<String, Long> it = hours.reverseAll()) {
                if (it.hasNext()) {
                    long h = Long.parseLong(Keys.split(it.next().key)[0]);
                    latest = latest == null ? h : Math.max(latest, h);
                }
            }
        }
        return latest;
    }

    /**
     * Entities mentioned in the {@code windowHours} before {@code endHour} (exclusive), scored against their mean per
     * window over the {@code baselineWindows} windows before that; only those held here, best first.
     */
    public List<TrendingEntity> trending(int windowHours, int baselineWindows, long endHour, String type, int limit) {
        long start = endHour - windowHours;
        Map<String, Long> recent = sumByEntity(start, endHour, type);
        Map<String, Long> before = sumByEntity(start - (long) windowHours * baselineWindows, start, type);
        ReadOnlyKeyValueStore<String, EntityName> names = stores.store(ServeTopology.ENTITY_NAMES);
        List<TrendingEntity> scored = new ArrayList<>();
        recent.forEach((key, count) -> {
            if (count <= 0) {
                return;
            }
            EntityName name = names.get(key);
            String[] parts = Keys.split(key);
            String text = name != null ? name.text() : parts[1];
            double baseline = before.getOrDefault(key, 0L) / (double) baselineWindows;
            scored.add(TrendingEntity.of(parts[0], text, count, baseline));
        });
        scored.sort(TRENDING_ORDER);
        return scored.size() > limit ? scored.subList(0, limit) : scored;
    }

    public static final Comparator<TrendingEntity> TRENDING_ORDER = Comparator.comparingDouble(TrendingEntity::score).reversed()
            .thenComparing(Comparator.comparingLong(TrendingEntity::recent).reversed())
            .thenComparing(TrendingEntity::type).thenComparing(TrendingEntity::text);

    /** Mentions per entity key in the hours [from, to). */
    private Map<String, Long> sumByEntity(long fromHour, long toHour, String type) {
        Map<String, Long> sums = new HashMap<>();
        ReadOnlyKeyValueStore<String, Long> hours = stores.store(ServeTopology.ENTITY_HOURS);
        // The bare padded hour sorts before every key of that hour, so [from, to) is range(from, to) less key "to".
        try (KeyValueIterator<String, Long> it = hours.range(Keys.hour(fromHour), Keys.hour(toHour))) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                int cut = kv.key.indexOf(Keys.SEP);
                String entity = kv.key.substring(cut + 1);
                if (type == null || entity.startsWith(type + Keys.SEP)) {
                    sums.merge(entity, kv.value, Long::sum);
                }
            }
        }
        return sums;
    }

    /**
     * Event tallies held here, summed by day or by country, from {@code sinceDay} (yyyy-MM-dd, or null) on; for one
     * event, or for every event when {@code event} is null.
     */
    public List<TallyRow> tallies(String event, String sinceDay, boolean byCountry) {
        Map<String, Map<String, Long>> sums = new TreeMap<>();
        ReadOnlyKeyValueStore<String, Long> store = stores.store(ServeTopology.TALLIES);
        try (KeyValueIterator<String, Long> it = event == null ? store.all() : store.prefixScan(event + Keys.SEP, STRINGS)) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                String[] parts = Keys.split(kv.key); // group, day, country
                if (event == null && parts[0].equals(TallyDelta.COUNTRIES)) {
                    continue;
                }
                if (sinceDay != null && parts[1].compareTo(sinceDay) < 0) {
                    continue;
                }
                String key = byCountry ? parts[2] : parts[1];
                if (!key.isEmpty()) {
                    sums.computeIfAbsent(parts[0], g -> new TreeMap<>()).merge(key, kv.value, Long::sum);
                }
            }
        }
        List<TallyRow> rows = new ArrayList<>();
        sums.forEach((group, byKey) -> byKey.forEach((key, count) -> rows.add(new TallyRow(group, key, count))));
        return rows;
    }
}
