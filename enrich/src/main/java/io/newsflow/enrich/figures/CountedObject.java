package io.newsflow.enrich.figures;

import static io.newsflow.enrich.figures.Lexicon.CARDINALS;
import static io.newsflow.enrich.figures.Lexicon.DURATIONS;
import static io.newsflow.enrich.figures.Lexicon.MEASURES;
import static io.newsflow.enrich.figures.Lexicon.MONTHS;
import static io.newsflow.enrich.figures.Lexicon.VAGUE;
import static io.newsflow.enrich.figures.Lexicon.WEEKDAYS;

import io.newsflow.core.schema.FigureKind;
import java.math.BigDecimal;

/**
 * The counted object of a figure: the noun phrase after its number, direct ("16 members of the security forces") or
 * partitive ("dozens of people", "76% of voters"), and a rate's base ("18.9 deaths per 100,000 people").
 */
final class CountedObject {

    private static final int MAX_NP_WORDS = 5;

    private final Tokens t;
    private final NumberReader numbers;

    CountedObject(Tokens t, NumberReader numbers) {
        this.t = t;
        this.numbers = numbers;
    }

    /**
     * "18.9 deaths per 100,000 people per year" is one QUANTITY, unit rate, whose object is the rest of the phrase;
     * the base "100,000" is not a figure of its own.
     */
    private void rate(FigureDraft f) {
        int k = f.last + 1;
        if (!t.lower(k).equals("per") || !(t.isNum(k + 1) || CARDINALS.containsKey(t.lower(k + 1)))) {
            return;
        }
        NumberSpan base = numbers.readNumber(k + 1);
        if (base == null || base.ordinal) {
            return;
        }
        int last = base.last;
        int[] np = nounPhrase(last + 1, true);
        if (np != null) {
            last = np[1];
        }
        if (t.lower(last + 1).equals("per") && DURATIONS.containsKey(t.lower(last + 2))) {
            last += 2;
        }
        f.kind = FigureKind.QUANTITY;
        f.unit = "rate";
        if (f.objFirst < 0) {
            f.objFirst = k;
        }
        f.objLast = last;
        f.last = last;
    }

    /** "one of the victims", "76% of voters", "5 tonnes of rice": the noun phrase after "of". */
    void partitiveObject(FigureDraft f) {
        int k = f.last + 1;
        if (!t.lower(k).equals("of") || numberedWhole(k + 1)) {
            return;
        }
        int[] np = nounPhrase(k + 1, false);
        if (np != null) {
            f.objFirst = np[0];
            f.objLast = np[1];
            f.head = np[2];
            f.last = np[1];
            complements(f); // "dozens of rounds of artillery", "thousands of men and women"
        }
    }

    /**
     * What follows the head of a counted noun phrase and still says what is counted: its "of" complement
     * ("members of the security forces", "rounds of artillery") or, failing that, a conjoined bare plural
     * ("men and women", "photographs and other artifacts").
     */
    private void complements(FigureDraft f) {
        if (t.lower(f.objLast + 1).equals("of") && !isMeasure(f.head)) {
            int[] pp = nounPhrase(f.objLast + 2, false);
            if (pp != null && pp[0] == pp[2] && isTimeNoun(pp[2])) {
                return; // "two prominent eugenicists of the period": a time is circumstance, not what is counted
            }
            boolean determined = pp != null && (pp[0] > f.objLast + 2 || possessiveEnd(pp[0]) > pp[0]);
            if (determined && !isMembership(f.head)) {
                // "five demands of the protesters", "0.6% of the pressure of Earth's atmosphere": an of-phrase with a
                // determiner names whose or where; bare ones say what is counted ("counts of murder", "rounds of
                // artillery"), as do the group of a member and the disease of cases ("members of the security forces")
                return;
            }
            if (pp != null) {
                f.objLast = name(pp[1]);
                f.last = f.objLast;
                if (!determined && isJoint(f.objLast + 1)) {
                    int[] more = nounPhrase(f.objLast + 2, true); // "counts of torture and false imprisonment"
                    if (more != null && more[0] == f.objLast + 2 && more[2] - more[0] <= 1 && !t.capitalized(more[2])
                            && !NounForms.isPluralNoun(t.lower(more[2])) && !t.lower(more[1] + 1).equals("of")) {
                        f.objLast = more[1];
                        f.last = more[1];
                    }
                }
            }
            return;
        }
        int end = conjoined(f.objLast, f.head);
        f.objLast = end;
        f.last = end;
    }

