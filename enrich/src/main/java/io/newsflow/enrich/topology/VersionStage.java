package io.newsflow.enrich.topology;

import io.newsflow.core.json.JsonSerde;
import io.newsflow.core.schema.EnrichedArticle;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Numbers the versions of an id. The first content seen under an id is version 1; a changed content (an edit, a
 * correction) is the next version, with the hash of the one before; the same content re-sent is dropped. Runs where
 * every id meets the same store (the topology's single-partition stage).
 *
 * <p>Copies are grouped by content before this stage, so two versions of one id sent moments apart may arrive here out
 * of order. Where both came from the same partition of the input topic, their offsets tell: a version older than the
 * one already published is superseded and dropped (counted), so the last version published is always the newest.
 */
final class VersionStage implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {

    /** The latest version of an id and where it was read from. */
    record Latest(String contentHash, int version, String sourceTopic, int sourcePartition, long sourceOffset) {
    }

    static final JsonSerde<Latest> SERDE = new JsonSerde<>(Latest.class);

    private final String storeName;
    private final Duration retention;
    private final EnrichObserver observer;
    private FixedKeyProcessorContext<String, EnrichedArticle> context;
    private RecentStore<Latest> latest;

    VersionStage(String storeName, Duration retention, EnrichObserver observer) {
        this.storeName = storeName;
        this.retention = retention;
        this.observer = observer;
    }

    /**
     * Why an article is not published, as the {@code by} of the duplicates metric: {@code id} for the content of the
     * id's latest version re-sent, {@code superseded} for an older version read after a newer one; null to publish.
     */
    static String dropReason(Latest last, String contentHash, SourceHeaders source) {
        if (last == null) {
            return null;
        }
        if (last.contentHash().equals(contentHash)) {
            return "id";
        }
        boolean samePartition = last.sourceTopic().equals(source.topic()) && last.sourcePartition() == source.partition();
        return samePartition && source.offset() < last.sourceOffset() ? "superseded" : null;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.latest = new RecentStore<>(context.getStateStore(storeName), retention);
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        SourceHeaders source = SourceHeaders.from(record.headers(), context.recordMetadata().orElseThrow());
        // The highest version, not the newest time stamp: producers' clocks need not agree.
        Latest last = latest.all(article.id(), record.timestamp(), Integer.MAX_VALUE).stream()
                .max(java.util.Comparator.comparingInt(Latest::version)).orElse(null);
        String dropped = dropReason(last, article.contentHash(), source);
        if (dropped != null) {
            observer.duplicate(dropped);
            return;
        }
        int version = last == null ? 1 : last.version() + 1;
        article = article.withVersion(version, article.contentHash(), last == null ? null : last.contentHash());
        latest.put(article.id(), new Latest(article.contentHash(), version, source.topic(), source.partition(), source.offset()),
                record.timestamp());
        if (article.duplicateOf() != null) {
            observer.duplicate("content");
        }
        context.forward(record.withValue(article));
    }
}
