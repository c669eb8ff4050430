package io.newsflow.enrich.figures;

import static io.newsflow.enrich.figures.Lexicon.CARDINALS;
import static io.newsflow.enrich.figures.Lexicon.CURRENCY_CODES;
import static io.newsflow.enrich.figures.Lexicon.CURRENCY_SYMBOLS;
import static io.newsflow.enrich.figures.Lexicon.DOLLAR_PREFIXES;
import static io.newsflow.enrich.figures.Lexicon.DURATIONS;

import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.FigureKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One pass over one field's tokens: figure assembly. At each token it tries, in order, a date, a clock time, a
 * currency, then a number (digits or words) whose kind is decided by what follows it (%, a currency, a unit of time or
 * measure, "ago", "-year-old", a counted noun); then the qualifier, the counted object and the event complete it.
 * Every look-ahead and look-behind is bounded by a few tokens, so the whole scan is linear in the length of the text.
 * Not thread-safe: one scanner per call.
 */
final class FigureScanner {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Tokens t;
    private final String field;
    private final int[] excluded; // sorted [start, end) pairs of character spans that hold no figure
    private final Sentences sentences;
    private final NumberReader numbers;
    private final NumberLabels labels;
    private final ClockReader clocks;
    private final DateReader calendar;
    private final CountedObject objects;
    private final UnitReader units;
    private final EventReader events;
    private final NumberUse use;
    private int excludedAt;
    private int consumed; // tokens before this index already belong to a figure
    private final List<FigureDraft> found = new ArrayList<>();

    FigureScanner(String field, String text, LocalDate published, int[] excluded) {
        this.t = Tokens.of(text);
        this.field = field;
        this.excluded = excluded;
        DateResolver resolver = new DateResolver(published);
        this.sentences = new Sentences(t);
        this.numbers = new NumberReader(t);
        this.labels = new NumberLabels(t);
        this.clocks = new ClockReader(t);
        this.calendar = new DateReader(t, resolver, sentences, labels);
        this.objects = new CountedObject(t, numbers);
        this.units = new UnitReader(t, numbers, objects);
        this.events = new EventReader(t, sentences);
        this.use = new NumberUse(t, sentences, objects, numbers);
    }

    List<Figure> scan() {
        int n = t.size();
        int i = 0;
        while (i < n) {
            if (isExcluded(i)) {
                i++;
                continue;
            }
            FigureDraft f = at(i);
            if (f == null) {
                i++;
                continue;
            }
            if (f.isFigure()) {
                complete(f);
                found.add(f);
            }
            i = Math.max(i + 1, f.last + 1);
            consumed = i;
        }
        shareRangeObjects();
        shareSentenceUnits();
        List<Figure> out = new ArrayList<>(found.size());
        for (FigureDraft f : found) {
            out.add(toFigure(f));
        }
        return out;
    }

