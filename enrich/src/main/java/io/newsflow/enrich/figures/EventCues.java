package io.newsflow.enrich.figures;

import static io.newsflow.enrich.figures.Lexicon.EVENT_CUES;

/**
 * The event that a word signals where it stands: the cue words of Lexicon.EVENT_CUES and their other forms
 * ("displaces" as "displaced"), read in context ("hospital" only after a preposition, "recovered" not in the passive,
 * "fled the scene" as no flight), idioms ("lost their lives", "took to the streets") and the words that settle that a
 * count has no event ("released", "rescued"). EventReader decides which cue is the count's.
 */
final class EventCues {

    /** A word or clause that settles that the count has no one event ("were released", "killed or injured"). */
    static final String NO_EVENT = "NONE";
    /** The cue of an attack ("shot", "stabbed"): not an event of its own, it takes the outcome the text reports. */
    static final String ATTACK = "ATTACK";
    private static final int DISEASE_TEXT_MENTIONS = 4; // words of disease that make a whole text a report on one

    private final Tokens t;
    private final Sentences sentences;
    private final String[] cues; // each token's cue once looked up ("" for none): the windows of counts overlap
    private Boolean diseaseText; // whether the whole text is about a disease, once asked

    EventCues(Tokens t, Sentences sentences) {
        this.t = t;
        this.sentences = sentences;
        this.cues = new String[t.size()];
    }

    /** "sentenced" or "condemned" in the few words before "to" ("sentenced the three men to death"). */
    private boolean sentencedBefore(int to) {
        for (int m = to - 1; m >= 0 && m >= to - 5; m--) {
            if (judicial(t.lower(m))) {
                return true;
            }
        }
        return false;
    }

    private static boolean judicial(String w) {
        return switch (w) {
            case "penalty", "sentence", "sentences", "sentenced", "row", "condemned" -> true;
            default -> false;
        };
    }

    /** Whether a number (with its qualifier) starts at k: "killing 12", "injuring at least 30". */
    boolean countFollows(int k) {
        if (Lexicon.QUALIFIERS.contains(t.lower(k))) {
            k++;
        } else if (Lexicon.QUALIFIERS.contains(t.lower(k) + " " + t.lower(k + 1))) {
            k += 2;
        }
        return t.isNum(k) || t.isWord(k) && (Lexicon.CARDINALS.containsKey(t.lower(k)) || Lexicon.VAGUE.containsKey(t.lower(k)));
    }

    /**
     * Whether the sentence of token k speaks of a disease ("virus", "outbreak", "tested positive", "measles"), or the
     * whole text does, with several such words.
     */
    boolean aboutDisease(int k) {
        if (diseaseText == null) {
            int mentions = 0;
            for (int m = 0; m < t.size(); m++) {
                mentions += Lexicon.DISEASE_WORDS.contains(t.lower(m)) ? 1 : 0;
            }
            diseaseText = mentions >= DISEASE_TEXT_MENTIONS;
        }
        if (diseaseText) {
            return true; // in a report on an outbreak, "87 were receiving treatment" are patients of it
        }
        int s = sentences.id(k);
        for (int m = k; m >= 0 && sentences.id(m) == s; m--) {
            if (Lexicon.DISEASE_WORDS.contains(t.lower(m))) {
                return true;
            }
        }
        for (int m = k + 1; m < t.size() && sentences.id(m) == s; m++) {
            if (Lexicon.DISEASE_WORDS.contains(t.lower(m))) {
                return true;
            }
        }
        return false;
    }

    /** The event word k signals in its context, NO_EVENT for a word that settles none, or null. */
    String cue(int k) {
        if (!t.isWord(k)) {
            return null;
        }
        String known = cues[k];
        if (known == null) {
            String found = lookUpCue(k);
            known = found == null ? "" : found;
            cues[k] = known;
        }
        return known.isEmpty() ? null : known;
    }

