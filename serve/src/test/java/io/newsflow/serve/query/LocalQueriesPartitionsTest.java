package io.newsflow.serve.query;

import static io.newsflow.serve.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.serve.topology.Keys;
import io.newsflow.serve.topology.ServeTopology;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * An instance holding several partitions: a store over all of them runs partition after partition, so "newest"
 * queries merge the partitions' own newest.
 */
class LocalQueriesPartitionsTest {

    private static final long HOUR = 3_600_000L;

    private final MapStore<EnrichedArticle> articles = new MapStore<>();
    private final MapStore<String> timesA = new MapStore<>();
    private final MapStore<String> timesB = new MapStore<>();
    private final MapStore<Long> hoursA = new MapStore<Long>().with(Keys.join(Keys.hour(10), "PERSON" + Keys.SEP + "a"), 1L);
    private final MapStore<Long> hoursB = new MapStore<Long>().with(Keys.join(Keys.hour(12), "PERSON" + Keys.SEP + "b"), 1L);

    private final LocalQueries queries = new LocalQueries(new StoreSource() {
        @Override
        @SuppressWarnings("unchecked")
        public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
            // No summaries kept: each list entry is made from its article, as for an article indexed before them.
            return (ReadOnlyKeyValueStore<String, V>) (name.equals(ServeTopology.ARTICLES) ? articles : new MapStore<V>());
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> List<ReadOnlyKeyValueStore<String, V>> partitions(String name) {
            Map<String, List<?>> byName = Map.of(ServeTopology.ARTICLES_BY_TIME, List.of(timesA, timesB),
                    ServeTopology.ENTITY_HOURS, List.of(hoursA, hoursB));
            return (List<ReadOnlyKeyValueStore<String, V>>) byName.get(name);
        }
    });

    private void add(MapStore<String> partition, String id, long hour) {
        articles.with(id, article(id).build());
        partition.with(Keys.join(Keys.millis(hour * HOUR), id), id);
    }

    @Test
    void shouldListTheNewestArticlesOfAllPartitionsInTimeOrder() {
        add(timesA, "a1", 1);
        add(timesA, "a5", 5);
        add(timesB, "b3", 3);
        add(timesB, "b9", 9);

        assertEquals(List.of("b9", "a5", "b3"), queries.newest(null, null, 3).stream().map(ArticleSummary::id).toList());
        assertEquals(List.of("b9", "a5"), queries.newest(4 * HOUR, null, 10).stream().map(ArticleSummary::id).toList());
    }

    @Test
    void shouldTakeTheLatestHourOfAnyPartition() {
        assertEquals(12L, queries.latestHour());
    }
}
