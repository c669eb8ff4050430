package io.newsflow.enrich.figures;

import static io.newsflow.enrich.figures.Lexicon.CARDINALS;
import static io.newsflow.enrich.figures.Lexicon.CURRENCY_CODES;
import static io.newsflow.enrich.figures.Lexicon.CURRENCY_WORDS;
import static io.newsflow.enrich.figures.Lexicon.DURATIONS;
import static io.newsflow.enrich.figures.Lexicon.MEASURES;
import static io.newsflow.enrich.figures.Lexicon.SCALES;
import static io.newsflow.enrich.figures.Lexicon.SHORT_SCALES;

import io.newsflow.core.schema.FigureKind;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What follows a number decides its kind: a percent sign or word, a currency, "-year-old", a unit of time (a duration,
 * "ago" or not), a unit of measure, or "out of every" (a fraction).
 */
final class UnitReader {

    private final Tokens t;
    private final NumberReader numbers;
    private final CountedObject objects;

    UnitReader(Tokens t, NumberReader numbers, CountedObject objects) {
        this.t = t;
        this.numbers = numbers;
        this.objects = objects;
    }

    /** "one out of every thousand children", "one in five adults": a fraction. */
    boolean outOfEvery(FigureDraft f, int k) {
        int m;
        // "17 out of 18" stays two counts; only "every" makes a proportion
        if (t.lower(k).equals("out") && t.lower(k + 1).equals("of") && t.lower(k + 2).equals("every")) {
            m = k + 3;
        } else if (t.lower(k).equals("in") && t.lower(k + 1).equals("every")) {
            m = k + 2;
        } else if (t.lower(k).equals("in") && f.value.compareTo(BigDecimal.ONE) == 0 && f.first == f.last
                && (t.isNum(k + 1) || CARDINALS.containsKey(t.lower(k + 1)))) {
            m = k + 1; // "one in four adults", "1 in 10": one of a whole is a proportion
        } else {
            return false;
        }
        if (!(t.isNum(m) || CARDINALS.containsKey(t.lower(m)) || SCALES.containsKey(t.lower(m)))) {
            return false;
        }
        NumberSpan whole = SCALES.containsKey(t.lower(m)) && !t.lower(m).equals("hundred")
                ? new NumberSpan(m, m, SCALES.get(t.lower(m)), false, false, false, true) : numbers.readNumber(m);
        if (whole == null || whole.value.compareTo(BigDecimal.ONE) <= 0 || whole.ordinal || whole.fraction) {
            return false;
        }
        f.kind = FigureKind.QUANTITY;
        f.unit = "fraction";
        f.value = f.value.divide(whole.value, 4, RoundingMode.HALF_UP);
        f.last = whole.last;
        int[] np = objects.nounPhrase(f.last + 1, true);
        if (np != null) {
            f.objFirst = np[0];
            f.objLast = np[1];
            f.head = np[2];
            f.last = np[1];
        }
        return true;
    }

    /**
     * A multiplier: "18-fold", "a thousand fold", "three times as many", "300 times the price". "times" alone counts
     * occasions ("viewed a million times"); only a comparison after it makes it a factor.
     */
    boolean multiplier(FigureDraft f, int k) {
        int last;
        if (t.isDash(k) && t.glued(k) && t.glued(k + 1) && t.lower(k + 1).equals("fold")) {
            last = k + 1;
        } else if (t.lower(k).equals("fold") && t.isWord(k)) {
            last = k;
        } else if (t.lower(k).equals("times") && isComparison(k + 1)) {
            last = k;
        } else {
            return false;
        }
        f.kind = FigureKind.QUANTITY;
        f.unit = "times";
        f.last = last;
        return true;
    }

    private boolean isComparison(int k) {
        String w = t.lower(k);
        return switch (w) {
            case "as", "the", "that", "more", "less", "fewer", "higher", "lower", "larger", "bigger", "greater",
                 "smaller", "faster", "slower", "longer", "shorter", "heavier", "stronger", "over", "what", "its",
                 "their", "his", "her", "our", "normal", "average" -> true;
            default -> w.endsWith("er") && t.lower(k + 1).equals("than");
        };
    }