    /**
     * A name runs on through "of": "the People's Party of Canada", "the Bank of England". The last token of such a
     * name that starts before k ends at k, or k when no capitalized "of" phrase follows.
     */
    private int name(int k) {
        int end = k;
        while (t.capitalized(end) && t.lower(end + 1).equals("of")) {
            int m = isDeterminer(end + 2) ? end + 3 : end + 2;
            if (!t.capitalized(m)) {
                break;
            }
            int[] more = nounPhrase(end + 2, false);
            if (more == null || !t.capitalized(more[1])) {
                break;
            }
            end = more[1];
        }
        return end;
    }

    /**
     * "men and women", "galleries and museums", "paintings, sculptures and drawings": bare plural noun phrases joined
     * to the head by "and" or "or" (a list by commas, closed by "and" or "or") are counted with it. A conjunct with a
     * determiner or a number of its own ("four men and one woman", "20 people and the driver") is another phrase.
     * Returns the last token of the coordination, or {@code last} when there is none.
     */
    private int conjoined(int last, int head) {
        if (!NounForms.isPluralNoun(t.lower(head)) && !NounForms.isMassNoun(t.lower(head)) && !pluralAcronym(head)) {
            return last;
        }
        int m = last + 1;
        int end = last;
        for (int items = 0; items < 4; items++) {
            boolean comma = t.is(m, ',');
            int at = comma ? m + 1 : m;
            boolean closing = t.lower(at).equals("and") || t.lower(at).equals("or");
            if (closing && comma && items == 0) {
                return last; // "50,818 votes, and becomes": a comma before the only "and" joins clauses
            }
            if (closing) {
                at++;
            } else if (!comma) {
                return last;
            }
            int[] np = bareConjunct(at);
            if (np == null) {
                return last;
            }
            end = np[1];
            if (closing) {
                return end;
            }
            m = end + 1;
        }
        return last;
    }

    /**
     * A conjunct of at most one modifier and a plural or mass head, without determiner or number ("women", "other
     * artifacts"), or null. A name ("and Liberal Democrats") or a participle ("and damaging churches") starts another
     * phrase or clause.
     */
    private int[] bareConjunct(int k) {
        int start = t.lower(k).equals("other") && t.isWord(k + 1) ? k + 1 : k;
        String w = t.lower(start);
        if (!t.isWord(start) || isDeterminer(start) || t.capitalized(start) || w.endsWith("ing") || w.endsWith("ed")) {
            return null;
        }
        int[] np = nounPhrase(start, true);
        if (np == null || np[2] - start > 1) {
            return null;
        }
        String head = t.lower(np[2]);
        boolean plural = NounForms.isPluralNoun(head) || NounForms.isMassNoun(head) || pluralAcronym(np[2]);
        if (!plural || Lexicon.VERBS.contains(head) || head.endsWith("ed") || t.lower(np[1] + 1).equals("of")) {
            return null;
        }
        int after = Lexicon.STOP.contains(t.lower(np[1] + 1)) ? np[1] + 2 : np[1] + 1;
        if (t.isNum(after) || t.isWord(after) && CARDINALS.containsKey(t.lower(after))) {
            return null; // "limited to two terms and representatives to three": the conjunct has a number of its own
        }
        return new int[] {k, np[1], np[2]};
    }

