package io.newsflow.serve.query;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** This instance's local view of a key-value store: the running Streams client's, or a test driver's. */
@FunctionalInterface
public interface StoreSource {
    <V> ReadOnlyKeyValueStore<String, V> store(String name);
}