    private String lookUpCue(int k) {
        if (t.lower(k).equals("without")) {
            String what = t.lower(k + 1);
            return switch (what) {
                case "power", "electricity", "water", "shelter", "homes", "home", "housing", "food" -> "AFFECT";
                default -> null;
            };
        }
        String w = t.lower(k);
        if ((t.is(k + 1, '\'') || t.is(k + 1, '\u2019')) && t.glued(k + 1) && NounForms.isPluralNoun(w)) {
            return null; // "to demand the detainees' release": a possessor names other people than the count
        }
        String phrase = phraseCue(k, w);
        if (phrase != null) {
            return phrase;
        }
        if (w.equals("condition") && (t.lower(k - 1).equals("critical") || t.lower(k - 1).equals("serious"))
                && woundedBefore(k)) {
            return "WOUND"; // "Of the seven wounded, two were in critical condition": the worst of the wounded
        }
        if ((w.equals("strike") || w.equals("strikes")) && switch (t.lower(k - 1)) {
            case "general", "national", "nationwide", "hunger", "hour", "day", "workers", "teachers", "doctors",
                 "nurses", "rail", "transport" -> true;
            default -> false;
        }) {
            return "PROTEST"; // "joined a 24-hour general strike"; not an air strike
        }
        if (w.equals("march") && t.capitalized(k)) {
            return null; // the month ("acquitted in March"), not a march
        }
        if (w.equals("recovered") && (t.lower(k + 1).equals("to") || switch (t.lower(k - 1)) {
            case "was", "were", "is", "are", "be", "been", "being" -> true;
            default -> false;
        })) {
            return null; // "bodies were recovered" from rubble; patients "have recovered" from a disease
        }
        switch (w) {
            case "survive", "survived", "survives" -> {
                // "One runner did not survive" died; "11 survive" lived
                return negated(k) ? "KILL" : NO_EVENT;
            }
            case "released", "freed", "acquitted", "convicted", "rescued", "saved" -> {
                return NO_EVENT; // "six of whom were released", "11 have been rescued", "12 had been convicted"
            }
            default -> {
            }
        }
        if ((w.equals("sentence") || w.equals("sentences") || w.equals("sentenced")) && t.lower(k - 1).equals("suspended")) {
            return NO_EVENT; // a suspended sentence jails no one
        }
        if (w.equals("admitted")) {
            boolean hospital = t.lower(k + 2).startsWith("hospital") || t.lower(k + 3).startsWith("hospital");
            // "we admitted 38 people" at a cholera clinic; "admitted to hospital" after a crash; not "admitted guilt"
            return aboutDisease(k) ? "AFFECT" : hospital && t.lower(k + 1).equals("to") ? "WOUND" : null;
        }
        if (w.equals("treated") || w.equals("treatment")) {
            String next = t.lower(k + 1);
            String before = t.lower(k - 1);
            boolean care = w.equals("treated") ? next.equals("for") || next.equals("in") || next.equals("at")
                    || countFollows(k + 1) || before.equals("being") || before.equals("been")
                    : givesCare(before) || givesCare(t.lower(k - 2)); // "needed hospital treatment"
            return !care ? null : aboutDisease(k) ? "AFFECT" : "WOUND"; // "12 were treated for burns"
        }
        if (w.equals("need") && t.lower(k - 1).equals("in")) {
            return "AFFECT"; // "60,000 people are in need of food": a population the disaster left wanting
        }
        if ((w.equals("contracted") || w.equals("caught")) && aboutDisease(k) && isAuxiliary(t.lower(k - 1))) {
            return "AFFECT"; // "9,000 people have contracted dengue"; "were caught" by police stays what it was
        }
        if (w.equals("tested") || w.equals("test") || w.equals("tests")) {
            return t.lower(k + 1).equals("positive") ? "AFFECT" : null; // "17 people tested positive"
        }
        if ((w.equals("hospital") || w.equals("hospitals")) && !intoHospital(k)) {
            return null; // "the hospital has 40 doctors" is a place; "taken to hospital", "in hospital" a patient's state
        }
        if ((w.equals("fled") || w.equals("flee") || w.equals("fleeing") || w.equals("flees")) && escaped(k)) {
            return null; // "three men who fled the scene", "before fleeing in a car": escaped, not displaced
        }
        if (w.equals("death") && (judicial(t.lower(k + 1)) || t.lower(k - 1).equals("to") && sentencedBefore(k - 1))) {
            return null; // "sentenced three men to death", "the death penalty": a punishment, not a killing
        }
        String e = EVENT_CUES.get(w);
        if (e == null) {
            String past = pastForm(w);
            boolean base = past != null && !w.endsWith("s") && !w.endsWith("ing");
            // a base form is a verb only where a verb goes: "Floods displace", "to displace"; not "without charge"
            e = past == null || base && !verbPosition(k) ? null : EVENT_CUES.get(past);
        }
        if ("WOUND".equals(e) && w.startsWith("hospital") && aboutDisease(k)) {
            return "AFFECT"; // hospitalised with a disease is an illness, not an injury
        }
        return e != null && negated(k) ? null : e; // "many not affected by the cuts"
    }

    /** Whether a word of injury (not of a hospital) comes before k in its sentence. */
    private boolean woundedBefore(int k) {
        int s = sentences.id(k);
        for (int m = k - 1; m >= 0 && sentences.id(m) == s; m--) {
            String w = t.lower(m);
            if ("WOUND".equals(EVENT_CUES.get(w)) && !w.startsWith("hospital")) {
                return true;
            }
        }
        return false;
    }

    private static boolean givesCare(String w) {
        return switch (w) {
            case "receiving", "received", "under", "undergoing", "needed", "need", "needing", "required" -> true;
            default -> false;
        };
    }

    /** "not", "never" or "n't" just before k: "did not survive", "were not injured". */
    boolean negated(int k) {
        String before = t.lower(k - 1);
        String twoBefore = t.lower(k - 2);
        return before.equals("not") || before.equals("never") || before.equals("n't") || before.equals("t")
                && (t.is(k - 2, '\'') || t.is(k - 2, '\u2019')) || (before.equals("yet") || before.equals("been"))
                && (twoBefore.equals("not") || twoBefore.equals("never"));
    }