    /** The counted noun phrase: partitive ("dozens of people") or direct ("16 members of the security forces"). */
    void partitiveOrNounObject(FigureDraft f) {
        int k = f.last + 1;
        if (t.lower(k).equals("of")) {
            partitiveObject(f);
            return;
        }
        int start = k;
        String w = t.lower(k);
        if (isState(k) && (!t.isWord(k + 1) || Lexicon.STOP.contains(t.lower(k + 1)))
                && governedAsNoun(f.first)) {
            f.objFirst = k; // "a toll of 27 dead": the state names who is counted
            f.objLast = k;
            f.head = k;
            f.last = k;
            return;
        }
        if (w.equals("others") && t.isWord(k)) {
            f.objFirst = k; // "Two others died": the pronoun stands for people named before
            f.objLast = k;
            f.head = k;
            f.last = k;
            return;
        }
        if (w.equals("times") && t.isWord(k)) {
            f.objFirst = k; // "used over one million times": occasions counted (a multiplier was read before)
            f.objLast = k;
            f.head = k;
            f.last = k;
            return;
        }
        if (w.equals("or") && (t.lower(k + 1).equals("more") || t.lower(k + 1).equals("fewer"))) {
            // "one or more donations", "107 or more": the span runs on to the noun, or to "more"
            f.last = k + 1;
            int[] np = nounPhrase(k + 2, true);
            if (np != null && (NounForms.isPluralNoun(t.lower(np[2])) || NounForms.isMassNoun(t.lower(np[2])))) {
                f.objFirst = np[0];
                f.objLast = np[1];
                f.head = np[2];
                f.last = np[1];
            }
            return;
        }
        if (w.equals("more")) {
            start = k + 1; // "at least ten more people": "more" is in the object when a noun follows, "12 more" bare
        }
        int[] np = nounPhrase(start, true);
        if (np == null) {
            rate(f);
            return;
        }
        String article = t.lower(f.first - 1);
        if ((article.equals("a") || article.equals("an")) && np[2] > np[0] && f.value.compareTo(BigDecimal.ONE) != 0
                && commonNoun(np[0]) && !NounForms.isPluralNoun(t.lower(np[0]))) {
            f.objFirst = np[0]; // "a 149 vote margin", "a 300 page report": number and noun modify what follows,
            f.objLast = np[0]; // as in the hyphenated "a 10-point plan"
            f.head = np[0];
            f.last = np[0];
            return;
        }
        if (f.value.compareTo(BigDecimal.ONE) != 0 && !NounForms.isPluralNoun(t.lower(np[2])) && !NounForms.isMassNoun(t.lower(np[2]))
                && !pluralAcronym(np[2])) {
            sharedHead(f, start); // "2,000 Thai and 74 Malaysian stores"
            return; // a singular head after a number other than one is no counted noun we can trust
        }
        if (f.value.compareTo(BigDecimal.ONE) == 0 && pluralVerbAfterOne(np)) {
            if (np[2] == np[0]) {
                return; // "if one searches carefully": "one" is the pronoun, and what follows it its verb
            }
            np = new int[] {np[0], np[2] - 1, np[2] - 1}; // "one source claims that": the noun agrees with "one"
        }
        f.objFirst = np[0];
        f.objLast = np[1];
        f.head = np[2];
        f.last = np[1];
        if (f.value.compareTo(BigDecimal.ONE) == 0 && t.capitalized(np[2]) && NounForms.isPluralNoun(t.lower(np[2]))
                && commonNoun(np[1] + 1) && !NounForms.isPluralNoun(t.lower(np[1] + 1))) {
            f.objLast = np[1] + 1; // "one Yankees fan": a name in -s before a singular noun is its modifier
            f.head = np[1] + 1;
            f.last = np[1] + 1;
        }
        complements(f); // "members of the security forces", "men and women"
        if (start > k) {
            f.objFirst = k;
        }
        if (t.lower(f.last + 1).equals("or") && (t.lower(f.last + 2).equals("more") || t.lower(f.last + 2).equals("fewer"))) {
            f.last += 2; // "50 people or more"
        }
        rate(f);
    }

    /**
     * After "one" the counted noun is singular, so a lower-case word in -s that ends the phrase ("one source claims",
     * "one searches") is the verb, unless it is a noun in -s of either number ("one species", "one series") or the
     * phrase is a single such word with a name before it ("one Yankees fan" is handled by the caller).
     */
    private boolean pluralVerbAfterOne(int[] np) {
        String head = t.lower(np[2]);
        if (t.capitalized(np[2]) || !head.endsWith("s") || !NounForms.isPluralNoun(head) || np[1] != np[2]
                || NounForms.isSingularOrPlural(head) || NounForms.isMassNoun(head)) {
            return false;
        }
        return np[2] == np[0] || t.isWord(np[2] - 1) && !t.capitalized(np[2] - 1)
                && !NounForms.isPluralNoun(t.lower(np[2] - 1));
    }

