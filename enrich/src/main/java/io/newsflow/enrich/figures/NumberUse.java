package io.newsflow.enrich.figures;

import static io.newsflow.enrich.figures.Lexicon.CARDINALS;
import static io.newsflow.enrich.figures.Lexicon.MONTHS;
import static io.newsflow.enrich.figures.Lexicon.ORDINALS;
import static io.newsflow.enrich.figures.Lexicon.SCALES;
import static io.newsflow.enrich.figures.Lexicon.VAGUE;
import static io.newsflow.enrich.figures.Lexicon.WEEKDAYS;

/**
 * Whether a number is used as a figure at all: a number word that starts one ("dozens", "a quarter"), an ordinal that
 * ranks something (not "first" as an adverb or in "first responders"), and a cardinal word that counts (not "one" as a
 * pronoun, "one of", "Formula One").
 */
final class NumberUse {

    private final Tokens t;
    private final Sentences sentences;
    private final CountedObject objects;
    private final NumberReader numbers;

    NumberUse(Tokens t, Sentences sentences, CountedObject objects, NumberReader numbers) {
        this.t = t;
        this.sentences = sentences;
        this.objects = objects;
        this.numbers = numbers;
    }

    /** A word that starts a number: a cardinal, ordinal, scale or vague word, "half", "a dozen", "a quarter". */
    boolean isNumberWord(int i) {
        String w = t.lower(i);
        if (CARDINALS.containsKey(w) || ORDINALS.containsKey(w) || VAGUE.containsKey(w) || SCALES.containsKey(w)
                || w.equals("dozen") || w.equals("tens") || w.equals("half")) {
            return true;
        }
        return (w.equals("a") || w.equals("an"))
                && (SCALES.containsKey(t.lower(i + 1)) || t.lower(i + 1).equals("dozen") || numbers.isFractionAfterA(i + 1));
    }

    /**
     * An ordinal that ranks something; not "first" as an adverb ("was first elected") or in fixed terms ("first
     * responders", "first-hand").
     */
    boolean ranks(NumberSpan n) {
        if (!t.lower(n.first).equals("first") || n.first != n.last) {
            return true;
        }
        String before = t.lower(n.first - 1);
        String after = t.lower(n.first + 1);
        switch (after) {
            case "responders", "responder", "aid", "lady", "hand", "degree", "name", "names", "language", "glance",
                 "and", "of", "off" -> {
                return false;
            }
            default -> {
            }
        }
        if (before.equals("at") && !t.isWord(n.first + 1)) {
            return false; // "at first,"
        }
        boolean determiner = objects.isDeterminer(n.first - 1) || before.equals("s") || before.equals("its");
        if (!determiner && SEQUENCE_AFTER.contains(after)) {
            return false; // "first as a computer model and then ...", "served first under President X": an adverb
        }
        boolean verbAfter = t.isWord(n.first + 1) && (after.endsWith("ed") || Lexicon.VERBS.contains(after))
                && !t.isDash(n.first + 1);
        return determiner || !verbAfter;
    }

    /** Words after which a bare "first" (no determiner before it) tells the order of events, not a rank. */
    private static final java.util.Set<String> SEQUENCE_AFTER = java.util.Set.of(
            "as", "under", "then", "when", "while", "after", "before", "via", "through");

