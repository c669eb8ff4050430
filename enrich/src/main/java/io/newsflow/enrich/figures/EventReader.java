package io.newsflow.enrich.figures;

import static io.newsflow.enrich.figures.EventCues.ATTACK;
import static io.newsflow.enrich.figures.EventCues.NO_EVENT;
import static io.newsflow.enrich.figures.Lexicon.EVENT_CUES;

/**
 * The event of a count's clause (KILL, WOUND, ARREST, AFFECT, ...): the counted noun when it names an outcome ("six
 * deaths"), the count's own predicate ("35 were rescued"), else the nearest cue word in the sentence.
 */
final class EventReader {

    private static final int EVENT_WINDOW = 12;
    private static final int BACK_WINDOW = 12;
    private static final int GOVERNED_REACH = 3; // how far after a count another verb governs its own outcome may be
    private static final int ATTACK_SENTENCES = 2; // how many sentences after an attack may report its outcome
    private static final int APPOSITION_WORDS = 12; // tokens of an apposition: "a woman and a nine-year-old girl"

    private final Tokens t;
    private final Sentences sentences;
    private final EventCues cues;

    EventReader(Tokens t, Sentences sentences) {
        this.t = t;
        this.sentences = sentences;
        this.cues = new EventCues(t, sentences);
    }

    /**
     * The event of the figure's clause. A counted noun that names an outcome ("six deaths") decides alone. When the
     * figure is the subject of its own predicate ("35 were rescued") only that predicate counts; otherwise the nearest
     * cue word in the sentence, after it or before it. The object's own words ("16 wounded soldiers") come last.
     */
    String event(FigureDraft f) {
        String e = clauseEvent(f);
        return NO_EVENT.equals(e) || ATTACK.equals(e) ? null : e;
    }

