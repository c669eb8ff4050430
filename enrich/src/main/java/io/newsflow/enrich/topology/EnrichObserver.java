package io.newsflow.enrich.topology;

import java.time.Duration;

/** What the topology reports as it works; the service turns it into metrics. Calls come from stream threads. */
public interface EnrichObserver {
    EnrichObserver NONE = new EnrichObserver() {
    };

    default void articleIn() {
    }

    /** An article seen before: by {@code id} (re-sent, dropped), {@code content} (a copy, published), {@code superseded}. */
    default void duplicate(String by) {
    }

    /** An article published marked as a near-duplicate. */
    default void nearDuplicate() {
    }

    /** An article written to the output topic (enriched, or a copy). */
    default void published() {
    }

    default void deadLettered(String reason) {
    }

    /** The NER and figures ran on an article. */
    default void enriched(Duration latency, int entities, int figures) {
    }
}