    /** "fled the scene", "fled in a car", "fled on foot", "fled with the cash": an escape, not a flight from danger. */
    private boolean escaped(int k) {
        String next = t.lower(k + 1);
        return next.equals("in") || next.equals("on") || next.equals("with")
                || next.equals("the") && t.lower(k + 2).equals("scene");
    }

    /** "to hospital", "in a local hospital", "at the city's main hospital": a preposition a few words before k. */
    private boolean intoHospital(int k) {
        for (int m = k - 1; m >= 0 && m >= k - 4; m--) {
            switch (t.lower(m)) {
                case "to", "in", "at", "into", "from" -> {
                    return true;
                }
                default -> {
                    if (!t.isWord(m) && !t.is(m, '\'') && !t.is(m, '\u2019')) {
                        return false;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Idioms whose verb alone says nothing of the event, read at their last word: "lost their lives" (KILL), "forced
     * from their homes" (EVACUATE), "fell ill" (AFFECT), "took to the streets" (PROTEST).
     */
    private String phraseCue(int k, String w) {
        String owner = t.lower(k - 1);
        boolean possessive = owner.equals("their") || owner.equals("his") || owner.equals("her");
        if ((w.equals("lives") || w.equals("life")) && possessive && Lexicon.LOSING_VERBS.contains(t.lower(k - 2))) {
            return "KILL";
        }
        if ((w.equals("homes") || w.equals("home")) && possessive
                && (t.lower(k - 2).equals("from") || t.lower(k - 2).equals("of") && t.lower(k - 3).equals("out"))) {
            return "EVACUATE";
        }
        if ((w.equals("homes") || w.equals("home")) && possessive && Lexicon.LOSING_VERBS.contains(t.lower(k - 2))) {
            return "AFFECT"; // "8,000 people lost their homes": the homeless
        }
        if (w.equals("out") && switch (owner) {
            case "moved", "move", "moving", "moves" -> t.lower(k + 1).equals("of");
            default -> false;
        }) {
            return "EVACUATE"; // "11,000 residents have been moved out of low-lying districts", as the relocated
        }
        if (w.equals("held") && owner.equals("those") && !t.lower(k + 1).equals("hostage")) {
            return "ARREST"; // "18 of those held were minors", as "those detained"
        }
        if (w.equals("strike") && owner.equals("on")) {
            return "PROTEST"; // "3,500 port workers have been on strike"
        }
        if (w.equals("up") && (owner.equals("rounded") || owner.equals("rounding") || owner.equals("round"))) {
            return "ARREST"; // "police rounded up 40 men"; not "30 rounds" fired
        }
        if (w.equals("off") && switch (owner) {
            case "laid", "lay", "laying", "lays" -> true;
            default -> false;
        }) {
            return "AFFECT"; // "would lay off 2,300 workers", like the furloughed
        }
        if (w.equals("out") && switch (owner) {
            case "walked", "walk", "walking", "walks" -> true;
            default -> false;
        }) {
            return "PROTEST"; // "3,000 workers walked out"
        }
        if (w.equals("power") && (owner.equals("lost") || owner.equals("losing"))) {
            return "AFFECT"; // "customers who lost power", as those without it
        }
        if (w.equals("care") && owner.equals("intensive")) {
            return aboutDisease(k) ? "AFFECT" : "WOUND"; // "two of whom remain in intensive care"
        }
        if (w.equals("off") && (owner.equals("cut") || owner.equals("cutting") || owner.equals("cuts"))) {
            return "AFFECT"; // "a collapsed bridge cut off 5,000 people", like the stranded
        }
        if (w.equals("ill") || w.equals("sick")) {
            return switch (owner) {
                case "fell", "fallen", "fall", "falls", "falling", "became", "become", "becoming", "got", "gotten",
                     "taken" -> "AFFECT"; // "212 people have fallen ill"
                default -> null;
            };
        }
        if (w.equals("streets") && owner.equals("the") && t.lower(k - 2).equals("to")) {
            return switch (t.lower(k - 3)) {
                case "took", "take", "takes", "taking", "taken" -> "PROTEST";
                default -> null;
            };
        }
        return null;
    }

    /**
     * The past participle a present or -ing form of a regular verb shares its event with: "displaces" and "displacing"
     * as "displaced", "infects" as "infected", "trapping" as "trapped". Null when the word has no such ending.
     */
    static String pastForm(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3) + "ed"; // "infecting", "displacing", "trapping"
        }
        if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            String base = w.substring(0, w.length() - 1);
            return base + (base.endsWith("e") ? "d" : "ed"); // "infects", "displaces"
        }
        return w.length() > 3 ? w + (w.endsWith("e") ? "d" : "ed") : null; // "displace"
    }

    private static boolean isAuxiliary(String w) {
        return w.equals("have") || w.equals("has") || w.equals("had") || w.equals("who");
    }

    /** After a plural subject, "to" or a modal, where a base form is a verb. */
    private boolean verbPosition(int k) {
        String before = t.lower(k - 1);
        return switch (before) {
            case "to", "will", "would", "could", "can", "may", "might", "did", "do", "not" -> true;
            default -> t.isWord(k - 1) && NounForms.isPluralNoun(before) && !Lexicon.STOP.contains(before);
        };
    }
}