    /** Words otherwise closed-class that modify a plural noun after a number: "four home matches", "two earlier deaths". */
    private static final java.util.Set<String> MODIFYING_ADVERBS = java.util.Set.of("home", "away", "overseas",
            "earlier", "later", "back", "nearby");


    /** "dead", "injured", "wounded", "missing": a state that names who is counted ("27 dead") or is said of them. */
    private boolean isState(int k) {
        return t.isWord(k) && switch (t.lower(k)) {
            case "dead", "injured", "wounded", "missing" -> true;
            default -> false;
        };
    }

    /** A lower-case word that can be a noun: not a closed-class word, a known verb, a participle or an adverb. */
    private boolean commonNoun(int k) {
        String w = t.lower(k);
        return t.isWord(k) && !t.capitalized(k) && !Lexicon.STOP.contains(w) && !Lexicon.VERBS.contains(w)
                && !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("ly") && !CARDINALS.containsKey(w);
    }

    /**
     * Whether the state word after a count starting at k is a noun: after "of" or a determiner ("a toll of 27 dead",
     * "among the 18 dead"). Elsewhere it is said of the count ("Hundreds dead in stampede", "left four dead and 20
     * injured", "4 were killed and 6 wounded") and stays out of span and object.
     */
    private boolean governedAsNoun(int k) {
        int before = k - 1;
        if (Lexicon.QUALIFIERS.contains(t.lower(before))) {
            before--;
        } else if (Lexicon.QUALIFIERS.contains(t.lower(before - 1) + " " + t.lower(before))) {
            before -= 2;
        }
        return t.lower(before).equals("of") || isDeterminer(before);
    }

    /** "a 92-year-old woman": the person or thing aged is the object. */
    void ageObject(FigureDraft f) {
        boolean attributive = t.isDash(f.last - 1) // "a 92-year-old woman", and unhyphenated "a 2000 year old tradition"
                || DURATIONS.containsKey(t.lower(f.last - 1)) && !NounForms.isPluralNoun(t.lower(f.last - 1));
        if (!attributive) {
            return; // "45 years old" has no noun
        }
        int[] np = nounPhrase(f.last + 1, true);
        // "40-year-old Skandaraj" names the person; "a 15-year-old U.S. schoolboy" has a name only as a modifier;
        // after an article a capitalized word is a common noun ("the sixteen-year-old Swede")
        String article = t.lower(f.first - 1);
        boolean determined = article.equals("the") || article.equals("a") || article.equals("an");
        if (np != null && !Lexicon.VERBS.contains(t.lower(np[2]))
                && (!t.capitalized(np[2]) || determined && np[0] == np[2] && !t.capitalized(np[2] + 1)
                        && !CARDINALS.containsKey(t.lower(np[2] + 1)))) {
            f.objFirst = np[0];
            f.objLast = np[1];
            f.head = np[2];
            f.last = np[1];
        }
    }

    private boolean isJoint(int k) {
        return t.lower(k).equals("and") || t.lower(k).equals("or");
    }

    private boolean isMembership(int k) {
        return switch (t.lower(k)) {
            case "member", "members", "mp", "mps", "mep", "meps", "case", "cases" -> true; // "cases of the virus"
            default -> false;
        };
    }

    private boolean isTimeNoun(int k) {
        String w = t.lower(k);
        return DURATIONS.containsKey(w) || w.equals("period") || w.equals("time") || w.equals("times")
                || w.equals("era") || w.equals("age");
    }

    private boolean isMeasure(int k) {
        return DURATIONS.containsKey(t.lower(k)) || MEASURES.containsKey(t.lower(k));
    }

    boolean isDeterminer(int k) {
        return switch (t.lower(k)) {
            case "the", "a", "an", "these", "those", "his", "her", "their", "its", "our", "my", "your", "this",
                 "that" -> true;
            default -> false;
        };
    }

