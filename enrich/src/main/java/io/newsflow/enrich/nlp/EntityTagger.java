package io.newsflow.enrich.nlp;

import java.util.List;

/**
 * A named-entity tagger: the statistical model alone, before any cleanup. Implementations are thread-safe so one
 * instance serves every stream thread.
 */
public interface EntityTagger {

    /**
     * Tokenizes, splits into sentences and tags a text. Token offsets index into {@code text} exactly; a blank line
     * always ends a sentence.
     */
    List<TaggedSentence> tag(String text);

    /**
     * Tags one sentence that is already tokenized (gold tokens of an evaluation set). The tokens' offsets index into
     * the words joined by single spaces.
     */
    TaggedSentence tagTokens(List<String> words);
}
