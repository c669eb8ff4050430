package io.newsflow.enrich.eval;

import java.util.List;

/** One sentence of a CoNLL file: its tokens and their gold tags (last column, as written: "I-PER", "B-LOC", "O"). */
public record ConllSentence(List<String> tokens, List<String> tags) {

    public ConllSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
        }
    }
}