    /**
     * The words of a noun phrase from k: {first, last, head} token indices, or null. A determiner is skipped (it is
     * not part of the counted object "victims" in "one of the victims"). Runs through adjectives and nouns, stops at
     * closed-class words, verbs, punctuation, and after the first plural noun.
     */
    int[] nounPhrase(int k, boolean direct) {
        int start = k;
        String first = t.lower(k);
        String second = t.lower(k + 1);
        if ((first.equals("those") || first.equals("these")) && !direct && t.isWord(k + 1) && !t.capitalized(k + 1)
                && NounForms.isPluralNoun(second) && !Lexicon.STOP.contains(second) && !second.endsWith("ed")
                && !Lexicon.VERBS.contains(second)) {
            return nounPhrase(k + 1, false); // "96 of those patients": a determiner before a plural noun
        }
        if (first.equals("those") || first.equals("these") || first.equals("them") || first.equals("whom")
                || first.equals("which") || first.equals("us") || first.equals("you") || first.equals("it")) {
            return null; // "four of whom", "two of them": a pronoun, nothing to name
        }
        if (!direct && first.equals("all") && t.isWord(k + 1) && !Lexicon.STOP.contains(t.lower(k + 1))) {
            start = k + 1; // "half of all children": the predeterminer is not what is counted
        } else if (!direct && first.equals("all") && isDeterminer(k + 1)) {
            start = k + 2; // "60% of all the votes"
        } else if (isDeterminer(k)) {
            if (direct) {
                return null;
            }
            start = k + 1;
        }
        boolean afterDeterminer = start > k;
        int last = -1;
        int head = -1;
        int words = 0;
        int m = start;
        while (words < MAX_NP_WORDS && m < t.size()) {
            if (m > 0 && t.lineStart(m)) {
                break; // a line break ends the phrase: "Dozens of dice" above a caption that starts "Professional ..."
            }
            if (words > 0 && t.capitalized(m) && t.raw(m).length() <= 2 && t.isNum(m + 1) && t.glued(m + 1)
                    && t.isWord(m + 2) && !t.glued(m + 2)) {
                last = m + 1; // "Amazon S3 buckets": a model designation inside a name is part of the name
                m += 2;
                continue;
            }
            if (!t.isWord(m)) {
                break;
            }
            String w = t.lower(m);
            // "two other incidents", "95 total players": adjectives that are closed-class words elsewhere
            boolean otherOne = words == 0 && t.isWord(m + 1) && !Lexicon.STOP.contains(t.lower(m + 1))
                    && (w.equals("other") || (w.equals("total") || MODIFYING_ADVERBS.contains(w))
                            && NounForms.isPluralNoun(t.lower(m + 1)) && !Lexicon.VERBS.contains(t.lower(m + 1)));
            String prev = t.lower(m - 1);
            if (!direct && words > 0 && NounForms.isPluralNoun(w) && !NounForms.isPluralNoun(prev)
                    && !prev.endsWith("ed") && !prev.endsWith("ing")
                    && (isDeterminer(m + 1) || t.lower(m + 1).equals("to") && Lexicon.STOP.contains(t.lower(m + 2))
                        || t.isNum(m + 1) || CARDINALS.containsKey(t.lower(m + 1)))) {
                // "20 percent of the revenue funds the schools": an -s verb after the singular noun of a partitive;
                // after a number the plural is the head ("give 11 million undocumented immigrants a path")
                break;
            }
            if (!direct && words == 0 && afterDeterminer && w.equals("total")
                    && (!t.isWord(m + 1) || Lexicon.STOP.contains(t.lower(m + 1)))) {
                last = m; // "41.7 percent of the total"
                head = m;
                words++;
                break;
            }
            if (w.equals("times") && words > 0 && !Lexicon.STOP.contains(t.lower(m - 1))) {
                last = m; // "five different times": occasions, after an adjective
                head = m;
                words++;
                break;
            }
            if (!otherOne && Lexicon.STOP.contains(w) || CARDINALS.containsKey(w) || VAGUE.containsKey(w)
                    || (t.capitalized(m) && (WEEKDAYS.containsKey(w) || MONTHS.containsKey(w) && w.length() > 3))) {
                break;
            }
            boolean verbish = Lexicon.VERBS.contains(w) || w.endsWith("ed") || w.endsWith("ing");
            if (verbish && words == 0 && afterDeterminer && (!t.isWord(m + 1) || Lexicon.STOP.contains(t.lower(m + 1))
                    || Lexicon.VERBS.contains(t.lower(m + 1)) || t.lower(m + 1).endsWith("ed"))) {
                last = m; // "four of the deceased", "most of the injured", "two of the wounded died"
                head = m;
                words++;
                break;
            }
            // "five seriously injured" is a clause; "2,000 poorly organized natives" a noun phrase
            boolean adverbOfAdjective = w.endsWith("ly") && t.isWord(m + 2) && NounForms.isPluralNoun(t.lower(m + 2))
                    && !Lexicon.STOP.contains(t.lower(m + 2)) && !Lexicon.VERBS.contains(t.lower(m + 2));
            if (w.endsWith("ly") && !adverbOfAdjective && t.isWord(m + 1) && (t.lower(m + 1).endsWith("ed")
                    || Lexicon.VERBS.contains(t.lower(m + 1)))) {
                break;
            }
            if (verbish && words > 0 && (w.endsWith("ing") || w.endsWith("ed")) && t.isWord(m + 1)
                    && NounForms.isPluralNoun(t.lower(m + 1)) && !Lexicon.STOP.contains(t.lower(m + 1))
                    && !Lexicon.VERBS.contains(t.lower(m + 1))) {
                verbish = false; // "breeding sites", "measles related deaths"
            }
            if (verbish && words == 0 && direct && w.endsWith("ing") && !Lexicon.VERBS.contains(w)
                    && (!t.isWord(m + 1) || Lexicon.STOP.contains(t.lower(m + 1)))) {
                verbish = false; // "the 25-year-old building at": a noun in -ing
            }
            if (verbish) {
                // an adjective only when a noun follows: "16 armed men", "wounded soldiers"; not "39 dead" or "8,000 detained"
                String next = t.lower(m + 1);
                if (words > 0 || !t.isWord(m + 1) || Lexicon.STOP.contains(next) || Lexicon.VERBS.contains(next)
                        || next.endsWith("ed") && !NounForms.isPerson(next)) {
                    break;
                }
                if (w.equals("more") || w.equals("dead")) {
                    break;
                }
            }
            last = m;
            head = m;
            words++;
            // "U.S. diplomats": an initialism with its dots is one word
            while (t.raw(last).length() == 1 && t.is(last + 1, '.') && t.glued(last + 1) && t.isWord(last + 2)
                    && t.glued(last + 2) && t.raw(last + 2).length() == 1) {
                last += 2;
                if (t.is(last + 1, '.') && t.glued(last + 1)) {
                    last++;
                }
                head = last;
            }
            if (!t.isWord(head)) {
                head = last - 1;
            }
            // hyphen compounds stay one word: "ex-Soviet", "security-forces"; a particle after the dash leaves the
            // head where it was ("passers-by", "runners-up", "mothers-in-law")
            while (t.isDash(last + 1) && t.glued(last + 1) && t.glued(last + 2) && t.isWord(last + 2)) {
                last += 2;
                if (!Lexicon.STOP.contains(t.lower(last))) {
                    head = last;
                }
            }
            int possessor = possessiveEnd(last);
            if (direct && possessor == last + 1 && NounForms.isPluralNoun(t.lower(head)) && t.isWord(possessor + 1)) {
                break; // "two doctors' approval": a plural possessor is what the number counts
            }
            if (possessor > last && t.isWord(possessor + 1) && !Lexicon.STOP.contains(t.lower(possessor + 1))) {
                last = possessor; // "the area's districts", "the People's Party": the possessor modifies what follows
                m = last + 1;
                continue;
            }
            m = last + 1;
            if (NounForms.isPluralNoun(t.lower(head)) || pluralAcronym(head)) {
                String next = t.lower(m);
                boolean compound = t.isWord(m) && !t.capitalized(m) && (NounForms.isPluralNoun(next) || NounForms.isMassNoun(next))
                        && !Lexicon.STOP.contains(next) && !Lexicon.VERBS.contains(next) && !next.endsWith("ed")
                        && !Lexicon.TIMETABLE_VERBS.contains(next); // "the trial of the 12 defendants begins"
                // a participle after a plural noun is its verb ("vendors offered products"), not a modifier; the
                // singular "measles" in "measles related deaths" does not end the phrase
                if (!compound) {
                    break; // "3,728 measles cases" and "Armed Forces personnel" go on
                }
            }
        }
        if (last < 0) {
            return null;
        }
        return new int[] {start, last, head};
    }