    private FigureDraft at(int i) {
        byte type = t.type(i);
        if (type == Tokens.URL) {
            return FigureDraft.skip(i, i);
        }
        if (type == Tokens.CLOCK) {
            return labels.inName(i) ? FigureDraft.skip(i, i) : clocks.clock(i); // "the Ineos 1:59 Challenge"
        }
        if (type == Tokens.PUNCT) {
            String sym = t.raw(i);
            if (CURRENCY_SYMBOLS.containsKey(sym) && t.isNum(i + 1) && !t.isOdd(i + 1)) {
                return units.money(i, i + 1, CURRENCY_SYMBOLS.get(sym));
            }
            if (sym.equals("#") && t.plainInteger(i + 1) && t.glued(i + 1)
                    && !(t.glued(i + 2) && (t.isWord(i + 2) || t.isNum(i + 2)))
                    && !t.capitalized(i - 1) && !t.is(i - 1, '.')) {
                FigureDraft rank = new FigureDraft(i, i + 1, FigureKind.ORDINAL); // "the #2 browser"
                rank.numFirst = i + 1;
                rank.value = numbers.parse(i + 1);
                rank.unit = "ordinal";
                return rank;
            }
            if (sym.equals("#") && t.plainInteger(i + 1) && !t.glued(i + 1) && t.isWord(i - 1)) {
                // "# 1 Texas" as a tokenizer leaves "#1": a rank after a determiner, preposition or verb; a label
                // after a noun ("Locomotive # 8", "baggage # 10")
                String before = t.lower(i - 1);
                if (!Lexicon.STOP.contains(before) && !before.endsWith("ed") && !isRankVerb(before)) {
                    return labels.skipLabel(i + 1, i);
                }
                FigureDraft rank = new FigureDraft(i, i + 1, FigureKind.ORDINAL);
                rank.numFirst = i + 1;
                rank.value = numbers.parse(i + 1);
                rank.unit = "ordinal";
                return rank;
            }
            if ((sym.equals("#") || sym.equals("+")) && t.isNum(i + 1) && t.glued(i + 1)) {
                return labels.skipLabel(i + 1, i); // "Issue #5", "#1reason", "+44"
            }
            return null;
        }
        if (type == Tokens.NUM) {
            if (t.plainInteger(i) && t.digitCount(i) == 4 && clocks.isZone(i + 1)) {
                FigureDraft f = new FigureDraft(i, i, FigureKind.COUNT);
                f.value = numbers.parse(i);
                if (clocks.time(f, i + 1)) {
                    return f; // "1500 UTC", "0000 GMT"
                }
            }
            FigureDraft slashed = calendar.slashDate(i);
            if (slashed != null) {
                return slashed; // "9/23/06"
            }
            if (labels.isLabel(i)) {
                return labels.skipLabel(i, i);
            }
            FigureDraft d = calendar.numericDate(i);
            if (d != null) {
                return d;
            }
            return number(i);
        }
        if (type == Tokens.WORD) {
            FigureDraft d = calendar.wordDate(i);
            if (d != null) {
                return d;
            }
            return wordFigure(i);
        }
        return null;
    }

    private FigureDraft wordFigure(int i) {
        String w = t.lower(i);
        // "US$5", "A$3m"
        if (DOLLAR_PREFIXES.containsKey(w) && t.is(i + 1, '$') && t.glued(i + 1) && t.isNum(i + 2)) {
            return units.money(i, i + 2, DOLLAR_PREFIXES.get(w));
        }
        // "USD 5 million", "Rs 500", "Rs.500"
        if (CURRENCY_CODES.containsKey(w) && (t.allCaps(i) || w.equals("rs"))) {
            int k = t.is(i + 1, '.') ? i + 2 : i + 1;
            if (t.isNum(k) && !t.isOdd(k)) {
                return units.money(i, k, CURRENCY_CODES.get(w));
            }
        }
        // "aged 42", "ages 8 to 10", "aged between 18 and 25", "at the age of four months"
        int at = ((w.equals("age") || w.equals("ages")) && t.lower(i + 1).equals("of")) || (w.startsWith("age") && t.lower(i + 1).equals("between"))
                ? i + 2 : i + 1;
        if ((w.equals("aged") || w.equals("age") || w.equals("ages"))
                && ((t.isNum(at) && !t.isOdd(at)) || (t.isWord(at) && CARDINALS.containsKey(t.lower(at))))) {
            NumberSpan n = numbers.readNumber(at);
            if (n != null && !n.fraction && !n.ordinal) {
                FigureDraft f = new FigureDraft(i, n.last, FigureKind.AGE);
                f.numFirst = n.first;
                f.value = n.value;
                f.unit = "year";
                Lexicon.Unit unit = DURATIONS.get(t.lower(f.last + 1));
                if (unit != null && t.isWord(f.last + 1) && isAgeUnit(unit.name())) {
                    f.unit = unit.name();
                    f.last++;
                    if (t.lower(f.last + 1).equals("old")) {
                        f.last++;
                    }
                }
                return f;
            }
        }
        // "ranked number 53": a place on a list
        if (w.equals("number") && !t.capitalized(i) && t.plainInteger(i + 1) && isRankVerb(t.lower(i - 1))) {
            FigureDraft f = new FigureDraft(i, i + 1, FigureKind.ORDINAL);
            f.numFirst = i + 1;
            f.value = numbers.parse(i + 1);
            f.unit = "ordinal";
            return f;
        }
        // "the number one talk station", "a number 1 hit": "number" and a cardinal before a noun rank it
        if (w.equals("number") && !t.capitalized(i) && (objects.isDeterminer(i - 1) || t.is(i - 1, '"')
                || t.lower(i - 1).equals("s") && t.glued(i - 1)) // "Melbourne's number one rating talk station"
                && (t.plainInteger(i + 1) || CARDINALS.containsKey(t.lower(i + 1)) && !t.capitalized(i + 1))
                && t.isWord(i + 2) && !Lexicon.STOP.contains(t.lower(i + 2))) {
            NumberSpan n = numbers.readNumber(i + 1);
            if (n != null && n.last == i + 1 && !n.ordinal && !n.fraction) {
                FigureDraft f = new FigureDraft(i, i + 1, FigureKind.ORDINAL);
                f.numFirst = i + 1;
                f.value = n.value;
                f.unit = "ordinal";
                return f;
            }
        }
        // hurricane "Category 5" measures intensity
        if (w.equals("category") && t.isNum(i + 1) && t.plainInteger(i + 1) && t.digitCount(i + 1) == 1) {
            FigureDraft f = new FigureDraft(i, i + 1, FigureKind.QUANTITY);
            f.numFirst = i + 1;
            f.value = numbers.parse(i + 1);
            f.unit = "category";
            return f;
        }
        // "magnitude 7.1", "magnitude-6.4"
        if (w.equals("magnitude")) {
            int k = t.isDash(i + 1) && t.glued(i + 1) ? i + 2 : i + 1;
            if (t.isNum(k) && !t.isOdd(k)) {
                FigureDraft f = new FigureDraft(i, k, FigureKind.QUANTITY);
                f.numFirst = k;
                f.value = t.raw(k).isEmpty() ? null : numbers.parse(k);
                f.unit = "magnitude";
                return f;
            }
        }
        FigureDraft stretch = units.pastStretch(i);
        if (stretch != null) {
            return stretch; // "over the last century"
        }
        if (w.equals("a") || w.equals("an")) {
            FigureDraft d = units.articleDuration(i);
            if (d != null) {
                return d; // "a year and a half", "a decade", "for a day"
            }
            FigureDraft m = units.articleMeasure(i);
            if (m != null) {
                return m; // "less than a kilometre", "half a mile"
            }
        }
        if (use.isNumberWord(i)) {
            return number(i);
        }
        return null;
    }