    boolean percent(FigureDraft f, int k) {
        String w = t.lower(k);
        int last = -1;
        if (t.is(k, '%') || w.equals("percent") || w.equals("pct")) {
            last = k;
        } else if (w.equals("per") && t.lower(k + 1).equals("cent")) {
            last = k + 1;
        } else if (w.equals("percentage") && (t.lower(k + 1).equals("points") || t.lower(k + 1).equals("point"))) {
            last = k + 1;
        } else if (w.equals("percentage") && t.isDash(k + 1) && t.lower(k + 2).startsWith("point")) {
            last = k + 2;
        } else if (w.equals("pc") && t.glued(k)) {
            last = k;
        }
        if (last < 0) {
            return false;
        }
        f.kind = FigureKind.PERCENT;
        f.unit = w.equals("percentage") ? "percentage point" : "percent";
        f.last = last;
        objects.partitiveObject(f);
        return true;
    }

    /** A currency named after a number: "5 million euros", "20 US dollars", "300 GBP". */
    String currencyAfter(int k) {
        if (!t.isWord(k)) {
            return null;
        }
        String two = t.lower(k) + " " + t.lower(k + 1);
        if (CURRENCY_WORDS.containsKey(two)) {
            return CURRENCY_WORDS.get(two);
        }
        String w = t.lower(k);
        if ((w.equals("pounds") || w.equals("pound")) && t.lower(k + 1).equals("of")) {
            return null; // weight
        }
        if (CURRENCY_WORDS.containsKey(w)) {
            return CURRENCY_WORDS.get(w);
        }
        if (CURRENCY_CODES.containsKey(w) && t.allCaps(k)) {
            return CURRENCY_CODES.get(w);
        }
        return null;
    }

    int currencyWords(int k) {
        return CURRENCY_WORDS.containsKey(t.lower(k) + " " + t.lower(k + 1)) ? 2 : 1;
    }

    FigureDraft money(int first, int numAt, String code) {
        NumberSpan n = numbers.readNumber(numAt);
        if (n == null || n.ordinal) {
            return null;
        }
        FigureDraft f = new FigureDraft(first, n.last, FigureKind.MONEY);
        f.numFirst = numAt;
        f.value = n.value;
        f.scale = n.scale;
        f.unit = "money:" + code;
        // "$5 million" was scaled by readNumber; "$5 bn" spaced is scaled here
        String w = t.lower(f.last + 1);
        if (f.last == numAt && SHORT_SCALES.containsKey(w) && !w.equals("m") && !w.equals("b") && t.isWord(f.last + 1)) {
            f.value = f.value.multiply(SHORT_SCALES.get(w));
            f.scale = SHORT_SCALES.get(w);
            f.last++;
        }
        return f;
    }

    /** The token after a standard of measure at k ("U.S.", "US", "imperial", "metric"), or k when there is none. */
    private int standardEnd(int k) {
        String w = t.lower(k);
        if (w.equals("imperial") || w.equals("metric") || w.equals("us") || w.equals("nautical")) {
            return k + 1;
        }
        if (w.equals("u") && t.is(k + 1, '.') && t.lower(k + 2).equals("s") && t.glued(k + 2)) {
            return t.is(k + 3, '.') && t.glued(k + 3) ? k + 4 : k + 3;
        }
        return k;
    }

    boolean age(FigureDraft f, int k) {
        // "45-year-old", "eleven-month-old"
        if (t.isDash(k) && t.glued(k) && DURATIONS.containsKey(t.lower(k + 1)) && t.isDash(k + 2)
                && (t.lower(k + 3).equals("old") || t.lower(k + 3).equals("olds"))) {
            f.kind = FigureKind.AGE;
            f.unit = DURATIONS.get(t.lower(k + 1)).name();
            f.last = k + 3;
            return true;
        }
        // "45 years old", "45 year-old"
        String after = t.lower(k + 1);
        if (DURATIONS.containsKey(t.lower(k)) && (after.equals("old") || after.equals("olds")
                || (t.isDash(k + 1) && t.lower(k + 2).startsWith("old")))) {
            f.kind = FigureKind.AGE;
            f.unit = DURATIONS.get(t.lower(k)).name();
            f.last = t.isDash(k + 1) ? k + 2 : k + 1;
            return true;
        }
        return false;
    }