    /**
     * "2,000 Thai and 74 Malaysian stores": modifiers, then "and", "or" or a comma and another number whose noun is
     * plural. The first number counts the same noun: its span takes its own modifiers, its object the later head.
     */
    private void sharedHead(FigureDraft f, int start) {
        int m = modifiersBeforeJoint(start);
        int head = m < 0 ? -1 : headAfterJoint(m, 0);
        if (head < 0) {
            return;
        }
        f.objFirst = head;
        f.objLast = head;
        f.head = head;
        f.last = m - 1;
    }

    /** The "and", "or" or comma after one or two modifiers from start ("Thai and"), or -1. */
    private int modifiersBeforeJoint(int start) {
        int m = start;
        int words = 0;
        while (words < 2 && t.isWord(m) && !Lexicon.STOP.contains(t.lower(m)) && !Lexicon.VERBS.contains(t.lower(m))
                && !NounForms.isPluralNoun(t.lower(m))) {
            m++;
            words++;
            if (t.isDash(m) && t.glued(m) && t.glued(m + 1) && t.isWord(m + 1)) {
                m += 2; // "16,000 full-time and 40,000 part-time students"
            }
        }
        String joint = t.lower(m);
        return m == start || !(joint.equals("and") || joint.equals("or") || t.is(m, ',')) ? -1 : m;
    }

