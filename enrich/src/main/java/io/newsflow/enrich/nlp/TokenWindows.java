package io.newsflow.enrich.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Runs of a sentence's tokens to hand to a CRF: each candidate token with a margin of context either side,
 * overlapping or touching windows merged. A sentence with no candidate gives no window.
 */
final class TokenWindows {

    /** Tokens {@code [start, end)} of the sentence. */
    record Window(int start, int end) {
    }

    private TokenWindows() {
    }

    /** The windows of a sentence of {@code size} tokens, in order, not overlapping. */
    static List<Window> around(int size, IntPredicate candidate, int margin) {
        List<Window> windows = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = 0; i < size; i++) {
            if (!candidate.test(i)) {
                continue;
            }
            int from = Math.max(0, i - margin);
            int to = Math.min(size, i + margin + 1);
            if (start >= 0 && from <= end) {
                end = to;
            } else {
                if (start >= 0) {
                    windows.add(new Window(start, end));
                }
                start = from;
                end = to;
            }
        }
        if (start >= 0) {
            windows.add(new Window(start, end));
        }
        return windows;
    }
}
