package io.newsflow.core;

/** Default topic names. Each service can be pointed at others by its settings. */
public final class Topics {
    public static final String RAW = "news.raw";
    public static final String ENRICHED = "news.enriched";
    public static final String DLQ = "news.dlq";

    private Topics() {
    }
}
