package io.newsflow.core;

/**
 * Headers of a record in {@code news.dlq}. The record keeps the original key and value bytes; these say why it is
 * there and where it came from, so that it can be inspected and replayed once the cause is fixed.
 */
public final class DeadLetterHeaders {
    /** Short machine-readable reason: deserialization, invalid, too-large, processing, ... */
    public static final String REASON = "newsflow.dlq.reason";
    public static final String ERROR_CLASS = "newsflow.dlq.error.class";
    public static final String ERROR_MESSAGE = "newsflow.dlq.error.message";
    public static final String SOURCE_TOPIC = "newsflow.dlq.source.topic";
    public static final String SOURCE_PARTITION = "newsflow.dlq.source.partition";
    public static final String SOURCE_OFFSET = "newsflow.dlq.source.offset";
    public static final String SERVICE = "newsflow.dlq.service";
    /** ISO-8601 instant at which the record was dead-lettered. */
    public static final String TIME = "newsflow.dlq.time";

    /**
     * Set instead of copying a value larger than the producer may send (enrich's {@code --max-record-bytes}): the
     * original value's size in bytes. The record then has no value; the original stays in the source topic at the
     * source partition and offset. {@code dlq replay} skips such records.
     */
    public static final String VALUE_OMITTED = "newsflow.dlq.value.omitted";

    private DeadLetterHeaders() {
    }
}