    /**
     * The plural head the number after the joint at m counts with modifiers of its own, through a list of such
     * numbers ("12 American, 8 Canadian and 3 Mexican scientists"), or -1.
     */
    private int headAfterJoint(int m, int depth) {
        int at = t.is(m, ',') && t.lower(m + 1).equals("and") ? m + 2 : m + 1;
        if (!t.isNum(at) && !(t.isWord(at) && CARDINALS.containsKey(t.lower(at)))) {
            return -1;
        }
        NumberSpan other = numbers.readNumber(at);
        if (other == null || other.ordinal || other.fraction) {
            return -1;
        }
        int[] np = nounPhrase(other.last + 1, true);
        if (np != null && np[2] != np[0] && NounForms.isPluralNoun(t.lower(np[2]))) {
            return np[2];
        }
        int next = depth < 3 ? modifiersBeforeJoint(other.last + 1) : -1;
        return next < 0 ? -1 : headAfterJoint(next, depth + 1); // the later number needs modifiers of its own
    }

    /**
     * "39 of the state's 40 delegates", "900 of the town's 5,000 residents": the whole after "of" is counted by a
     * figure of its own, so the part names no object (its event still comes from the clause).
     */
    private boolean numberedWhole(int k) {
        int m = isDeterminer(k) ? k + 1 : k;
        for (int p = m; p < m + 3 && t.isWord(p) && !Lexicon.STOP.contains(t.lower(p)); p++) {
            int end = possessiveEnd(p);
            if (end > p) {
                m = end + 1;
                break;
            }
        }
        if (Lexicon.QUALIFIERS.contains(t.lower(m))) {
            m++; // "the nation's roughly 200,000 residents"
        } else if (Lexicon.QUALIFIERS.contains(t.lower(m) + " " + t.lower(m + 1))) {
            m += 2;
        }
        return t.isNum(m) || (t.isWord(m) && CARDINALS.containsKey(t.lower(m)));
    }

    /** The last token of a possessive ending after word k ("state's", "states'"), or k when there is none. */
    private int possessiveEnd(int k) {
        boolean apostrophe = t.is(k + 1, '\'') || t.is(k + 1, '\u2019');
        if (!apostrophe || !t.glued(k + 1)) {
            return k;
        }
        if (t.lower(k + 2).equals("s") && t.glued(k + 2)) {
            return k + 2;
        }
        return t.lower(k).endsWith("s") && !t.glued(k + 2) ? k + 1 : k;
    }

    /** "MPs", "CEOs". */
    private boolean pluralAcronym(int k) {
        String raw = t.raw(k);
        return raw.length() >= 3 && raw.endsWith("s") && Character.isUpperCase(raw.charAt(raw.length() - 2));
    }
}
