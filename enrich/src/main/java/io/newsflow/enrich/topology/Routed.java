package io.newsflow.enrich.topology;

import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.RawArticle;

/**
 * What a step of the topology hands on: the article (raw or enriched), or the reason it goes to the DLQ together
 * with the bytes to put there. Branching on it keeps one bad record from stopping the stream.
 */
public record Routed(RawArticle raw, EnrichedArticle enriched, DeadLetter deadLetter, byte[] originalKey, byte[] originalValue,
                     boolean keyedById) {

    /** A valid article; {@code keyedById} tells whether its record key was its id, so it is partitioned by id. */
    public static Routed raw(RawArticle article, boolean keyedById) {
        return new Routed(article, null, null, null, null, keyedById);
    }

    public static Routed enriched(EnrichedArticle article) {
        return new Routed(null, article, null, null, null, true);
    }

    public static Routed dead(DeadLetter reason, byte[] originalKey, byte[] originalValue) {
        return new Routed(null, null, reason, originalKey, originalValue, false);
    }

    public boolean isDead() {
        return deadLetter != null;
    }
}
