package io.newsflow.enrich.topology;

import io.newsflow.core.schema.EnrichedArticle;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Marks an article {@code nearDuplicateOf} the most similar earlier article of another id, when their estimated
 * Jaccard similarity over body shingles (see {@link MinHash}) reaches the threshold: a wire story re-published with a
 * new headline, a trimmed last paragraph or an added line. Candidates come from an LSH index of band keys, so a lookup
 * reads a few entries, not every article; both stores are time-stamped and expire with the retention. Runs in the
 * topology's single-partition stage, so that every article meets every other. Exact copies ({@code duplicateOf}) are
 * passed on as they are: their first is indexed already.
 */
final class NearDuplicateStage implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {

    /** Most candidates compared per article: a boilerplate text shared by thousands must not stall the stage. */
    static final int MAX_CANDIDATES = 200;

    private final String signatureStore;
    private final String bandStore;
    private final Duration retention;
    private final double threshold;
    private final EnrichObserver observer;
    private FixedKeyProcessorContext<String, EnrichedArticle> context;
    private RecentStore<byte[]> signatures;
    private RecentStore<String> bands;

    NearDuplicateStage(String signatureStore, String bandStore, Duration retention, double threshold, EnrichObserver observer) {
        this.signatureStore = signatureStore;
        this.bandStore = bandStore;
        this.retention = retention;
        this.threshold = threshold;
        this.observer = observer;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.signatures = new RecentStore<>(context.getStateStore(signatureStore), retention);
        this.bands = new RecentStore<>(context.getStateStore(bandStore), retention);
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        int[] sig = article.duplicateOf() == null ? MinHash.signature(article.body()) : null;
        if (sig == null) {
            context.forward(record);
            return;
        }
        long now = record.timestamp();
        java.util.List<String> keys = MinHash.bands(sig);
        Set<String> compared = new HashSet<>();
        compared.add(article.id());
        String best = null;
        double bestScore = -1;
        for (String key : keys) {
            for (String candidate : bands.all(key, now, MAX_CANDIDATES)) {
                if (compared.size() > MAX_CANDIDATES || !compared.add(candidate)) {
                    continue;
                }
                byte[] other = signatures.latest(candidate, now);
                if (other == null) {
                    continue;
                }
                double score = MinHash.similarity(sig, MinHash.fromBytes(other));
                if (score >= threshold && score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        signatures.put(article.id(), MinHash.toBytes(sig), now);
        for (String key : keys) {
            bands.put(key, article.id(), now);
        }
        if (best != null) {
            observer.nearDuplicate();
            article = article.withNearDuplicateOf(best, Math.round(bestScore * 1000) / 1000.0);
        }
        context.forward(record.withValue(article));
    }
}