    private String clauseEvent(FigureDraft f) {
        String outcome = outcome(f);
        if (outcome != null) {
            // "two of the wounded had died", "three other hostages were taken to hospital", "12 hostages were freed":
            // the own predicate of people in a state says what became of them since
            if (partOfAState(f) || stateNoun(f)) {
                String own = predicateCue(f, predicateStart(f));
                if (own != null) {
                    return own;
                }
                String governor = governingNoun(f);
                return governor != null ? governor : outcome;
            }
            return outcome;
        }
        for (int k = f.objFirst; k >= 0 && k <= f.objLast; k++) {
            String w = t.lower(k);
            String e = (w.endsWith("ed") || w.equals("dead")) && cues.cue(k) != null ? outcomeCue(k) : null;
            if (e != null && !NO_EVENT.equals(e)) {
                // "25 wounded people": the object says what happened to them, unless their own predicate says what
                // became of them since ("two injured passengers died")
                String own = hasOwnPredicate(f.last + 1) || ownVerb(f.last + 1) >= 0 ? predicateCue(f) : null;
                return own != null && !NO_EVENT.equals(own) ? own : e;
            }
        }
        if (t.lower(f.first - 1).equals("per")) {
            return null; // "18.9 deaths per 100,000 people": a rate's base is not a count of victims
        }
        if (t.lower(f.first - 1).equals("but") && t.lower(f.first - 2).equals("all")) {
            return null; // "All but one of the crew died": the exception is who the clause's outcome spared
        }
        String governor = governingNoun(f);
        if (governor != null) {
            return governor;
        }
        if (partitiveWhole(f)) {
            // "Of the 50 passengers, 12 were hospitalised": what happened to the part did not happen to the whole;
            // only the whole's own words say what happened to it ("one of 30 journalists killed this year")
            // "Of the 58 people detained, 41 ...": a participle that closes the whole's phrase is the whole's own
            boolean ownParticiple = t.lower(f.last + 1).endsWith("ed") && t.is(f.last + 2, ',');
            String relative = relativeClauseCue(f.last + 1); // "Five of the seven inmates who died"
            if (relative != null) {
                return relative;
            }
            String e = partOpensClause(f) && !ownParticiple ? null : clauseCue(f.last + 1);
            return e != null ? e : objectCue(f); // in "600 of the 900 inhabitants fled" the verb is the part's
        }
        int s = sentences.id(f.numFirst);
        if (population(f)) {
            return objectCue(f); // "a town home to 110,000 people", "a city of 2 million": who lives there
        }
        int from = predicateStart(f);
        // "unions representing 250,000 workers have called a strike": a count that a verb before it takes as its
        // object is no subject, so the verb after it is another's
        boolean objectOfVerb = governsAsGerund(f.first - 1);
        if (!objectOfVerb && (hasOwnPredicate(from) || ownVerb(from) >= 0)) {
            // "Three of the captives, two elderly men and a boy, died": the predicate after an apposition is the count's
            String e = predicateCue(f, from);
            if (e == null) {
                e = wholeBefore(f); // "Of the 41 deaths, 15 occurred in the community"
            }
            if (e == null && t.lower(f.last + 1).equals("of") && t.lower(f.last + 2).equals("those")) {
                e = clauseCue(f.last + 3); // "18 of those held were minors": a part of the people the participle names
            }
            return e != null ? e : objectCue(f);
        }
        String subject = amountSubjectCue(f);
        if (subject != null) {
            return subject;
        }
        String before = null;
        int beforeDistance = Integer.MAX_VALUE;
        for (int k = f.first - 1; k >= 0 && k >= f.first - BACK_WINDOW && sentences.id(k) == s; k--) {
            if (subordinates(k)) {
                break; // "kills seven as hundreds jump into the sea": the cue is another clause's
            }
            if (governsAsOtherVerb(k) || k == f.first - 1 && governsAsGerund(k)) {
                // "the death gave 9 people organs": a verb of its own takes the count; the cue is its subject. Only a
                // protest draws a crowd that is its own ("the march drew 5,000 people"); other crowds attend
                before = drawsACrowd(k) ? protestBefore(k - 1, s) : null;
                // the governed count's own outcome follows it closely ("leaving 21 dead"); a cue further on is the
                // main clause's ("unions representing 250,000 workers have called a general strike")
                beforeDistance = before != null ? 1 : k == f.first - 1 ? GOVERNED_REACH : beforeDistance;
                break;
            }
            String e = clauseCue(k);
            if ("PROTEST".equals(e) && k == f.first - 1 && t.lower(k).endsWith("ed")) {
                break; // "marched fourteen of its passengers into the bush": a protest verb with an object is another
            }
            if (e != null) {
                before = e;
                beforeDistance = f.first - k;
                break;
            }
        }
        int whole = wholeAfter(f.last + 1);
        for (int k = f.last + 1; k < t.size() && k <= f.last + EVENT_WINDOW && sentences.id(k) == s; k++) {
            if (k < whole) {
                // "29 out of 30 hate crime charges": the whole's noun phrase is a noun, never a verb form
                String e = EVENT_CUES.get(t.lower(k));
                if (e != null && k - f.last <= beforeDistance) {
                    return ATTACK.equals(e) ? attackOutcome(k) : e;
                }
                continue;
            }
            if (joinsAVerb(k)) {
                break; // "rescued 64 migrants and recovered 11 bodies": the second verb has counts of its own
            }
            String e = clauseCue(k);
            if (e != null && cues.countFollows(k + 1)) {
                break; // "carrying 40 passengers when it crashed, killing 12": the cue has its own count
            }
            if (e != null) {
                if (k - f.last <= beforeDistance) {
                    return e;
                }
                break;
            }
        }
        return before != null ? before : objectCue(f);
    }

    /**
     * The cue of the count's own predicate ("35 were rescued", "Thousands gathered in the square to protest"), or
     * null when it has none or its predicate names no event.
     */
    private String predicateCue(FigureDraft f) {
        return predicateCue(f, f.last + 1);
    }

