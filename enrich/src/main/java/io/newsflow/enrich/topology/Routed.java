package io.newsflow.enrich.topology;

import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.RawArticle;

/**
 * What a step of the topology hands on: the article (raw or enriched), or the reason it goes to the DLQ. A raw
 * article and a dead letter carry the record's original key and value bytes, so that a failure at any later step
 * dead-letters exactly what was consumed. Branching on it keeps one bad record from stopping the stream.
 */
public record Routed(RawArticle raw, EnrichedArticle enriched, DeadLetter deadLetter, byte[] originalKey, byte[] originalValue) {

    /** A valid article, with the key and value bytes it was read from. */
    public static Routed raw(RawArticle article, byte[] originalKey, byte[] originalValue) {
        return new Routed(article, null, null, originalKey, originalValue);
    }

    public static Routed enriched(EnrichedArticle article) {
        return new Routed(null, article, null, null, null);
    }

    public static Routed dead(DeadLetter reason, byte[] originalKey, byte[] originalValue) {
        return new Routed(null, null, reason, originalKey, originalValue);
    }

    public boolean isDead() {
        return deadLetter != null;
    }
}
