package io.newsflow.enrich.topology;

import io.newsflow.core.schema.RawArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Forwards an article only the first time its dedupe key is seen within the retention window. The seen keys live in
 * a changelogged state store, so the memory of what was enriched survives restarts and moves with its partition.
 * The stream must be partitioned by the dedupe key, so that every copy meets the same store.
 */
final class Deduplicator implements FixedKeyProcessor<String, RawArticle, RawArticle> {

    private final String storeName;
    private final String by;
    private final Function<RawArticle, String> dedupeKey;
    private final Duration retention;
    private final EnrichObserver observer;
    private FixedKeyProcessorContext<String, RawArticle> context;
    private KeyValueStore<String, Long> seen;

    Deduplicator(String storeName, String by, Function<RawArticle, String> dedupeKey, Duration retention, EnrichObserver observer) {
        this.storeName = storeName;
        this.by = by;
        this.dedupeKey = dedupeKey;
        this.retention = retention;
        this.observer = observer;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, RawArticle> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
        Duration every = retention.dividedBy(10).compareTo(Duration.ofMinutes(10)) > 0 ? Duration.ofMinutes(10) : retention.dividedBy(10);
        context.schedule(every.isZero() ? Duration.ofSeconds(1) : every, PunctuationType.WALL_CLOCK_TIME, this::expire);
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        String key = dedupeKey.apply(record.value());
        Long firstSeen = seen.get(key);
        if (firstSeen != null && record.timestamp() - firstSeen < retention.toMillis()) {
            observer.duplicate(by);
            return;
        }
        seen.put(key, record.timestamp());
        context.forward(record);
    }

    private void expire(long now) {
        long cutoff = now - retention.toMillis();
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = seen.all()) {
            while (it.hasNext()) {
                KeyValue<String, Long> e = it.next();
                if (e.value < cutoff) {
                    old.add(e.key);
                }
            }
        }
        old.forEach(seen::delete);
    }
}
