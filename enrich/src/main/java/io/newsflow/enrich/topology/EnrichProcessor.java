package io.newsflow.enrich.topology;

import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.Enricher;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Enriches one article; an article that makes the NLP fail goes to the DLQ instead of stopping the partition. */
final class EnrichProcessor implements FixedKeyProcessor<String, RawArticle, Routed> {

    private final Enricher enricher;
    private final EnrichObserver observer;
    private FixedKeyProcessorContext<String, Routed> context;

    EnrichProcessor(Enricher enricher, EnrichObserver observer) {
        this.enricher = enricher;
        this.observer = observer;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Routed> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        long started = System.nanoTime();
        Routed routed;
        try {
            EnrichedArticle enriched = enricher.enrich(record.value());
            observer.enriched(Duration.ofNanos(System.nanoTime() - started), enriched.entities().size(), enriched.figures().size());
            routed = Routed.enriched(enriched);
        } catch (RuntimeException | StackOverflowError e) {
            byte[] key = record.key() == null ? null : record.key().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            routed = Routed.dead(DeadLetter.of(DeadLetter.PROCESSING, e), key, Serdes.RAW.toBytes(record.value()));
        }
        context.forward(record.withValue(routed));
    }
}
