package io.newsflow.enrich.topology;

import java.time.Duration;

/** What the topology reports as it works; the service turns it into metrics. Calls come from stream threads. */
public interface EnrichObserver {
    EnrichObserver NONE = new EnrichObserver() {
    };

    default void articleIn() {
    }

    default void duplicate(String by) {
    }

    default void deadLettered(String reason) {
    }

    default void enriched(Duration latency, int entities, int figures) {
    }
}