    /**
     * An age stated without a unit: set off by commas after a name ("Thomas Sam, 42, and his wife") or after "he was",
     * "she turned" with no noun following ("until she was eighteen and"). Whole numbers below 120 only.
     */
    boolean statedAge(FigureDraft f, NumberSpan n) {
        if (n.fraction || n.ordinal || n.scale != null || n.value.stripTrailingZeros().scale() > 0
                || n.value.signum() <= 0 || n.value.compareTo(BigDecimal.valueOf(120)) >= 0) {
            return false;
        }
        int before = n.first - 1;
        if ((t.lower(before).equals("now") || t.lower(before).equals("then")) && t.is(before - 1, ',')) {
            before--; // "James Fields, now 22,"
        } else if (Lexicon.QUALIFIERS.contains(t.lower(before)) && t.lower(before - 1).equals("of")) {
            before--; // "a boy of about 12"
        }
        int after = n.last + 1;
        boolean closed = t.is(after, ',') || t.is(after, ')') || t.is(after, ';') || t.is(after, '.');
        boolean named = t.capitalized(before - 1) && !t.allCaps(before - 1)
                && !Lexicon.MONTHS.containsKey(t.lower(before - 1)) && !Lexicon.WEEKDAYS.containsKey(t.lower(before - 1))
                && (t.capitalized(before - 2) || t.is(before - 2, ','));
        String noun = t.lower(before - 1);
        boolean person = !t.capitalized(before - 1) && !NounForms.isPluralNoun(noun) && t.isWord(before - 1)
                && (NounForms.isPerson(noun) || NounForms.isPerson(noun + "s")); // "the driver, 63,"
        // "The accomplice, 19,": a singular noun after an article, set off by commas with a whole number, is a person
        boolean introduced = t.isWord(before - 1) && !t.capitalized(before - 1) && !NounForms.isPluralNoun(noun)
                && !Lexicon.STOP.contains(noun) && (t.lower(before - 2).equals("the") || t.lower(before - 2).equals("a")
                || t.lower(before - 2).equals("an")) && t.is(after, ',');
        boolean apposed = t.is(before, ',') && closed && (named || person || introduced); // "Maria Lopez, 57,"
        boolean told = isPersonBe(before) && (closed || (t.isWord(after) && Lexicon.STOP.contains(t.lower(after))));
        // "children under five", "people over 60": a bound on the age of the people just named
        boolean bounded = (t.lower(before).equals("under") || t.lower(before).equals("over")) && switch (noun) {
            case "children", "people", "adults", "kids", "babies", "infants", "persons", "women", "men", "girls",
                 "boys", "those", "patients", "residents" -> true;
            default -> false;
        };
        // "a woman of 22 and a boy of about 12"
        boolean ofAPerson = t.lower(before).equals("of") && switch (noun) {
            case "man", "woman", "boy", "girl", "child", "baby", "person", "teenager", "youth" -> true;
            default -> false;
        };
        // "Doris Day dies at 97", "died at 85 on Friday": the age at death
        boolean diedAt = t.lower(before).equals("at") && switch (t.lower(before - 1)) {
            case "dies", "died", "die", "dying", "passed" -> true;
            default -> false;
        } && (after >= t.size() || !t.isWord(after) || Lexicon.STOP.contains(t.lower(after)));
        // "ranging in age from eleven to 75": the first end of an age range (the second takes its kind from it)
        boolean rangedInAge = t.lower(before).equals("from") && t.lower(before - 1).equals("age")
                && t.lower(before - 2).equals("in");
        if (!apposed && !told && !bounded && !ofAPerson && !rangedInAge && !diedAt) {
            return false;
        }
        f.kind = FigureKind.AGE;
        f.unit = "year";
        return true;
    }

    /** "she was", "he is", "I turned": a person's age follows. */
    private boolean isPersonBe(int k) {
        String verb = t.lower(k);
        if (!(verb.equals("was") || verb.equals("is") || verb.equals("were") || verb.equals("am")
                || verb.equals("turned") || verb.equals("turns"))) {
            return false;
        }
        String who = t.lower(k - 1);
        if (who.equals("he") || who.equals("she") || who.equals("i") || who.equals("they") || who.equals("we")
                || who.equals("you")) {
            return true;
        }
        for (int m = k - 1; m >= k - 5 && t.isWord(m); m--) {
            if (t.lower(m).equals("youngest") || t.lower(m).equals("oldest")) {
                return true; // "the youngest of those abducted is 11"
            }
        }
        return false;
    }