    private static boolean isRankVerb(String w) {
        return switch (w) {
            case "ranked", "ranks", "rank", "placed", "at", "reached", "peaked", "climbed", "rose", "fell", "dropped",
                 "slipped" -> true;
            default -> false;
        };
    }

    private static boolean isAgeUnit(String unit) {
        return unit.equals("year") || unit.equals("month") || unit.equals("week");
    }

    /** A number and what follows it: the kind is decided here. */
    private FigureDraft number(int i) {
        NumberSpan n = numbers.readNumber(i);
        if (n == null) {
            return null;
        }
        if (n.words && !use.counts(n)) {
            return FigureDraft.skip(n.first, n.last);
        }
        if (n.ordinal) {
            if (!use.ranks(n) || use.designates(n)) {
                return FigureDraft.skip(n.first, n.last);
            }
            FigureDraft f = new FigureDraft(n.first, n.last, FigureKind.ORDINAL);
            f.value = n.value;
            f.unit = "ordinal";
            // "third-highest", "second-fastest": the compound is the span; "third-party", "second-hand" are terms
            if (t.isDash(f.last + 1) && t.glued(f.last + 1) && t.glued(f.last + 2) && t.isWord(f.last + 2)) {
                String w = t.lower(f.last + 2);
                if (w.equals("party") || w.equals("hand") || w.equals("rate") || w.equals("guess") || w.equals("class")
                        || w.equals("degree")) {
                    return FigureDraft.skip(n.first, f.last + 2);
                }
                f.last += 2;
            }
            return f;
        }
        int k = n.last + 1;
        FigureDraft f = new FigureDraft(n.first, n.last, FigureKind.COUNT);
        f.value = n.value;
        f.unit = "count";
        f.scale = n.scale;
        if (!n.fraction && !n.vague && units.outOfEvery(f, k)) {
            return f;
        }
        if (n.fraction) {
            f.kind = FigureKind.QUANTITY;
            f.unit = "fraction";
            objects.partitiveObject(f);
            return f;
        }
        if (units.percent(f, k)) {
            return f;
        }
        if (!n.vague && units.multiplier(f, k)) {
            return f; // "18-fold", "three times as many"
        }
        String code = units.currencyAfter(k);
        if (code != null) {
            f.kind = n.vague ? FigureKind.VAGUE : FigureKind.MONEY;
            f.unit = "money:" + code;
            f.last = k + units.currencyWords(k) - 1;
            return f;
        }
        if (!n.vague && units.age(f, k)) {
            objects.ageObject(f);
            return f;
        }
        if (!n.vague && units.duration(f, k)) {
            return f;
        }
        if (!n.vague && units.quantity(f, k)) {
            return f;
        }
        if (!n.vague && (!n.words || t.lower(k).equals("o")) && clocks.time(f, k)) {
            return f; // "6.30pm", "1500 GMT", "eleven o'clock"
        }
        if (!n.vague && units.statedAge(f, n)) {
            return f; // "Thomas Sam, 42,", "when she was six"
        }
        if (n.vague) {
            f.kind = FigureKind.VAGUE;
            if (t.lower(n.first).equals("decades")) {
                f.unit = "year";
                return f;
            }
            if (t.lower(k).equals("of") && DURATIONS.containsKey(t.lower(k + 1)) && t.lower(k + 1).endsWith("s")) {
                f.unit = DURATIONS.get(t.lower(k + 1)).name();
                f.last = k + 1;
                return f;
            }
            if (t.lower(k).equals("of") && t.isWord(k + 1) && t.lower(k + 1).length() > 3
                    && Lexicon.MEASURES.containsKey(t.lower(k + 1))) {
                f.unit = Lexicon.MEASURES.get(t.lower(k + 1)); // "hundreds of miles": a vague measure, no object
                f.last = k + 1;
                return f;
            }
            objects.partitiveOrNounObject(f);
            return f;
        }
        // a hyphen compound with a noun: "ten-storey building", "a 10-point plan"
        if (t.isDash(k) && t.glued(k) && t.glued(k + 1) && t.lower(k + 1).equals("odd")) {
            f.last = k + 1; // "50-odd routes": "odd" says the number is rounded; the noun after it is counted
            objects.partitiveOrNounObject(f);
            return f;
        }
        if (t.isDash(k) && t.glued(k) && t.glued(k + 1) && t.isWord(k + 1) && !Lexicon.STOP.contains(t.lower(k + 1))) {
            if (n.value.compareTo(BigDecimal.ONE) == 0 && Lexicon.NOT_ONE_COMPOUND.contains(t.lower(k + 1))) {
                return FigureDraft.skip(n.first, k + 1);
            }
            f.objFirst = k + 1; // "ten-storey", "55-member": the noun is what is counted
            f.objLast = k + 1;
            f.head = k + 1;
            f.last = k + 1;
            return f;
        }
        objects.partitiveOrNounObject(f);
        return f;
    }



