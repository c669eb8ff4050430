package io.newsflow.enrich.figures;

import static io.newsflow.enrich.figures.Lexicon.EVENT_CUES;

/**
 * The event of a count's clause (KILL, WOUND, ARREST, AFFECT, ...): the counted noun when it names an outcome ("six
 * deaths"), the count's own predicate ("35 were rescued"), else the nearest cue word in the sentence.
 */
final class EventReader {

    private static final int EVENT_WINDOW = 12;
    private static final int BACK_WINDOW = 12;

    private final Tokens t;
    private final Sentences sentences;

    EventReader(Tokens t, Sentences sentences) {
        this.t = t;
        this.sentences = sentences;
    }

    /**
     * The event of the figure's clause. A counted noun that names an outcome ("six deaths") decides alone. When the
     * figure is the subject of its own predicate ("35 were rescued") only that predicate counts; otherwise the nearest
     * cue word in the sentence, after it or before it. The object's own words ("16 wounded soldiers") come last.
     */
    String event(FigureDraft f) {
        if (f.head >= 0 && Lexicon.OUTCOME_NOUNS.containsKey(t.lower(f.head))) {
            return Lexicon.OUTCOME_NOUNS.get(t.lower(f.head));
        }
        for (int k = f.objFirst; k >= 0 && k <= f.objLast; k++) {
            String w = t.lower(k);
            if ((w.endsWith("ed") || w.equals("dead")) && cue(k) != null) {
                return cue(k); // "25 wounded people": the object says what happened to them
            }
        }
        if (t.lower(f.first - 1).equals("per")) {
            return null; // "18.9 deaths per 100,000 people": a rate's base is not a count of victims
        }
        int s = sentences.id(f.numFirst);
        if (hasOwnPredicate(f.last + 1)) {
            for (int k = f.last + 1; k < t.size() && k <= f.last + EVENT_WINDOW && sentences.id(k) == s; k++) {
                String e = cue(k);
                if (e != null) {
                    return e;
                }
            }
            return objectCue(f);
        }
        String before = null;
        int beforeDistance = Integer.MAX_VALUE;
        for (int k = f.first - 1; k >= 0 && k >= f.first - BACK_WINDOW && sentences.id(k) == s; k--) {
            String e = cue(k);
            if (e != null) {
                before = e;
                beforeDistance = f.first - k;
                break;
            }
        }
        for (int k = f.last + 1; k < t.size() && k <= f.last + EVENT_WINDOW && sentences.id(k) == s; k++) {
            String e = cue(k);
            if (e != null) {
                if (k - f.last <= beforeDistance) {
                    return e;
                }
                break;
            }
        }
        return before != null ? before : objectCue(f);
    }

    private String cue(int k) {
        if (!t.isWord(k)) {
            return null;
        }
        if (t.lower(k).equals("without")) {
            String what = t.lower(k + 1);
            return what.equals("power") || what.equals("electricity") || what.equals("water") || what.equals("shelter")
                    ? "AFFECT" : null;
        }
        return EVENT_CUES.get(t.lower(k));
    }

    private String objectCue(FigureDraft f) {
        if (f.objFirst >= 0) {
            for (int k = f.objFirst; k <= f.objLast; k++) {
                String e = cue(k);
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    private boolean hasOwnPredicate(int k) {
        return switch (t.lower(k)) {
            case "were", "was", "are", "is", "have", "has", "had", "remain", "remained", "remains", "will", "would",
                 "could", "may", "might", "had been", "reportedly" -> true;
            default -> false;
        };
    }
}
