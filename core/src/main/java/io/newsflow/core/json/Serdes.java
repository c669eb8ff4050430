package io.newsflow.core.json;

import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.RawArticle;

/** The serdes of the topics' values. Keys are article ids as UTF-8 strings. */
public final class Serdes {
    public static final JsonSerde<RawArticle> RAW = new JsonSerde<>(RawArticle.class);
    public static final JsonSerde<EnrichedArticle> ENRICHED = new JsonSerde<>(EnrichedArticle.class);

    private Serdes() {
    }
}