    private void complete(FigureDraft f) {
        boolean year = f.kind == FigureKind.DATE && f.first == f.last && f.normalized != null
                && f.normalized.length() == 4 && t.plainInteger(f.first);
        if (f.kind != FigureKind.DATE && f.kind != FigureKind.ORDINAL || year) {
            qualifier(f); // "in about 1927" qualifies a year as "about 2,000" a count
        }
        switch (f.kind) {
            case DATE, TIME, DURATION, MONEY, ORDINAL -> f.objFirst = -1; // these name no counted object ("33 Earth days")
            default -> {
            }
        }
        if ((f.kind == FigureKind.COUNT || f.kind == FigureKind.VAGUE) && f.unit.equals("count")) {
            boolean anaphoric = f.objFirst >= 0 && NounForms.isAnaphoric(t.lower(f.head));
            // a capitalized head alone is a people's name ("Taliban", "Greeks"); after a name it is a thing ("FA Cups")
            // "15 of the detained": a participle after "the" names the people it befell
            boolean participants = f.objFirst >= 0 && f.head == f.objFirst && t.lower(f.head).endsWith("ed")
                    && t.lower(f.objFirst - 1).equals("the") && t.lower(f.objFirst - 2).equals("of");
            boolean person = f.objFirst >= 0 && (anaphoric ? antecedentIsPeople(f)
                    : NounForms.isPerson(t.lower(f.head)) || t.capitalized(f.head) && f.head == f.objFirst
                    || participants);
            boolean whole = f.value.stripTrailingZeros().scale() <= 0; // "at 6.3": a bare decimal counts no one
            if ((f.objFirst < 0 && whole) || person || anaphoric || events.outcome(f) != null) {
                String apposed = apposedEvent(f);
                f.event = apposed != null ? apposed : events.event(f);
            }
            if (f.event == null && (f.objFirst < 0 && whole || person)) {
                f.event = breakdownEvent(f);
            }
            if (person || f.event != null) {
                f.unit = "person";
            }
        }
    }

