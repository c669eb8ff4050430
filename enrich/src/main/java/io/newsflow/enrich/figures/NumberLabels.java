package io.newsflow.enrich.figures;

import static io.newsflow.enrich.figures.Lexicon.CURRENCY_CODES;
import static io.newsflow.enrich.figures.Lexicon.MEASURES;
import static io.newsflow.enrich.figures.Lexicon.MONTHS;

/** Numbers that are names, not quantities: "G20", "Boeing 737", "Covid-19", "24/7", "[3]", "1)", "4G". */
final class NumberLabels {

    private final Tokens t;

    NumberLabels(Tokens t) {
        this.t = t;
    }

    boolean isLabel(int i) {
        if (t.isOdd(i)) {
            return true;
        }
        int prev = i - 1;
        if (t.glued(i) && t.isWord(prev) && !CURRENCY_CODES.containsKey(t.lower(prev))) {
            return true; // "G20", "A380", "Su25"
        }
        if (t.glued(i) && (t.is(prev, '/') || t.is(prev, '.')) && t.glued(prev) && (t.isNum(prev - 1) || t.isWord(prev - 1))) {
            return true; // "24/7", "v.2", dates with slashes
        }
        if (t.is(prev, '[') && t.glued(i) && t.is(i + 1, ']')) {
            return true; // a citation mark "[3]"
        }
        if (t.is(i + 1, ':') && t.glued(i + 1) && t.isNum(i + 2) && t.glued(i + 2)) {
            return true; // a ratio or a verse "1:1"
        }
        if (t.is(prev, ':') && t.glued(i) && t.isNum(prev - 1) && t.glued(prev)) {
            return true;
        }
        if (t.is(i + 1, ')') && t.glued(i + 1) && !t.is(prev, '(') && t.digitCount(i) <= 2 && t.plainInteger(i)) {
            return true; // a list marker "1)"
        }
        if (t.lineStart(i) && t.is(i + 1, '.') && t.glued(i + 1) && !t.glued(i + 2) && t.digitCount(i) <= 2
                && t.plainInteger(i)) {
            return true; // a numbered line or footnote "1."
        }
        if (t.glued(i + 1) && t.isWord(i + 1)) {
            String suffix = t.lower(i + 1);
            String raw = t.raw(i + 1);
            if (!Lexicon.GLUED_SUFFIXES.contains(suffix) || raw.equals("G") || raw.equals("D")) {
                return true; // "4G", "3D", "737MAX"
            }
            if (suffix.equals("s") && !(t.plainInteger(i) && t.digitCount(i) == 4 && t.raw(i).endsWith("0"))) {
                return true; // "707s"; only decades "1990s" are numbers with a plural s
            }
            if (t.glued(i + 2) && t.isNum(i + 2)) {
                return true; // "3x4", "1h30"
            }
        }
        if (t.glued(i + 1) && (t.is(i + 1, '/')) && t.glued(i + 2) && t.isNum(i + 2)) {
            return true;
        }
        if (t.isDash(prev) && t.glued(i) && t.glued(prev) && t.isWord(prev - 1)) {
            String w = t.lower(prev - 1);
            if (!w.equals("mid") && !w.equals("pre") && !w.equals("post") && !w.equals("early") && !w.equals("late")
                    && !w.equals("magnitude") && !w.equals("over") && !w.equals("under") && !w.equals("top")
                    && !w.equals("aged") && !w.equals("than") && !w.equals("circa") && !w.equals("c")) {
                return true; // "Covid-19", "F-16", "MH-17"
            }
        }
        if (t.isWord(prev) && !t.glued(i) && t.capitalized(prev) && Lexicon.LABEL_HEADS.contains(t.lower(prev))) {
            return true; // "Boeing 737", "Article 5"
        }
        if (t.isWord(prev) && !t.glued(i) && t.allCaps(prev) && !CURRENCY_CODES.containsKey(t.lower(prev))
                && !MEASURES.containsKey(t.lower(prev)) && !MONTHS.containsKey(t.lower(prev))
                && t.digitCount(i) <= 4 && !t.allCaps(prev - 1)) {
            return true; // "COP 26", "ISO 9001"
        }
        return false;
    }

    /** Skips a run of digits joined by dashes, slashes or dots ("555-0123", "24/7", "1-0") as one label. */
    FigureDraft skipLabel(int i, int from) {
        int k = i;
        while ((t.isDash(k + 1) || t.is(k + 1, '/') || t.is(k + 1, '.')) && t.glued(k + 1) && t.glued(k + 2)
                && (t.isNum(k + 2) || t.isWord(k + 2))) {
            k += 2;
        }
        while (t.glued(k + 1) && (t.isWord(k + 1) || t.isNum(k + 1))) {
            k++;
        }
        return FigureDraft.skip(from, k);
    }
}
