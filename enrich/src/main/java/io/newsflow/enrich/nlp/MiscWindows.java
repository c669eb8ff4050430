package io.newsflow.enrich.nlp;

import io.newsflow.core.schema.EntityType;
import java.util.List;

/**
 * Where a sentence can still hold a MISC name once the PERSON/LOCATION/ORGANIZATION model has tagged it: the
 * capitalized words that model left outside ("Olympics", "Christian", "Boeing"), each with {@link #MARGIN} words of
 * context either side, overlapping windows merged. The first word of a sentence is no candidate, since any word is
 * capitalized there. A sentence with no candidate gives no window, so the MISC model does not run on it at all.
 */
final class MiscWindows {

    /**
     * Words of context either side of a candidate: the MISC model's word, n-gram and shape features read the word
     * before and after, and its sequence features the two labels before; two words give each candidate all of them.
     */
    static final int MARGIN = 2;

    private MiscWindows() {
    }

    /** Whether the token at {@code i} may be (part of) a name the first model missed. */
    static boolean isCandidate(String word, EntityType type, int i) {
        return i > 0 && type == null && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** The windows of a sentence, in order, not overlapping; empty when no word is a candidate. */
    static List<TokenWindows.Window> of(List<String> words, EntityType[] types) {
        return TokenWindows.around(words.size(), i -> isCandidate(words.get(i), types[i], i), MARGIN);
    }
}
