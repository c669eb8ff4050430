package io.newsflow.enrich.figures;

/**
 * The text cut in one left-to-right pass into words, numbers, clock times, URLs and single punctuation characters,
 * kept in parallel arrays (no object per token). Offsets are UTF-16 indices into the original text.
 *
 * <p>A number token is ASCII digits with thousands groups ("8,000": a comma only before exactly three digits, so
 * "1,2,3" is three numbers) and at most one decimal point; "14:30" is a {@link #CLOCK}. Digit strings that cannot be
 * quantities (versions such as "1.2.3", more than 15 integer digits, a leading zero) are flagged {@link #isOdd}.
 */
final class Tokens {

    static final byte WORD = 0;
    static final byte NUM = 1;
    static final byte CLOCK = 2;
    static final byte PUNCT = 3;
    static final byte URL = 4;

    private static final int MAX_DIGITS = 15;

    final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private byte[] types;
    private boolean[] odd;
    private boolean[] paragraph;
    private boolean[] line;
    private String[] lower;

    private Tokens(String text) {
        this.text = text;
        int capacity = Math.max(16, text.length() / 4);
        starts = new int[capacity];
        ends = new int[capacity];
        types = new byte[capacity];
        odd = new boolean[capacity];
        paragraph = new boolean[capacity];
        line = new boolean[capacity];
        lower = new String[capacity];
    }