    /**
     * The event of the people a count breaks down, or null: "Four of the deceased were from overseas; they were two
     * Argentinians, one from France". A count after "they were" takes the event of the count of people just before
     * it (in its sentence or the one before); a count with no predicate of its own that follows such a count in a
     * list ("two Argentinians, one from France") takes it too, and so does a bare part of it after "including" or
     * "with" in its sentence.
     */
    private String breakdownEvent(FigureDraft f) {
        FigureDraft before = null;
        for (int x = found.size() - 1; x >= 0 && before == null; x--) {
            FigureDraft d = found.get(x);
            if (d.kind == FigureKind.COUNT || d.kind == FigureKind.VAGUE) {
                before = d;
            }
        }
        if (before == null || before.event == null || !"person".equals(before.unit)
                || sentences.id(before.numFirst) < sentences.id(f.numFirst) - 1) {
            return null;
        }
        String be = t.lower(f.first - 1);
        if ((be.equals("including") || be.equals("with"))
                && sentences.id(before.numFirst) == sentences.id(f.numFirst)) {
            return before.event; // "3,728 measles cases, with 198 in the last day", "killed 30, including 12 on Monday"
        }
        if ((be.equals("to") || be.equals("from")) && Lexicon.AMOUNT_VERBS.contains(t.lower(f.first - 2))
                || be.equals("from") && (t.lower(f.first - 2).equals("up") || t.lower(f.first - 2).equals("down"))) {
            // "512 detentions in 2020, falling to 248 in 2022", "1,100 cases, up from 730": the same series
            return sentences.id(before.numFirst) == sentences.id(f.numFirst) ? before.event : null;
        }
        String they = t.lower(f.first - 2);
        if ((be.equals("were") || be.equals("are")) && (they.equals("they") || they.equals("these") || they.equals("those"))) {
            return before.event;
        }
        boolean sameSentence = sentences.id(before.numFirst) == sentences.id(f.numFirst);
        if (be.equals("at") && reEstimates(f.first - 2)) {
            return before.event; // "Police put the number at about 4,500": another estimate of the count just given
        }
        if (be.equals("of") && they.equals("those") && t.is(f.first - 3, ',') && sameSentence) {
            return before.event; // "Seven bodies, those of four women, two men and a girl"
        }
        int joint = f.first - 1;
        if (!t.is(joint, ',') && !t.lower(joint).equals("and")) {
            return null;
        }
        if (t.lower(joint).equals("and") && t.is(joint - 1, ',')) {
            joint--;
        }
        // the count before, with at most a short phrase of its own ("one from Chile"), then the list's comma or "and"
        boolean listed = before.last == joint - 1 || joint - 1 - before.last <= 3 && withoutPredicate(before.last);
        // "20 bodies had been recovered, eleven women and nine men": the list after the clause of the count it breaks down
        boolean afterItsClause = sameSentence && t.is(joint, ',') && joint == f.first - 1
                && joint - 1 - before.last <= 5 && wordsOnly(before.last + 1, joint - 1);
        boolean listGoesOn = (t.lower(f.last + 1).equals("and") || t.lower(f.last + 1).equals("or"))
                && (t.isNum(f.last + 2) || CARDINALS.containsKey(t.lower(f.last + 2))); // "eleven women and nine men"
        return listed && withoutPredicate(f.last) || afterItsClause && (withoutPredicate(f.last) || listGoesOn)
                ? before.event : null;
    }