    /** The cue of the predicate that starts at token from, the count's own. */
    private String predicateCue(FigureDraft f, int from) {
        int s = sentences.id(f.numFirst);
        if (hasOwnPredicate(from)) {
            // "45 were aboard, with occupants trapped": a predicate that has its word ends at a comma; one that has
            // not yet ("One child was, according to officials, among the dead") goes on past it
            boolean said = false;
            boolean aside = false;
            for (int k = from; k < t.size() && k <= from - 1 + EVENT_WINDOW && sentences.id(k) == s; k++) {
                if (t.is(k, ',')) {
                    if (said) {
                        break;
                    }
                    aside = !aside;
                    continue;
                }
                if (aside) {
                    continue;
                }
                said |= t.isWord(k) && !hasOwnPredicate(k) && !t.lower(k).equals("been") && !t.lower(k).equals("being")
                        && !t.lower(k).equals("not");
                String e = clauseCue(k);
                if (e != null) {
                    return e;
                }
            }
            return null;
        }
        int verb = ownVerb(from);
        if (verb < 0) {
            return null;
        }
        // the count's own verb and its clause say what happened to it; a cue before it, or after a comma, belongs to
        // another clause
        for (int k = verb; k < t.size() && k <= verb + EVENT_WINDOW && sentences.id(k) == s && !t.is(k, ','); k++) {
            if (k > verb && (joinsAVerb(k) || t.lower(k).equals("of") && cues.cue(k - 1) == null)) {
                break; // "stated the manner of the deaths": a cue inside another noun's "of" phrase is not the count's
            }
            String e = clauseCue(k);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /**
     * Where the count's own predicate would start: after "more" or "others", after "of whom" or "of those detained",
     * after an apposition ("Three of the captives, two elderly men and a boy, died").
     */
    private int predicateStart(FigureDraft f) {
        int from = f.last + 1;
        String w = t.lower(from);
        if (w.equals("more") || w.equals("others")) {
            from++; // "Two more, a woman and a girl, died"
        } else if (w.equals("of") && (t.lower(from + 1).equals("whom") || t.lower(from + 1).equals("them"))) {
            from += 2; // "nine people, six of whom were released"
        } else if (w.equals("of") && t.lower(from + 1).equals("those") && t.lower(from + 2).endsWith("ed")) {
            from += 3; // "Nineteen of those detained were released"
        }
        return afterApposition(from);
    }

    /** Outcome nouns that name a state people are in, not an event that befell them: "hostages", "the injured". */
    private boolean stateNoun(FigureDraft f) {
        return f.head >= 0 && switch (t.lower(f.head)) {
            case "hostages", "detainees", "evacuees", "displaced", "missing", "homeless", "injured", "wounded" -> true;
            default -> false;
        };
    }

    /**
     * The event of the whole that opens the sentence when the count is a part of it: "Of the 41 deaths, 15 occurred
     * in the community", "Of the 22 injured, eight were in critical condition". Only a whole named by an outcome
     * noun passes its event on ("Of the 38 people detained, nine were minors" does not).
     */
    private String wholeBefore(FigureDraft f) {
        int comma = f.first - 1;
        if (!t.is(comma, ',')) {
            return null;
        }
        if (t.lower(comma - 2).equals("those") && t.lower(comma - 3).equals("of") && sentences.sentenceStart(comma - 3)) {
            String e = cues.cue(comma - 1); // "Of those held, 96 were picked up in the capital"
            return e == null || NO_EVENT.equals(e) || ATTACK.equals(e) ? null : e;
        }
        int of = comma - 1;
        while (of >= 0 && of > comma - 6 && !t.lower(of).equals("of")) {
            of--;
        }
        if (of < 0 || !t.lower(of).equals("of") || !sentences.sentenceStart(of)) {
            return null;
        }
        return Lexicon.OUTCOME_NOUNS.get(t.lower(comma - 1));
    }

    /**
     * Whether the count is the population of a place or the size of a family: "home to 110,000 people", "a city of
     * about 2 million", "a mother of four".
     */
    private boolean population(FigureDraft f) {
        String before = t.lower(f.first - 1);
        String noun = t.lower(f.first - 2);
        if (before.equals("to")) {
            return noun.equals("home");
        }
        return before.equals("of") && switch (noun) {
            case "city", "town", "village", "country", "nation", "population", "community", "district", "region",
                 "state", "province", "island", "capital", "municipality", "mother", "father", "parent", "grandmother",
                 "grandfather", "family" -> true;
            default -> false;
        };
    }

    /**
     * The token after an apposition that starts at k (", two elderly men and a teenage boy,", ", a woman in her
     * fifties,"), or k when there is none: a short phrase of nouns, numbers and modifiers, with no verb, between commas.
     */
    private int afterApposition(int k) {
        if (!t.is(k, ',')) {
            return k;
        }
        int s = sentences.id(k);
        for (int m = k + 1; m < t.size() && m <= k + APPOSITION_WORDS + 1 && sentences.id(m) == s; m++) {
            if (t.is(m, ',')) {
                return m > k + 1 ? m + 1 : k;
            }
            String w = t.lower(m);
            boolean verb = hasOwnPredicate(m) || Lexicon.VERBS.contains(w) || w.endsWith("ed") && !w.equals("aged")
                    || w.equals("who") || w.equals("which") || w.equals("that") || w.equals("said");
            if (verb || !(t.isWord(m) || t.isNum(m) || t.isDash(m) || t.is(m, '\'') || t.is(m, '\u2019'))) {
                return k;
            }
        }
        return k;
    }

    /**
     * The event of the subject of a verb that states the count as an amount: "The death toll from a car bombing
     * outside a restaurant in the capital rose to 19", "the number of confirmed cases has climbed to 47". The
     * subject's first cue decides, however long it is, and before anything after the count ("after four of the
     * wounded died"). Null when the count does not follow such a verb.
     */
    private String amountSubjectCue(FigureDraft f) {
        int verb = f.first - 1;
        if (t.lower(verb).equals("to") || t.lower(verb).equals("at")) {
            verb--;
        }
        if (verb < 0) {
            return null;
        }
        String v = t.lower(verb);
        boolean amountVerb = Lexicon.AMOUNT_VERBS.contains(v) && switch (v) {
            case "was", "were", "is", "are", "include", "included", "includes", "involved" -> false;
            default -> true;
        };
        int s = sentences.id(verb);
        int from = verb - 1;
        while (from > 0 && sentences.id(from - 1) == s && !t.is(from - 1, ',')) {
            from--;
        }
        if (!amountVerb) {
            // "brought the number of homicides this year to 52", "bringing the death toll to 35": the tally's noun
            from = t.lower(f.first - 1).equals("to") ? tallyBefore(from, f.first - 1) : -1;
            if (from < 0) {
                return null;
            }
            verb = f.first - 1;
        }
        for (int k = from; k < verb; k++) {
            String e = clauseCue(k);
            if (NO_EVENT.equals(e)) {
                return null;
            }
            if (e != null) {
                return e;
            }
            String w = t.lower(k);
            if ((w.equals("cases") || w.equals("infections")) && cues.aboutDisease(k)) {
                return "AFFECT"; // "the number of confirmed cases rose to 47": cases of a disease are people
            }
            if (Lexicon.OUTCOME_NOUNS.containsKey(w)) {
                return Lexicon.OUTCOME_NOUNS.get(w); // "the number of homicides"
            }
        }
        return null;
    }

    /** The token of "toll" or of "number" in "the number of", between from and to, or -1. */
    private int tallyBefore(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.lower(k);
            if (w.equals("toll") || w.equals("number") && t.lower(k + 1).equals("of")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A verb other than an event's that takes the count after it as its object ("gave", "employs"): not a verb of
     * saying ("said", "reported"), nor one that states an amount ("the toll reached 61", "rose to").
     */
    private boolean governsAsOtherVerb(int k) {
        String w = t.lower(k);
        if (!t.isWord(k) || t.capitalized(k) || cues.cue(k) != null || Lexicon.STOP.contains(w)
                || !(w.endsWith("ed") || Lexicon.VERBS.contains(w)) || Lexicon.SAYING_VERBS.contains(w)
                || Lexicon.AMOUNT_VERBS.contains(w)) {
            return false;
        }
        // "a reported 30" is an adjective; ", provided anonymously by officials," an aside
        return !isDeterminerWord(k - 1) && !t.is(k - 1, ',');
    }

    /**
     * An -ing verb right before the count that takes it as its object and names no event: "leaving 21 dead",
     * "forcing dozens to jump"; not a preposition in -ing ("including 5 soldiers").
     */
    private boolean governsAsGerund(int k) {
        String w = t.lower(k);
        if (!t.isWord(k) || !w.endsWith("ing") || w.length() <= 5 || cues.cue(k) != null || Lexicon.STOP.contains(w)
                || Lexicon.SAYING_VERBS.contains(w.substring(0, w.length() - 3))
                || Lexicon.SAYING_VERBS.contains(EventCues.pastForm(w))) {
            return false; // "saying 11 people had died": what is said has a subject and verb of its own
        }
        return switch (w) {
            case "including", "excluding", "involving", "totalling", "totaling", "numbering", "according",
                 "regarding", "concerning", "reaching", "topping", "exceeding", "surpassing", "nearing" -> false;
            default -> true;
        };
    }

    /** A conjunction that opens a clause of its own: "as", "while", "when", "because", "although". */
    private boolean subordinates(int k) {
        return switch (t.lower(k)) {
            case "as" -> !t.lower(k + 1).equals("many") && !t.lower(k + 1).equals("much") && !t.lower(k - 1).equals("such")
                    && !t.lower(k - 1).equals("many") && !t.lower(k - 1).equals("much") // not "as many as 30"
                    && !hasOwnPredicate(k + 1) && !t.lower(k + 1).equals("did"); // "90 were wounded, as were seventeen"
            case "while", "whereas", "when", "because", "although", "though" -> true;
            default -> false;
        };
    }

    /** "drew", "attracted": a verb whose object is the crowd its subject gathered. */
    private boolean drawsACrowd(int k) {
        return switch (t.lower(k)) {
            case "drew", "draws", "draw", "drawn", "attracted", "attracts", "attract" -> true;
            default -> false;
        };
    }

    /** PROTEST when a protest word is among the few words before k in the sentence ("protests, one of which"). */
    private String protestBefore(int k, int s) {
        for (int m = k; m >= 0 && m > k - 6 && sentences.id(m) == s; m--) {
            if ("PROTEST".equals(cues.cue(m))) {
                return "PROTEST";
            }
        }
        return null;
    }

    /**
     * After "29 out of 30" the token that ends the whole's noun phrase ("federal hate crime charges"), else k: the
     * phrase runs over words up to a function word, a comma or a verb of the clause.
     */
    private int wholeAfter(int k) {
        if (!t.lower(k).equals("out") || !t.lower(k + 1).equals("of") || !cues.countFollows(k + 2)) {
            return k;
        }
        int m = k + 2;
        while (Lexicon.QUALIFIERS.contains(t.lower(m)) || t.isNum(m) || Lexicon.CARDINALS.containsKey(t.lower(m))) {
            m++;
        }
        while (m < t.size() && t.isWord(m) && !Lexicon.STOP.contains(t.lower(m)) && !hasOwnPredicate(m)
                && !Lexicon.VERBS.contains(t.lower(m)) && !t.lower(m).endsWith("ed")) {
            m++;
        }
        return m;
    }

    /**
     * "killed or injured", "dead and wounded": the cue at k and another of a different event joined to it. An attack
     * joined to its outcome ("shot and killed") is one event.
     */
    private boolean joinsTwoOutcomes(int k) {
        String e = cues.cue(k);
        String after = t.lower(k + 1);
        int second = hasOwnPredicate(k + 2) || t.lower(k + 2).equals("gone") || t.lower(k + 2).equals("been")
                ? k + 3 : k + 2; // "died or gone missing", "killed or were injured"
        if ((after.equals("or") || after.equals("and")) && differentOutcome(cues.cue(second), e)) {
            return true;
        }
        String before = t.lower(k - 1);
        return (before.equals("or") || before.equals("and")) && differentOutcome(cues.cue(k - 2), e);
    }

    private static boolean differentOutcome(String other, String e) {
        return other != null && !other.equals(e) && !ATTACK.equals(other) && !ATTACK.equals(e);
    }

    /**
     * The outcome of an attack, which the text reports after it: "shot dead", "stabbed to death", "fatally shot",
     * "were shot on Tuesday. All three were taken to hospital", "stabbed five people. ... expected to survive". The
     * first word of killing or wounding, in the rest of the sentence or the next two, decides; "shot at 3 men" (fired at them)
     * and an attack with no outcome reported have none.
     */
    private String attackOutcome(int k) {
        if (t.lower(k + 1).equals("at") && cues.countFollows(k + 2)) {
            return NO_EVENT; // "shot at 3 men" fired at them; "stabbed at the prison" says where
        }
        String adverb = cues.cue(k - 1);
        if ("KILL".equals(adverb) || "WOUND".equals(adverb)) {
            return adverb; // "fatally shot"
        }
        int s = sentences.id(k);
        for (int m = k + 1; m < t.size() && sentences.id(m) <= s + ATTACK_SENTENCES; m++) {
            String e = cues.cue(m);
            if ("KILL".equals(e) || "WOUND".equals(e)) {
                return e;
            }
            if (survives(t.lower(m))) {
                return "WOUND"; // they were hurt and lived
            }
        }
        return NO_EVENT;
    }

    private static boolean survives(String w) {
        return switch (w) {
            case "survive", "survived", "survives", "surviving", "survivor", "survivors" -> true;
            default -> false;
        };
    }

    /** "and" or "but" before a verb: a coordinated verb phrase or clause starts at k. */
    private boolean joinsAVerb(int k) {
        String w = t.lower(k);
        if (!w.equals("and") && !w.equals("but")) {
            return false;
        }
        String next = t.lower(k + 1);
        return t.isWord(k + 1) && !t.capitalized(k + 1) && (next.endsWith("ed") || Lexicon.VERBS.contains(next))
                && !Lexicon.STOP.contains(next);
    }

    /**
     * The token of the finite verb whose subject the count is ("40 fans donned costumes", "Six jurors merely stated"),
     * or -1: a past form or a known verb right after the count, past adverbs in -ly. A participle that an auxiliary
     * follows ("30 people rescued from the river were treated") is a reduced relative, not the clause's verb.
     */
    private int ownVerb(int k) {
        while (t.isWord(k) && t.lower(k).endsWith("ly") && !t.lower(k).equals("only")) {
            k++;
        }
        String w = t.lower(k);
        if (!t.isWord(k) || t.capitalized(k) || Lexicon.STOP.contains(w)
                || !(w.endsWith("ed") || Lexicon.VERBS.contains(w))) {
            return -1;
        }
        int s = sentences.id(k);
        for (int m = k + 1; m < t.size() && m <= k + 6 && sentences.id(m) == s && !t.is(m, ','); m++) {
            if (hasOwnPredicate(m)) {
                return -1;
            }
        }
        return k;
    }

    /**
     * The event of a noun that governs the count through "of": "the deaths of 5 workers", "the arrest of 12
     * activists", "claimed the lives of six firefighters" (only when the lives are lost). Null otherwise.
     */
    private String governingNoun(FigureDraft f) {
        int k = f.first - 1;
        if (isDeterminerWord(k) && (t.lower(k - 1).equals("and") || t.lower(k - 1).equals("or"))) {
            k = conjunctBefore(k - 2); // "the bodies of a couple and their three children"
        }
        if (k < 0 || !t.lower(k).equals("of")) {
            return null;
        }
        String w = t.lower(k - 1);
        if (w.equals("release") || w.equals("rescue") || w.equals("freeing")) {
            return NO_EVENT; // "secured the release of two more hostages"
        }
        if (w.equals("lives")) {
            for (int m = k - 2; m >= 0 && m >= k - 4; m--) {
                if (Lexicon.LOSING_VERBS.contains(t.lower(m))) {
                    return "KILL";
                }
            }
            return null;
        }
        if (!t.isWord(k - 1) || w.endsWith("ed") || w.endsWith("ing")
                || !(isDeterminerWord(k - 2) || t.isWord(k - 2) && isDeterminerWord(k - 3))) {
            return null; // only a noun after its determiner: "the arrest of", "the mass evacuation of"; not "one of"
        }
        return cues.cue(k - 1);
    }

    /** The token before a short noun phrase that ends at k ("a couple", "two adults"), or -1. */
    private int conjunctBefore(int k) {
        for (int m = k; m >= 0 && m > k - 4; m--) {
            String w = t.lower(m);
            if (!t.isWord(m) && !t.isNum(m) || Lexicon.VERBS.contains(w) || w.endsWith("ed")) {
                return -1;
            }
            if (isDeterminerWord(m) || t.isNum(m) || Lexicon.CARDINALS.containsKey(w)) {
                return m - 1;
            }
        }
        return -1;
    }

    private static boolean isDeterminerWord(String w) {
        return switch (w) {
            case "the", "a", "an", "their", "its", "his", "her", "this", "that" -> true;
            default -> false;
        };
    }

    private boolean isDeterminerWord(int k) {
        return isDeterminerWord(t.lower(k));
    }

    /** The cue of a short relative clause at k ("who died", "that were injured"), or null. */
    private String relativeClauseCue(int k) {
        String w = t.lower(k);
        if (!w.equals("who") && !w.equals("that")) {
            return null;
        }
        for (int m = k + 1; m < t.size() && m <= k + 4 && !t.is(m, ','); m++) {
            String e = clauseCue(m);
            if (e != null) {
                return NO_EVENT.equals(e) ? null : e;
            }
        }
        return null;
    }

    /** "four of the wounded", "two of the dead": a part of the people a state names. */
    private boolean partOfAState(FigureDraft f) {
        int first = f.objFirst >= 0 && t.lower(f.objFirst).endsWith("ly") ? f.objFirst + 1 : f.objFirst;
        if (f.head < 0 || f.head != first || !t.lower(f.objFirst - 1).equals("the")
                || !t.lower(f.objFirst - 2).equals("of")) {
            return false; // "two of the wounded", "two of the critically injured"
        }
        String head = t.lower(f.head);
        return head.endsWith("ed") || head.equals("dead") || head.equals("missing") || head.equals("homeless");
    }

    /** Whether the part before "of (the)" that governs this count starts its clause ("600 of the 900 fled"). */
    private boolean partOpensClause(FigureDraft f) {
        int of = ofBeforeWhole(f);
        int part = of - 1;
        while (part > 0 && t.isWord(part) && Lexicon.QUALIFIERS.contains(t.lower(part - 1))) {
            part--; // "about 600 of the 900"
        }
        return sentences.sentenceStart(of) || sentences.sentenceStart(part) || t.is(part - 1, ',');
    }

    /** The token before the whole's determiner or possessor: "of" in "of the 40", "of the school's 812". */
    private int ofBeforeWhole(FigureDraft f) {
        int k = f.first - 1;
        if (t.lower(k).equals("s") && (t.is(k - 1, '\'') || t.is(k - 1, '\u2019')) && t.isWord(k - 2)) {
            k -= 3; // "the school's"
        }
        return isDeterminerWord(k) ? k - 1 : k;
    }

    /**
     * Whether the count is the whole of a partition: "Of the 50 passengers, ...", "two of the 40 passengers",
     * "most of its 300 members".
     */
    private boolean partitiveWhole(FigureDraft f) {
        int k = ofBeforeWhole(f);
        if (!t.lower(k).equals("of")) {
            return false;
        }
        if (sentences.sentenceStart(k) || t.is(k - 1, ',')) {
            return true; // "Of the 2.8 million who voted, ..."
        }
        String before = t.lower(k - 1);
        return t.isNum(k - 1) || Lexicon.CARDINALS.containsKey(before) || Lexicon.VAGUE.containsKey(before)
                || before.equals("most") || before.equals("some") || before.equals("many") || before.equals("none")
                || before.equals("all") || before.equals("half") || before.equals("majority") || before.equals("each");
    }

    /**
     * The event a counted noun names by itself, whatever the verb: "six deaths", "nine fatalities", "14 lives" when
     * they are claimed, lost, taken or cost (not saved), "1,200 cases", "infections" or "patients" of a disease. Null
     * otherwise.
     */
    String outcome(FigureDraft f) {
        if (f.head < 0) {
            return null;
        }
        String head = t.lower(f.head);
        if (Lexicon.OUTCOME_NOUNS.containsKey(head)) {
            return Lexicon.OUTCOME_NOUNS.get(head);
        }
        if (head.equals("lives")) {
            return livesLost(f) ? "KILL" : null;
        }
        if (head.equals("cases") && t.lower(f.head + 1).equals("of")) {
            for (int k = f.head + 2; k <= f.objLast && k <= f.head + 4; k++) {
                String e = cues.cue(k);
                if (e != null && !NO_EVENT.equals(e)) {
                    return e; // "2,140 cases of arbitrary detention"
                }
            }
        }
        if ((head.equals("cases") || head.equals("infections") || head.equals("patients"))
                && (cues.aboutDisease(f.head) || caseModifier(f))) {
            return "AFFECT";
        }
        return null;
    }

    /** "310 active cases", "40 confirmed cases": a modifier that only a disease's cases take. */
    private boolean caseModifier(FigureDraft f) {
        for (int k = f.objFirst; k >= 0 && k < f.head; k++) {
            switch (t.lower(k)) {
                case "active", "confirmed", "suspected", "probable", "positive" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** "claimed 14 lives", "14 lives were lost", "cost 30 lives": a verb of losing within a few words either side. */
    private boolean livesLost(FigureDraft f) {
        int s = sentences.id(f.head);
        for (int k = f.first - 1; k >= 0 && k >= f.first - 4 && sentences.id(k) == s; k--) {
            if (Lexicon.LOSING_VERBS.contains(t.lower(k))) {
                return true;
            }
        }
        for (int k = f.head + 1; k < t.size() && k <= f.head + 4 && sentences.id(k) == s; k++) {
            if (Lexicon.LOSING_VERBS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cue that says what happened in the clause; not a participle used as an adjective between a determiner and its
     * noun ("a captured Humvee", "the injured driver"), which describes a thing rather than the event of the count.
     */
    private String clauseCue(int k) {
        String e = cues.cue(k);
        if (e != null && joinsTwoOutcomes(k)) {
            return NO_EVENT; // "were killed or injured": no one outcome is the count's
        }
        if (e == null || !t.lower(k).endsWith("ed")) {
            return ATTACK.equals(e) ? attackOutcome(k) : e;
        }
        String before = t.lower(k - 1);
        boolean determiner = before.equals("a") || before.equals("an") || before.equals("the") || before.equals("his")
                || before.equals("her") || before.equals("their") || before.equals("its");
        String next = t.lower(k + 1);
        boolean noun = t.isWord(k + 1) && !Lexicon.STOP.contains(next) && !Lexicon.VERBS.contains(next)
                && !EVENT_CUES.containsKey(next);
        return determiner && noun ? null : ATTACK.equals(e) ? attackOutcome(k) : e;
    }

    /** The cue at k, an attack read as its outcome. */
    private String outcomeCue(int k) {
        String e = cues.cue(k);
        return ATTACK.equals(e) ? attackOutcome(k) : e;
    }

    private String objectCue(FigureDraft f) {
        if (f.objFirst >= 0) {
            for (int k = f.objFirst; k <= f.objLast; k++) {
                String e = outcomeCue(k);
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