    static Tokens of(String text) {
        Tokens t = new Tokens(text);
        t.cut();
        return t;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    byte type(int i) {
        return i >= 0 && i < size ? types[i] : -1;
    }

    boolean isWord(int i) {
        return type(i) == WORD;
    }

    boolean isNum(int i) {
        return type(i) == NUM;
    }

    boolean isOdd(int i) {
        return i >= 0 && i < size && odd[i];
    }

    /** Lower-cased text of token i, or "" outside the text: lets look-ahead run off either end safely. */
    String lower(int i) {
        return i >= 0 && i < size ? lower[i] : "";
    }

    String raw(int i) {
        return i >= 0 && i < size ? text.substring(starts[i], ends[i]) : "";
    }

    boolean is(int i, char c) {
        return type(i) == PUNCT && ends[i] - starts[i] == 1 && text.charAt(starts[i]) == c;
    }

    boolean isDash(int i) {
        if (type(i) != PUNCT || ends[i] - starts[i] != 1) {
            return false;
        }
        char c = text.charAt(starts[i]);
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014';
    }

    /** True when token i touches the token before it, with no space between ("G20" is "G" glued to "20"). */
    boolean glued(int i) {
        return i > 0 && i < size && starts[i] == ends[i - 1];
    }

    /** True when a blank line (or the start of the text) precedes token i. */
    boolean paragraphStart(int i) {
        return i <= 0 || (i < size && paragraph[i]);
    }

    /** True when a line break (or the start of the text) precedes token i. */
    boolean lineStart(int i) {
        return i <= 0 || (i < size && line[i]);
    }

    boolean capitalized(int i) {
        return i >= 0 && i < size && types[i] == WORD && Character.isUpperCase(text.charAt(starts[i]));
    }

    /** Whether word i has a capital letter after its first ("iPhone", "PlayStation"). */
    boolean innerCapital(int i) {
        if (type(i) != WORD) {
            return false;
        }
        for (int k = starts[i] + 1; k < ends[i]; k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    boolean allCaps(int i) {
        if (type(i) != WORD || ends[i] - starts[i] < 2) {
            return false;
        }
        for (int k = starts[i]; k < ends[i]; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    int digitCount(int i) {
        int n = 0;
        for (int k = starts[i]; k < ends[i]; k++) {
            char c = text.charAt(k);
            if (c == '.') {
                break;
            }
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    boolean plainInteger(int i) {
        if (type(i) != NUM) {
            return false;
        }
        for (int k = starts[i]; k < ends[i]; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private void cut() {
        int n = text.length();
        int p = 0;
        boolean blankLine = true;
        boolean newLine = true;
        while (p < n) {
            int newlines = 0;
            while (p < n && isSpace(text.charAt(p))) {
                if (text.charAt(p) == '\n') {
                    newlines++;
                }
                p++;
            }
            if (p >= n) {
                break;
            }
            blankLine |= newlines >= 2;
            newLine |= newlines >= 1;
            lineFlag = newLine;
            newLine = false;
            int chunkEnd = p;
            while (chunkEnd < n && !isSpace(text.charAt(chunkEnd))) {
                chunkEnd++;
            }
            int urlEnd = urlEnd(p, chunkEnd);
            if (urlEnd > p) {
                add(p, urlEnd, URL, false, blankLine);
                blankLine = false;
                p = urlEnd;
            }
            while (p < chunkEnd) {
                p = cutOne(p, chunkEnd, blankLine);
                blankLine = false;
            }
        }
    }

    private int cutOne(int p, int limit, boolean blankLine) {
        char c = text.charAt(p);
        if (c >= '0' && c <= '9') {
            return cutNumber(p, limit, blankLine);
        }
        int cp = text.codePointAt(p);
        if (Character.isLetter(cp)) {
            int q = p + Character.charCount(cp);
            while (q < limit) {
                int next = text.codePointAt(q);
                if (!Character.isLetter(next) && Character.getType(next) != Character.NON_SPACING_MARK) {
                    break;
                }
                q += Character.charCount(next);
            }
            add(p, q, WORD, false, blankLine);
            return q;
        }
        int q = p + Character.charCount(cp);
        add(p, q, PUNCT, false, blankLine);
        return q;
    }

    private int cutNumber(int p, int limit, boolean blankLine) {
        int q = digits(p, limit);
        int intDigits = q - p;
        boolean grouped = false;
        boolean clock = false;
        boolean isOdd = false;
        // thousands groups: "8,000", "1,234,567"; the first group has at most three digits
        if (intDigits <= 3) {
            while (q < limit && text.charAt(q) == ',' && digits(q + 1, limit) - (q + 1) == 3) {
                grouped = true;
                q += 4;
            }
        }
        if (!grouped && intDigits <= 2 && q < limit && text.charAt(q) == ':' && digits(q + 1, limit) - (q + 1) == 2) {
            clock = true;
            q += 3;
            if (q < limit && text.charAt(q) == ':' && digits(q + 1, limit) - (q + 1) == 2) {
                q += 3;
                if (q + 1 < limit && text.charAt(q) == '.' && isDigit(text.charAt(q + 1))) {
                    q = digits(q + 1, limit); // "1:59:40.2"
                }
            }
        } else if (q + 1 < limit && text.charAt(q) == '.' && isDigit(text.charAt(q + 1))) {
            q = digits(q + 1, limit);
            // a second decimal point makes it a version or an address: keep it whole, not a quantity
            while (q + 1 < limit && text.charAt(q) == '.' && isDigit(text.charAt(q + 1))) {
                isOdd = true;
                q = digits(q + 1, limit);
            }
        }
        if (intDigits > MAX_DIGITS || (intDigits > 1 && text.charAt(p) == '0' && !clock && !grouped
                && !(q < limit && text.charAt(q) == '.'))) {
            isOdd = true;
        }
        add(p, q, clock ? CLOCK : NUM, isOdd, blankLine);
        return q;
    }

    private int digits(int p, int limit) {
        while (p < limit && isDigit(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** End of a URL, e-mail address or handle starting the chunk, trailing punctuation left out; else start. */
    private int urlEnd(int start, int chunkEnd) {
        boolean url = false;
        for (int k = start; k < chunkEnd; k++) {
            char c = text.charAt(k);
            if ((c == ':' && k + 2 < chunkEnd && text.charAt(k + 1) == '/' && text.charAt(k + 2) == '/')
                    || (c == '@' && k + 1 < chunkEnd && Character.isLetterOrDigit(text.charAt(k + 1)))) {
                url = true;
                break;
            }
        }
        if (!url && chunkEnd - start > 4 && text.regionMatches(true, start, "www.", 0, 4)) {
            url = true;
        }
        if (!url) {
            return start;
        }
        int e = chunkEnd;
        while (e > start && ".,;:!?)]}\"'\u201d\u2019>".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    private boolean lineFlag;

    private void add(int s, int e, byte type, boolean isOdd, boolean blankLine) {
        if (size == starts.length) {
            int cap = size * 2;
            starts = java.util.Arrays.copyOf(starts, cap);
            ends = java.util.Arrays.copyOf(ends, cap);
            types = java.util.Arrays.copyOf(types, cap);
            odd = java.util.Arrays.copyOf(odd, cap);
            paragraph = java.util.Arrays.copyOf(paragraph, cap);
            lower = java.util.Arrays.copyOf(lower, cap);
            line = java.util.Arrays.copyOf(line, cap);
        }
        starts[size] = s;
        ends[size] = e;
        types[size] = type;
        odd[size] = isOdd;
        paragraph[size] = blankLine;
        line[size] = lineFlag;
        lineFlag = false;
        lower[size] = type == WORD ? text.substring(s, e).toLowerCase(java.util.Locale.ROOT) : text.substring(s, e);
        size++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }
}