    /**
     * The event of the count of people that this count stands in apposition to, or null: "Three of the captives, two
     * elderly men and a teenage boy, died" gives "two elderly men" the event of "Three of the captives". The count
     * follows the other and its comma, and goes on with the apposition's list or its closing comma.
     */
    private String apposedEvent(FigureDraft f) {
        FigureDraft before = found.isEmpty() ? null : found.get(found.size() - 1);
        if (before == null || before.event == null || !"person".equals(before.unit) || before.last != f.first - 2
                || !t.is(f.first - 1, ',')) {
            return null;
        }
        String next = t.lower(f.last + 1);
        return t.is(f.last + 1, ',') || next.equals("and") || next.equals("or") ? before.event : null;
    }

    /**
     * Whether the words ending at k put a number on something counted before: "put the number", "put the crowd",
     * "estimated the turnout", "placed the figure".
     */
    private boolean reEstimates(int k) {
        String noun = t.lower(k);
        boolean counted = switch (noun) {
            case "number", "figure", "crowd", "turnout", "total", "count", "numbers", "figures" -> true;
            default -> false;
        };
        int verb = t.lower(k - 1).equals("the") || t.lower(k - 1).equals("their") || t.lower(k - 1).equals("its")
                ? k - 2 : k - 1;
        return counted && switch (t.lower(verb)) {
            case "put", "puts", "putting", "placed", "places", "estimated", "estimates", "set", "sets" -> true;
            default -> false;
        };
    }

