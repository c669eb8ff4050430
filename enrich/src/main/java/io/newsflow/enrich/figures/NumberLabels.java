package io.newsflow.enrich.figures;

import static io.newsflow.enrich.figures.Lexicon.CURRENCY_CODES;
import static io.newsflow.enrich.figures.Lexicon.MEASURES;
import static io.newsflow.enrich.figures.Lexicon.MONTHS;

/**
 * Numbers that are names, not quantities: "G20", "Boeing 737", "Covid-19", "24/7", "[3]", "1)", "4G", "Train No. 23",
 * "Internet Explorer 6". A number of three digits or more once read as a name stays one when the text comes back to
 * it without a counted noun ("a Boeing 707 ... the 707 was a freighter"), as does one joined to a name ("the A300 and
 * 747").
 */
final class NumberLabels {

    private final Tokens t;
    private java.util.Set<String> names; // digits already read as names in this text; most texts have none

    NumberLabels(Tokens t) {
        this.t = t;
    }

    boolean isLabel(int i) {
        if (isName(i)) {
            if (t.plainInteger(i) && t.digitCount(i) >= 3) {
                if (names == null) {
                    names = new java.util.HashSet<>();
                }
                names.add(t.raw(i));
            }
            return true;
        }
        if (t.plainInteger(i) && t.digitCount(i) >= 3 && !t.glued(i) && !isCounted(i + 1)) {
            if (names != null && names.contains(t.raw(i))) {
                return true; // "the 707 was a freighter" after "a Boeing 707"
            }
            String joint = t.lower(i - 1);
            if ((joint.equals("and") || joint.equals("or")) && t.isNum(i - 2) && t.glued(i - 2) && t.isWord(i - 3)) {
                return true; // "the A300 and 747"
            }
        }
        return false;
    }

    /** "232 to 196", "3-1", "4 and 2": the number is one side of a vote, a score or a range, which count. */
    private boolean isTally(int i) {
        String next = t.lower(i + 1);
        return ((next.equals("to") || next.equals("and") || next.equals("or")) && t.isNum(i + 2))
                || (t.isDash(i + 1) && t.glued(i + 1));
    }

    /** Whether token k says what a number before it counts or measures: a plural noun, a unit, "%", a currency. */
    private boolean isCounted(int k) {
        if (t.is(k, '%')) {
            return true;
        }
        if (!t.isWord(k)) {
            return false;
        }
        String w = t.lower(k);
        return NounForms.isPluralNoun(w) || MEASURES.containsKey(w) || Lexicon.DURATIONS.containsKey(w)
                || Lexicon.CURRENCY_WORDS.containsKey(w) || Lexicon.SCALES.containsKey(w) || w.equals("percent");
    }

    private boolean isName(int i) {
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
        if (t.isWord(prev) && !t.glued(i) && Lexicon.LABEL_HEADS.contains(t.lower(prev)) && t.plainInteger(i)
                && t.digitCount(i) <= 4 && !isCounted(i + 1) && !isTally(i)) {
            return true; // "phase 2", "gate 7", "type 2 diabetes": the number labels the noun before it
        }
        if (t.is(prev, '.') && t.glued(prev) && !t.glued(i) && t.capitalized(prev - 1)
                && Lexicon.LABEL_HEADS.contains(t.lower(prev - 1))) {
            return true; // "Train No. 23", "Vol. 2"
        }
        if (inName(i)) {
            return true; // "Internet Explorer 6", "the Caloi 10", "Movimento 5 Stelle"
        }
        if (t.isWord(prev) && !t.glued(i) && hasInnerCapital(prev)) {
            return true; // "iPhone 11", "PlayStation 4": a brand written with a capital inside
        }
        if (!t.glued(i) && isStreet(i + 1)) {
            return true; // "10 Downing Street", "221 Baker Street": an address
        }
        if (t.isWord(prev) && !t.glued(i) && t.allCaps(prev) && !CURRENCY_CODES.containsKey(t.lower(prev))
                && !MEASURES.containsKey(t.lower(prev)) && !MONTHS.containsKey(t.lower(prev))
                && t.digitCount(i) <= 4 && !t.allCaps(prev - 1)) {
            return true; // "COP 26", "ISO 9001"
        }
        return false;
    }

    /** A word with a capital letter after its first ("iPhone", "PlayStation"), not an all-capitals acronym. */
    private boolean hasInnerCapital(int k) {
        return t.end(k) - t.start(k) >= 3 && t.innerCapital(k) && !t.allCaps(k);
    }

    /** One or two capitalised words ending in a street word: the number before them is a house number. */
    private boolean isStreet(int k) {
        for (int m = k; m < k + 3 && t.capitalized(m); m++) {
            if (m > k && STREETS.contains(t.lower(m))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> STREETS = java.util.Set.of(
            "street", "road", "avenue", "lane", "boulevard", "drive", "place", "square", "terrace", "crescent", "way",
            "rd", "st", "ave", "blvd");

    /**
     * A number inside a capitalised name: after a capitalised word that itself follows a capitalised word, an article
     * or a possessive ("Internet Explorer 6", "the Caloi 10", "Microsoft's Explorer 9"), or between two capitalised
     * words ("Movimento 5 Stelle", "the Ineos 1:59 Challenge"). Not a year, not a number that counts or measures what
     * follows it ("Humberto 75 miles"), not a score ("Tulsa 63-7"), not an item of a list ("Labour 203, Greens 1").
     */
    boolean inName(int i) {
        int prev = i - 1;
        boolean clock = t.type(i) == Tokens.CLOCK;
        if (t.glued(i) || !t.capitalized(prev) || t.allCaps(prev) || !(clock || t.plainInteger(i))
                || (!clock && t.digitCount(i) > 4) || (t.digitCount(i) == 4 && !clock)) {
            return false;
        }
        String w = t.lower(prev);
        if (MONTHS.containsKey(w) || Lexicon.WEEKDAYS.containsKey(w) || CURRENCY_CODES.containsKey(w)
                || MEASURES.containsKey(w) || Lexicon.QUALIFIERS.contains(w) || Lexicon.STOP.contains(w)) {
            return false;
        }
        if (isCounted(i + 1) || isTally(i) || t.is(prev - 1, ',') || t.is(prev - 1, ';')
                || ((t.is(i + 1, ',') || t.is(i + 1, ';')) && t.capitalized(i + 2) && t.isNum(i + 3))) {
            return false;
        }
        boolean nameAfter = t.capitalized(i + 1) && !t.glued(i + 1) && !MONTHS.containsKey(t.lower(i + 1))
                && !Lexicon.WEEKDAYS.containsKey(t.lower(i + 1)) && !t.allCaps(i + 1);
        if (clock) {
            return nameAfter;
        }
        String before = t.lower(prev - 1);
        boolean nameBefore = (t.capitalized(prev - 1) && !t.is(prev - 2, '.')) || before.equals("the")
                || before.equals("a") || before.equals("an") || (before.equals("s") && t.is(prev - 2, '\''))
                || (before.equals("s") && t.is(prev - 2, '\u2019'));
        return nameBefore || nameAfter;
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
