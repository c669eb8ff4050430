package io.newsflow.enrich.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * What was remembered about a key within the retention: a window store used as a time-stamped map. Entries are put
 * at their record's timestamp; a lookup sees only entries no older than the retention before the record at hand.
 * Expiry costs no scan: the store drops whole time segments once stream time has passed them (entries live between
 * one retention and one and a half), and a lookup never reads beyond its time range.
 */
final class RecentStore<V> {

    private final WindowStore<String, V> store;
    private final long retentionMs;

    RecentStore(WindowStore<String, V> store, Duration retention) {
        this.store = store;
        this.retentionMs = retention.toMillis();
    }

    /**
     * A changelogged window store. One-millisecond windows: only the time stamp matters. With {@code duplicates},
     * every put is kept (a multimap); without, a put replaces the entry of the same key and time.
     */
    static <V> StoreBuilder<WindowStore<String, V>> builder(String name, Duration retention, org.apache.kafka.common.serialization.Serde<V> values,
                                                           boolean duplicates) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(name, retention, Duration.ofMillis(1), duplicates),
                org.apache.kafka.common.serialization.Serdes.String(), values);
    }

    /** The newest entry for the key within the retention before {@code now}, or null. */
    V latest(String key, long now) {
        try (WindowStoreIterator<V> it = store.backwardFetch(key, from(now), Long.MAX_VALUE)) {
            return it.hasNext() ? it.next().value : null;
        }
    }

    /** Every entry for the key within the retention before {@code now}, newest first, at most {@code limit}. */
    List<V> all(String key, long now, int limit) {
        List<V> out = new ArrayList<>();
        try (WindowStoreIterator<V> it = store.backwardFetch(key, from(now), Long.MAX_VALUE)) {
            while (it.hasNext() && out.size() < limit) {
                KeyValue<Long, V> e = it.next();
                out.add(e.value);
            }
        }
        return out;
    }

    void put(String key, V value, long timestamp) {
        store.put(key, value, timestamp);
    }

    private long from(long now) {
        return Math.max(0, now - retentionMs);
    }
}