    /**
     * "a very serious one.", "the current one,": "one" that ends a noun phrase opened by an article and adjectives
     * stands for a noun said before; it counts nothing. A verb between them ("the gunmen killed one") ends the search.
     */
    private boolean standsForANoun(int one) {
        if (t.isWord(one + 1) && !Lexicon.STOP.contains(t.lower(one + 1))) {
            return false;
        }
        for (int k = one - 1; k >= one - 3 && t.isWord(k); k--) {
            String w = t.lower(k);
            if (w.equals("a") || w.equals("an") || w.equals("the") || w.equals("this") || w.equals("that")) {
                return k < one - 1;
            }
            if (w.endsWith("ed") && (t.lower(k - 1).equals("a") || t.lower(k - 1).equals("an"))) {
                return true; // "albeit a failed one"
            }
            if (t.capitalized(k) || w.endsWith("ed") || Lexicon.VERBS.contains(w) || NounForms.isPluralNoun(w)
                    || (Lexicon.STOP.contains(w) && !w.equals("very") && !w.equals("more") && !w.equals("most"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * An ordinal in digits that names a unit rather than ranking it: followed by the unit's name ("the 501st Legion",
     * "82nd Airborne Division"), or standing alone for it as the subject of a verb ("The 139th was formed", "the 42nd
     * fought on").
     */
    boolean designates(NumberSpan n) {
        if (n.words) {
            return false;
        }
        int k = n.last + 1;
        for (int m = k; m < k + 3 && t.capitalized(m); m++) {
            if (MILITARY_UNITS.contains(t.lower(m))) {
                return true;
            }
        }
        String after = t.lower(k);
        boolean verb = t.isWord(k) && !t.capitalized(k) && (after.endsWith("ed") || Lexicon.VERBS.contains(after)
                || after.equals("along") || after.equals("was") || after.equals("were") || after.equals("had"));
        return verb && t.lower(n.first - 1).equals("the");
    }

    private static final java.util.Set<String> MILITARY_UNITS = java.util.Set.of(
            "legion", "regiment", "infantry", "division", "brigade", "battalion", "corps", "army", "fleet", "squadron",
            "wing", "airborne", "cavalry", "artillery", "volunteers", "marines", "battery", "guards", "rifles",
            "fusiliers", "dragoons", "hussars", "lancers", "commando", "flotilla");

    /** "one" as a pronoun and capitalised number words inside names ("Formula One") are not figures. */
    boolean counts(NumberSpan n) {
        String w = t.lower(n.first);
        if (n.first == n.last && w.equals("one")) {
            String before = t.isDash(n.first - 1) && t.glued(n.first) ? t.lower(n.first - 2) : t.lower(n.first - 1);
            String after = t.lower(n.first + 1);
            if (before.equals("but") && t.lower(n.first - 2).equals("all")) {
                return true; // "all but one of the crew" counts the one left out
            }
            if ((after.equals("hand") || after.equals("side")) && (before.equals("on") || before.equals("the"))) {
                return false; // "on one hand" is a turn of phrase; "one hand on the throttle" counts
            }
            if (before.equals("only") && !objects.isDeterminer(n.first - 2) && t.isWord(n.first + 1)
                    && !Lexicon.STOP.contains(after) && !Lexicon.NOT_ONE_AFTER.contains(after)) {
                return true; // "recorded only one studio album" counts; "the only one who" stands for a noun
            }
            boolean verbAfter = t.isWord(n.first + 1) && !t.capitalized(n.first + 1) && after.endsWith("s")
                    && NounForms.isPluralNoun(after) && !NounForms.isSingularOrPlural(after)
                    && !NounForms.isAnaphoric(after) && !after.equals("times");
            boolean adverbThenVerb = after.endsWith("ly") && t.isWord(n.first + 2)
                    && (t.lower(n.first + 2).endsWith("ed") || Lexicon.VERBS.contains(t.lower(n.first + 2)));
            if (verbAfter || adverbThenVerb) {
                return false; // "if one searches carefully", "one reluctantly agreed": the pronoun and its verb
            }
            if (Lexicon.NOT_ONE_BEFORE.contains(before) || Lexicon.NOT_ONE_AFTER.contains(after)
                    || after.equals("of") || before.equals("not") || before.equals("even") || standsForANoun(n.first)) {
                return false; // "one of the databases" picks a member; "not even one" means none
            }
            if (t.isDash(n.first + 1) && t.glued(n.first + 1) && Lexicon.NOT_ONE_COMPOUND.contains(t.lower(n.first + 2))) {
                return false;
            }
        }
        String head = t.lower(n.first - 1);
        if (!n.vague && !n.fraction && Lexicon.LABEL_HEADS.contains(head) && !head.equals("number") && !head.equals("no")
                && t.isWord(n.first - 1) && !(t.isWord(n.last + 1) && NounForms.isPluralNoun(t.lower(n.last + 1)))) {
            return false; // "phase two", "stage three": the number labels the noun before it
        }
        if (t.capitalized(n.first) && t.capitalized(n.first - 1) && !sentences.sentenceStart(n.first - 1)
                && !n.vague && !Lexicon.QUALIFIERS.contains(t.lower(n.first - 1))
                && !WEEKDAYS.containsKey(t.lower(n.first - 1)) && !MONTHS.containsKey(t.lower(n.first - 1))) {
            return false; // "Formula One", "Big Four", "Air Force One"
        }
        return true;
    }
}