    private boolean wordsOnly(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!t.isWord(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether what follows token k is no predicate: punctuation, the end, or a phrase like "from France". */
    private boolean withoutPredicate(int k) {
        String next = t.lower(k + 1);
        return k + 1 >= t.size() || t.type(k + 1) == Tokens.PUNCT || next.equals("from") || next.equals("of")
                || next.equals("in") || next.equals("aged");
    }

    /**
     * "killed 4 and injured 15 others", "destroyed 400 homes and damaged 1,200 others": "others" counts what the
     * count before it in the sentence counted.
     */
    private boolean antecedentIsPeople(FigureDraft f) {
        for (int x = found.size() - 1; x >= 0; x--) {
            FigureDraft before = found.get(x);
            if (sentences.id(before.numFirst) != sentences.id(f.numFirst)) {
                return false;
            }
            if (before.kind == FigureKind.COUNT || before.kind == FigureKind.VAGUE) {
                return "person".equals(before.unit);
            }
        }
        return false;
    }

    private void qualifier(FigureDraft f) {
        int first = f.first;
        for (int len = 3; len >= 1; len--) {
            int s = first - len;
            if (s < consumed || s < 0) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            boolean words = true;
            for (int k = s; k < first; k++) {
                if (!t.isWord(k)) {
                    words = false;
                    break;
                }
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(t.lower(k));
            }
            if (words && Lexicon.QUALIFIERS.contains(b.toString())) {
                f.approx = b.toString();
                f.first = s;
                return;
            }
        }
    }

    /**
     * "between 36 and 40 people", "between $5 and $7 billion", "about 16–17 percent": the first end of a range takes
     * the multiplier, unit and object of the second.
     */
    private void shareRangeObjects() {
        for (int x = 0; x + 1 < found.size(); x++) {
            FigureDraft a = found.get(x);
            FigureDraft b = found.get(x + 1);
            String between = t.lower(a.last + 1);
            // "and" joins the ends of a range only after "between": "1.2 million and 14 districts" are two counts
            boolean joined = b.first - a.last == 2 && (between.equals("and")
                    && (t.lower(a.first - 1).equals("between") || a.kind == FigureKind.AGE) // "aged 24 and 31"
                    || between.equals("or") || between.equals("to") || t.isDash(a.last + 1));
            if (!joined || a.kind == FigureKind.DATE || b.kind == FigureKind.DATE || a.kind == FigureKind.ORDINAL
                    || a.value == null || b.value == null) {
                continue;
            }
            if (a.kind == FigureKind.AGE && b.kind == FigureKind.COUNT && b.objFirst < 0) {
                b.kind = FigureKind.AGE; // "aged 7 to 15": the second end is an age too
                b.unit = a.unit;
                b.event = null;
                continue;
            }
            if (isBare(b) && isMeasured(a)) {
                b.kind = a.kind; // "between US$200 and 300 million": the second end takes the first's currency
                b.unit = a.unit;
                b.event = null;
            }
            if (a.scale == null && b.scale != null && (a.kind == b.kind || a.kind == FigureKind.COUNT)) {
                a.value = a.value.multiply(b.scale);
                a.scale = b.scale;
            }
            if (a.kind != FigureKind.COUNT || a.objFirst >= 0 || !(a.unit.equals("count") || a.unit.equals("person"))) {
                continue;
            }
            if (b.kind == FigureKind.COUNT && b.objFirst < 0) {
                continue;
            }
            a.kind = b.kind;
            a.unit = b.unit;
            a.objFirst = b.objFirst;
            a.objLast = b.objLast;
            a.head = b.head;
            if (b.kind == FigureKind.DURATION && b.iso != null) {
                a.value = a.value.multiply(b.factor);
                a.factor = b.factor;
                a.iso = b.iso;
                a.normalized = UnitReader.isoDuration(a.value, b.iso);
            }
            if (a.event == null && b.kind == FigureKind.COUNT) {
                a.event = b.event;
            }
            if (a.kind != FigureKind.COUNT && a.kind != FigureKind.VAGUE) {
                a.event = null; // "between five and 29 years old": ages, measures and money name no event
            }
        }
    }

    /** A count with no noun, unit or event: "300 million" in "between US$200 and 300 million". */
    private static boolean isBare(FigureDraft f) {
        return f.kind == FigureKind.COUNT && f.objFirst < 0 && "count".equals(f.unit) && f.event == null
                && f.value != null;
    }

    private static boolean isMeasured(FigureDraft f) {
        return f.kind == FigureKind.MONEY || f.kind == FigureKind.PERCENT || f.kind == FigureKind.QUANTITY;
    }

    /**
     * A bare number whose unit the sentence gave before it takes that unit when it is compared with the measure ("5
     * hectares, up from 3.2", "30 mph, just nine short of storm strength"); a bare decimal after a magnitude, or just
     * after the word, is a magnitude ("the magnitude was 5.5; USGS reported 5.8").
     */
    private void shareSentenceUnits() {
        for (int x = 0; x < found.size(); x++) {
            FigureDraft b = found.get(x);
            if (!isBare(b)) {
                continue;
            }
            boolean decimal = b.value.stripTrailingZeros().scale() > 0;
            if (decimal && nearWord(b.numFirst, "magnitude")) {
                b.kind = FigureKind.QUANTITY;
                b.unit = "magnitude";
                continue;
            }
            FigureDraft a = x > 0 ? found.get(x - 1) : null;
            if (a == null || !isMeasured(a) || sentences.id(a.last) < sentences.id(b.first) - 1) {
                continue;
            }
            boolean sameSentence = sentences.id(a.last) == sentences.id(b.first);
            String before = t.lower(b.first - 1);
            boolean compared = before.equals("from") || before.equals("than") || t.lower(b.last + 1).equals("short");
            if ((sameSentence && compared) || (decimal && "magnitude".equals(a.unit))) {
                b.kind = a.kind;
                b.unit = a.unit;
            }
        }
    }

    /** Whether {@code word} is one of the three tokens before token i, in its sentence. */
    private boolean nearWord(int i, String word) {
        for (int k = i - 1; k >= 0 && k >= i - 3 && sentences.id(k) == sentences.id(i); k--) {
            if (t.lower(k).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private Figure toFigure(FigureDraft f) {
        int start = t.start(f.first);
        int end = t.end(f.last);
        String object = f.objFirst < 0 ? null
                : SPACES.matcher(t.text.substring(t.start(f.objFirst), t.end(f.objLast))).replaceAll(" ");
        BigDecimal value = f.value == null ? null : NumberReader.tidy(f.value);
        return new Figure(t.text.substring(start, end), value, f.unit, object, f.approx, f.kind, f.normalized, f.event,
                field, start, end);
    }

    private boolean isExcluded(int i) {
        if (excluded == null || excluded.length == 0) {
            return false;
        }
        int start = t.start(i);
        while (excludedAt < excluded.length && excluded[excludedAt + 1] <= start) {
            excludedAt += 2;
        }
        return excludedAt < excluded.length && excluded[excludedAt] <= start;
    }
}