    boolean duration(FigureDraft f, int k) {
        int unitAt;
        if (t.isDash(k) && t.glued(k) && t.glued(k + 1) && DURATIONS.containsKey(t.lower(k + 1))) {
            unitAt = k + 1; // "20-year sentence"
        } else if (t.isWord(k) && DURATIONS.containsKey(t.lower(k)) && (!t.glued(k) || t.lower(k).length() <= 4)) {
            unitAt = k;
        } else {
            return false;
        }
        String w = t.lower(unitAt);
        if ((w.equals("h") || w.equals("min") || w.equals("sec")) && !t.glued(unitAt)) {
            return false;
        }
        if (w.equals("second") && f.value.compareTo(BigDecimal.ONE) != 0) {
            return false;
        }
        Lexicon.Unit unit = DURATIONS.get(w);
        BigDecimal amount = f.value.multiply(unit.factor());
        // "five years ago", "an hour later" stay durations: the guidelines measure the stretch, they do not resolve it
        f.last = unitAt;
        f.kind = FigureKind.DURATION;
        f.value = amount;
        f.unit = unit.name();
        f.factor = unit.factor();
        f.iso = (isClockUnit(unit.name()) ? "T" : "") + unit.iso();
        f.normalized = isoDuration(amount, f.iso);
        if (isClockUnit(unit.name())) {
            compoundDuration(f, unit.name());
        } else if (unit.name().equals("year") && unit.factor().compareTo(BigDecimal.ONE) == 0) {
            yearsAndMonths(f);
        }
        return true;
    }

    /** "12 years and six months" is one duration in months, "P12Y6M", as a compound measure is one figure. */
    private void yearsAndMonths(FigureDraft f) {
        int k = f.last + 1;
        int at = t.lower(k).equals("and") || t.is(k, ',') ? k + 1 : k;
        if (at == k || !(t.isNum(at) || CARDINALS.containsKey(t.lower(at)))) {
            return;
        }
        NumberSpan n = numbers.readNumber(at);
        if (n == null || n.ordinal || n.fraction || n.vague || n.scale != null || n.value.stripTrailingZeros().scale() > 0
                || f.value.stripTrailingZeros().scale() > 0) {
            return;
        }
        Lexicon.Unit u = DURATIONS.get(t.lower(n.last + 1));
        if (u == null || !u.name().equals("month") || t.isDash(n.last + 2)) {
            return;
        }
        f.normalized = "P" + NumberReader.plain(f.value) + "Y" + NumberReader.plain(n.value) + "M";
        f.value = f.value.multiply(BigDecimal.valueOf(12)).add(n.value);
        f.unit = "month";
        f.factor = BigDecimal.ONE;
        f.iso = "M";
        f.last = n.last + 1;
    }

    /**
     * A duration whose number is an article (token i is "a" or "an"): "a day", "an hour later", "a decade", "a year and
     * a half" (1.5 years), "half an hour" (0.5). Not a rate ("40 cars a day", "once a year"), not a day or year named
     * as an occasion ("a day of mourning"), not an ordinal ("a second year"). As with digits, "a decade ago" is a
     * duration.
     */
    FigureDraft articleDuration(int i) {
        String w = t.lower(i + 1);
        Lexicon.Unit unit = DURATIONS.get(w);
        if (unit == null || !t.isWord(i + 1) || !isFullUnitWord(w) || t.isDash(i + 2) || isRate(i)) {
            return null;
        }
        String next = t.lower(i + 2);
        if (next.equals("of") || next.equals("on") || next.equals("old")
                || (w.equals("second") && t.isWord(i + 2) && !next.equals("later") && !next.equals("ago")
                && !next.equals("and") && !next.equals("or"))) {
            return null;
        }
        boolean half = t.lower(i - 1).equals("half");
        boolean andAHalf = !half && next.equals("and") && (t.lower(i + 3).equals("a") || t.lower(i + 3).equals("an"))
                && t.lower(i + 4).equals("half");
        FigureDraft f = new FigureDraft(half ? i - 1 : i, i, FigureKind.COUNT);
        f.value = half ? new BigDecimal("0.5") : andAHalf ? new BigDecimal("1.5") : BigDecimal.ONE;
        if (!duration(f, i + 1)) {
            return null;
        }
        if (f.kind == FigureKind.DURATION && (half || andAHalf)) {
            f.normalized = halfIso(andAHalf, unit);
            if (andAHalf && f.last == i + 1) {
                f.last = i + 4;
            }
        }
        return f;
    }

    /**
     * "over the last century", "in the past decade": a unit that is itself a number (ten or a hundred years) measured
     * back from the time of writing is a duration, as "the past ten years" is.
     */
    FigureDraft pastStretch(int i) {
        String w = t.lower(i);
        String u = t.lower(i + 1);
        if (!(w.equals("last") || w.equals("past")) || !t.lower(i - 1).equals("the")
                || !(u.equals("decade") || u.equals("century"))) {
            return null;
        }
        FigureDraft f = new FigureDraft(i, i, FigureKind.COUNT);
        f.value = BigDecimal.ONE;
        return duration(f, i + 1) ? f : null;
    }

