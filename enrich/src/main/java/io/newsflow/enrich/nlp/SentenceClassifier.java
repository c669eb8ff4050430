package io.newsflow.enrich.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsflow.core.schema.EntityType;
import java.util.List;

/**
 * Gives each token of one tokenized sentence an entity class. Implementations leave the tokens they are given
 * unchanged (a model classifies copies) and are thread-safe, so one instance serves every stream thread.
 */
interface SentenceClassifier {

    /** One type per token, null for outside; same length and order as {@code sentence}. */
    EntityType[] classify(List<CoreLabel> sentence);

    /** What classifies, for the pipeline version and the evaluation reports ("english.all.3class.distsim"). */
    String describe();
}
