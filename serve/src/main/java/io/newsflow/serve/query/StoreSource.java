package io.newsflow.serve.query;

import java.util.List;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** This instance's local view of a key-value store: the running Streams client's, or a test driver's. */
@FunctionalInterface
public interface StoreSource {

    /** The store over every partition held here; a range over it runs partition after partition, not in key order. */
    <V> ReadOnlyKeyValueStore<String, V> store(String name);

    /**
     * The store of each partition held here, each in key order of its own: what a "newest first" query merges. One
     * store by default, for a source that keeps every partition in one store (a test driver).
     */
    default <V> List<ReadOnlyKeyValueStore<String, V>> partitions(String name) {
        return List.of(store(name));
    }
}