    /**
     * A measure whose number is an article: "less than a kilometre" (1 km), "about half a mile" (0.5 mi), as digits
     * would make it. Not a price or rate per unit ("$5 a litre"), not "a mile-long", not "a tonne of".
     */
    FigureDraft articleMeasure(int i) {
        String w = t.lower(i + 1);
        String unit = MEASURES.get(w);
        if (unit == null || !t.isWord(i + 1) || !isFullMeasureWord(w) || t.isDash(i + 2) || t.lower(i + 2).equals("of")
                || isRate(i)) {
            return null;
        }
        boolean half = t.lower(i - 1).equals("half");
        FigureDraft f = new FigureDraft(half ? i - 1 : i, i + 1, FigureKind.QUANTITY);
        f.value = half ? new BigDecimal("0.5") : BigDecimal.ONE;
        f.unit = unit;
        return f;
    }

    private static boolean isFullMeasureWord(String w) {
        return switch (w) {
            case "kilometre", "kilometer", "mile", "metre", "meter", "hectare", "acre", "inch", "tonne", "kilogram",
                 "litre", "liter", "gallon", "centimetre", "centimeter", "millimetre", "millimeter" -> true;
            default -> false;
        };
    }

    /** "day", "hour", "year": the unit written out in full, as an article takes it (not "h", "min", "yrs"). */
    private static boolean isFullUnitWord(String w) {
        return switch (w) {
            case "year", "decade", "century", "millennium", "month", "week", "fortnight", "day", "hour", "minute",
                 "second" -> true;
            default -> false;
        };
    }

    /** "40 cars a day", "45 miles an hour", "once a year": the article means "per". */
    private boolean isRate(int i) {
        String before = t.lower(i - 1);
        if (before.equals("once") || before.equals("twice") || before.equals("thrice") || before.equals("times")
                || before.equals("per")) {
            return true;
        }
        if (t.isNum(i - 1)) {
            return true;
        }
        boolean measured = t.isWord(i - 1) && (NounForms.isPluralNoun(before) || MEASURES.containsKey(before)
                || CURRENCY_WORDS.containsKey(before));
        return measured && (t.isNum(i - 2) || t.isNum(i - 3) || CARDINALS.containsKey(t.lower(i - 2)));
    }

    /** "P1Y6M" for a year and a half, "PT30M" for half an hour: the half in the next smaller unit. */
    private static String halfIso(boolean whole, Lexicon.Unit unit) {
        int years = unit.name().equals("year") ? unit.factor().intValue() : 0;
        String half = switch (unit.name()) {
            case "year" -> years == 1 ? "6M" : years / 2 + "Y";
            case "month" -> "15D";
            case "week" -> "3DT12H";
            case "day" -> "T12H";
            case "hour" -> "T30M";
            case "minute" -> "T30S";
            default -> null;
        };
        if (half == null) {
            return null;
        }
        if (!whole) {
            return "P" + half;
        }
        boolean clock = unit.name().equals("hour") || unit.name().equals("minute");
        String one = years > 1 ? (years + years / 2) + "Y" : (clock ? "T" : "") + "1" + unit.iso();
        if (years > 1) {
            return "P" + one;
        }
        return "P" + one + (clock ? half.substring(1) : half);
    }

    /** "-5 °C", "minus 12 degrees": a temperature below zero keeps its sign, in the value and in the span. */
    private void belowZero(FigureDraft f) {
        int sign = f.first - 1;
        boolean minusSign = (t.isDash(sign) || t.is(sign, '\u2212')) && t.glued(f.first) && !t.glued(sign);
        if ((minusSign || t.lower(sign).equals("minus")) && f.value != null) {
            f.value = f.value.negate();
            f.first = sign;
        }
    }

    /** "P30Y", "P2W", "PT24H": the "T" comes before the amount of a clock unit. */
    static String isoDuration(BigDecimal amount, String iso) {
        return iso.startsWith("T") ? "PT" + NumberReader.plain(amount) + iso.substring(1) : "P" + NumberReader.plain(amount) + iso;
    }

    private static boolean isClockUnit(String unit) {
        return unit.equals("hour") || unit.equals("minute") || unit.equals("second");
    }

    private static int clockRank(String unit) {
        return switch (unit) {
            case "hour" -> 3;
            case "minute" -> 2;
            case "second" -> 1;
            default -> 0;
        };
    }

