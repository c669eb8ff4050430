package io.newsflow.serve.query;

import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** One partition's store for tests: a sorted map, iterated in key order as RocksDB does. */
final class MapStore<V> implements ReadOnlyKeyValueStore<String, V> {

    private final NavigableMap<String, V> map = new TreeMap<>();

    MapStore<V> with(String key, V value) {
        map.put(key, value);
        return this;
    }

    @Override
    public V get(String key) {
        return map.get(key);
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        return iterator(map.subMap(from, true, to, true));
    }

    @Override
    public KeyValueIterator<String, V> all() {
        return iterator(map);
    }

    @Override
    public KeyValueIterator<String, V> reverseAll() {
        return iterator(map.descendingMap());
    }

    @Override
    public long approximateNumEntries() {
        return map.size();
    }

    private static <V> KeyValueIterator<String, V> iterator(Map<String, V> entries) {
        Iterator<Map.Entry<String, V>> it = entries.entrySet().iterator();
        return new KeyValueIterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public KeyValue<String, V> next() {
                Map.Entry<String, V> e = it.next();
                return KeyValue.pair(e.getKey(), e.getValue());
            }

            @Override
            public String peekNextKey() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void close() {
            }
        };
    }
}
