package io.newsflow.enrich.topology;

import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.Enricher;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Enriches an article, once per content. Records arrive keyed by the hash of their normalized text, so every copy of
 * a text meets here. The first of a text is enriched and remembered; a later one (the same article re-sent, or the
 * same text under another id) reuses that enrichment without running the NER, marked {@code duplicateOf} the first
 * id when its id differs. A text is remembered only once it is enriched and fits {@code maxRecordBytes}, so a failure
 * never keeps it from being tried again. An article that makes the NLP fail, or whose enriched record would be too
 * large to produce, goes to the DLQ with its original key and value bytes, and the stream goes on.
 */
final class ContentStage implements FixedKeyProcessor<String, Routed, Routed> {

    private final String storeName;
    private final Duration retention;
    private final Enricher enricher;
    private final long maxRecordBytes;
    private final EnrichObserver observer;
    private final Clock clock;
    private FixedKeyProcessorContext<String, Routed> context;
    private RecentStore<EnrichedArticle> firsts;

    /** @param storeName the store of first enrichments by content hash, or null to remember nothing (dedupe off) */
    ContentStage(String storeName, Duration retention, Enricher enricher, long maxRecordBytes, EnrichObserver observer, Clock clock) {
        this.storeName = storeName;
        this.retention = retention;
        this.enricher = enricher;
        this.maxRecordBytes = maxRecordBytes;
        this.observer = observer;
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Routed> context) {
        this.context = context;
        if (storeName != null) {
            this.firsts = new RecentStore<>(context.getStateStore(storeName), retention);
        }
    }

    @Override
    public void process(FixedKeyRecord<String, Routed> record) {
        Routed in = record.value();
        RawArticle article = in.raw();
        String hash = record.key();
        EnrichedArticle first = firsts == null ? null : firsts.latest(hash, record.timestamp());
        EnrichedArticle out;
        try {
            out = first == null ? null : CopyOf.of(first, article, clock.instant().toString());
            if (out == null) {
                long started = System.nanoTime();
                out = enricher.enrich(article);
                observer.enriched(Duration.ofNanos(System.nanoTime() - started), out.entities().size(), out.figures().size());
            }
        } catch (RuntimeException | StackOverflowError e) {
            context.forward(record.withValue(Routed.dead(DeadLetter.of(DeadLetter.PROCESSING, e), in.originalKey(), in.originalValue())));
            return;
        }
        out = out.withVersion(1, hash, null);
        int size = Serdes.ENRICHED.toBytes(out).length;
        if (size > maxRecordBytes) {
            context.forward(record.withValue(Routed.dead(new DeadLetter(DeadLetter.TOO_LARGE, "max-record-bytes",
                    "the enriched article is " + size + " bytes, more than --max-record-bytes " + maxRecordBytes
                            + " (a long body dense with entities and figures)"), in.originalKey(), in.originalValue())));
            return;
        }
        if (first == null && firsts != null) {
            firsts.put(hash, out, record.timestamp());
        }
        if (first != null && !first.id().equals(article.id())) {
            out = out.withDuplicateOf(first.id());
        }
        context.forward(record.withValue(Routed.enriched(out)));
    }
}