    /** "1 hour 59 minutes 40.2 seconds" is one duration, its value in seconds. */
    private void compoundDuration(FigureDraft f, String firstUnit) {
        StringBuilder iso = new StringBuilder("PT").append(NumberReader.plain(f.value)).append(f.iso.substring(1));
        BigDecimal seconds = f.value.multiply(secondsIn(firstUnit));
        int rank = clockRank(firstUnit);
        int k = f.last + 1;
        boolean more = false;
        while (true) {
            int at = t.lower(k).equals("and") || t.is(k, ',') ? k + 1 : k;
            NumberSpan n = t.isNum(at) ? numbers.readNumber(at) : null;
            if (n == null || n.ordinal || n.scale != null) {
                break;
            }
            Lexicon.Unit u = DURATIONS.get(t.lower(n.last + 1));
            if (u == null || clockRank(u.name()) == 0 || clockRank(u.name()) >= rank) {
                break;
            }
            rank = clockRank(u.name());
            seconds = seconds.add(n.value.multiply(secondsIn(u.name())));
            iso.append(NumberReader.plain(n.value)).append(u.iso());
            f.last = n.last + 1;
            k = f.last + 1;
            more = true;
        }
        if (more) {
            f.value = seconds;
            f.unit = "second";
            f.normalized = iso.toString();
        }
    }

    private static BigDecimal secondsIn(String unit) {
        return switch (unit) {
            case "hour" -> BigDecimal.valueOf(3600);
            case "minute" -> BigDecimal.valueOf(60);
            default -> BigDecimal.ONE;
        };
    }

    boolean quantity(FigureDraft f, int k) {
        int at = k;
        if (t.isDash(k) && t.glued(k) && t.glued(k + 1)) {
            at = k + 1; // "7.1-magnitude", "5-kilometre"
        }
        String w = t.lower(at);
        String unit = null;
        int last = at;
        if (t.is(at, '°') || t.is(at, 'º')) {
            String next = t.lower(at + 1);
            if (t.glued(at + 1) && (next.equals("c") || next.equals("f"))) {
                unit = next.equals("c") ? "°C" : "°F";
                last = at + 1;
            } else {
                unit = "degree";
            }
        } else if (w.equals("km") && t.is(at + 1, '/') && t.lower(at + 2).equals("h")) {
            unit = "km/h";
            last = at + 2;
        } else if (w.equals("light") && t.isDash(at + 1) && t.lower(at + 2).startsWith("year")) {
            unit = "ly";
            last = at + 2;
        } else if (t.isWord(at)) {
            String three = w + " " + t.lower(at + 1) + " " + t.lower(at + 2);
            String two = w + " " + t.lower(at + 1);
            if (MEASURES.containsKey(three)) {
                unit = MEASURES.get(three);
                last = at + 2;
            } else if (MEASURES.containsKey(two) && t.isWord(at + 1)) {
                unit = MEASURES.get(two);
                last = at + 1;
            } else if (MEASURES.containsKey(w)) {
                boolean shortForm = w.length() <= 2;
                if (shortForm && !t.glued(at) && !(w.equals("km") || w.equals("kg") || w.equals("cm") || w.equals("mm")
                        || w.equals("ft") || w.equals("lb") || w.equals("oz") || w.equals("ha") || w.equals("mi") || w.equals("m")
                        || w.equals("mg"))) {
                    return false; // a lone "c", "t", "g" after a number is not a unit
                }
                if ((w.equals("c") || w.equals("f")) && !Character.isUpperCase(t.raw(at).charAt(0))) {
                    return false;
                }
                unit = MEASURES.get(w);
            }
        }
        if (unit == null) {
            // "37 billion U.S. gallons", "31 billion imperial gallons", "5 metric tons": a standard named before the unit
            int u = standardEnd(at);
            if (u > at && t.isWord(u) && t.lower(u).length() > 2 && MEASURES.containsKey(t.lower(u))) {
                unit = MEASURES.get(t.lower(u));
                last = u;
            }
        }
        if (unit == null) {
            return false;
        }
        f.kind = FigureKind.QUANTITY;
        f.unit = unit;
        f.last = last;
        if (unit.equals("degree") && (t.lower(last + 1).equals("celsius") || t.lower(last + 1).equals("fahrenheit"))) {
            f.unit = t.lower(last + 1).equals("celsius") ? "°C" : "°F";
            f.last = last + 1;
        }
        if (f.unit.startsWith("°") || f.unit.equals("degree")) {
            belowZero(f);
        }
        return true;
    }
}
