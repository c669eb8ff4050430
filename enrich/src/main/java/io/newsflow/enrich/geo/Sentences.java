package io.newsflow.enrich.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentence bounds in a text, good enough to tie a figure to a place named next to it. */
final class Sentences {

    private static final Pattern END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?[A-Z0-9])|\\n\\s*");

    private Sentences() {
    }

    /** Start offsets of the sentences of {@code text}, first is 0. */
    static int[] starts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher m = END.matcher(text);
        while (m.find()) {
            if (m.end() < text.length()) {
                starts.add(m.end());
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Index of the sentence that holds {@code offset}. */
    static int of(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
