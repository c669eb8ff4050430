package io.newsflow.enrich.entities;

import io.newsflow.enrich.nlp.CoreNlpTagger;

/** The entity extractors Newsflow ships. */
public final class EntityExtractors {

    private static final class Shared {
        private static final EntityExtractor CORE_NLP =
                new ResolvingEntityExtractor(CoreNlpTagger.shared(), TagRefiner.standard());
    }

    private EntityExtractors() {
    }

    /**
     * The CoreNLP 4-class CRF with Newsflow's cleanup, gazetteer and grouping: one shared, thread-safe instance per
     * process. The model (about 85 MB of heap) loads on the first extraction; call {@link CoreNlpTagger#preload()}
     * to load it earlier.
     */
    public static EntityExtractor coreNlp() {
        return Shared.CORE_NLP;
    }
}
