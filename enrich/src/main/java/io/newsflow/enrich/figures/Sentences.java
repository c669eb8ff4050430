package io.newsflow.enrich.figures;

/** The sentence of every token: a new one after ".", "!", "?", ";" (not after "Mr." or "U.S.") and at each paragraph. */
final class Sentences {

    private final Tokens t;
    private final int[] ids;

    Sentences(Tokens t) {
        this.t = t;
        this.ids = new int[t.size()];
        int id = 0;
        for (int k = 0; k < t.size(); k++) {
            if (k > 0 && t.paragraphStart(k)) {
                id++;
            }
            ids[k] = id;
            if (t.is(k, '!') || t.is(k, '?') || t.is(k, ';') || (t.is(k, '.') && !abbreviation(k - 1))) {
                id++;
            }
        }
    }

    /** The sentence number of token k, which must be a token of the text. */
    int id(int k) {
        return ids[k];
    }

    /** "U.S.", "Mr.", "Gen." end with a dot but not a sentence. */
    private boolean abbreviation(int k) {
        if (!t.isWord(k) || !t.glued(k + 1)) {
            return false;
        }
        String w = t.lower(k);
        return w.length() == 1 || switch (w) {
            case "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "jr", "sr", "no",
                 "vs", "inc", "ltd", "co", "corp", "gov", "sen", "rep", "maj", "cpl", "pvt", "adm", "cmdr", "supt",
                 "insp", "det", "approx", "est", "fig", "vol", "jan", "feb", "aug", "sept", "oct", "nov", "dec" -> true;
            default -> false;
        };
    }

    /** Whether token i opens a sentence or a quotation: after a paragraph break, an end mark, a quote, a colon or "(". */
    boolean sentenceStart(int i) {
        return t.paragraphStart(i) || t.is(i - 1, '.') || t.is(i - 1, '!') || t.is(i - 1, '?') || t.is(i - 1, '"')
                || t.is(i - 1, '\u201c') || t.is(i - 1, ':') || t.is(i - 1, '(');
    }
}
