package io.newsflow.enrich.topology;

/**
 * Maps character offsets of one text onto another that differs only in whitespace, letter case and curly quotes
 * (what {@code ArticleIds.contentHash} ignores), so that a copy can reuse the first article's mentions at its own
 * offsets. Texts that differ in anything else (say, NFKC-folded ligatures) do not align: the copy is then enriched
 * on its own.
 */
final class TextAlignment {

    /** For each offset of the first text, the offset in the second of the same character; -1 for whitespace. */
    private final int[] map;
    private final String to;

    private TextAlignment(int[] map, String to) {
        this.map = map;
        this.to = to;
    }

    /** The alignment of {@code from} onto {@code to}, or null when they differ in more than the ignored ways. */
    static TextAlignment of(String from, String to) {
        String a = from == null ? "" : from;
        String b = to == null ? "" : to;
        int[] map = new int[a.length()];
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && Character.isWhitespace(a.charAt(i))) {
                map[i++] = -1;
            }
            while (j < b.length() && Character.isWhitespace(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length() ? new TextAlignment(map, b) : null;
            }
            if (fold(a.charAt(i)) != fold(b.charAt(j))) {
                return null;
            }
            map[i++] = j++;
        }
    }

    /** The span {@code [start, end)} of the first text as a span of the second, or null if it has no characters. */
    int[] span(int start, int end) {
        int s = start;
        while (s < end && s < map.length && map[s] < 0) {
            s++;
        }
        int e = Math.min(end, map.length) - 1;
        while (e >= s && map[e] < 0) {
            e--;
        }
        if (s >= map.length || e < s) {
            return null;
        }
        return new int[] {map[s], map[e] + 1};
    }

    String text(int[] span) {
        return to.substring(span[0], span[1]);
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019' -> '\'';
            case '\u201c', '\u201d' -> '"';
            default -> Character.toLowerCase(c);
        };
    }
}
