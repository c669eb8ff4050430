package io.newsflow.enrich.figures;

import static io.newsflow.enrich.figures.Lexicon.CURRENCY_WORDS;
import static io.newsflow.enrich.figures.Lexicon.DURATIONS;
import static io.newsflow.enrich.figures.Lexicon.MEASURES;
import static io.newsflow.enrich.figures.Lexicon.MONTHS;
import static io.newsflow.enrich.figures.Lexicon.SCALES;
import static io.newsflow.enrich.figures.Lexicon.SHORT_SCALES;
import static io.newsflow.enrich.figures.Lexicon.WEEKDAYS;

import io.newsflow.core.schema.FigureKind;

/**
 * Dates written in the text: ISO dates, day-month and month-day dates with or without a year, months, years, decades,
 * year ranges, weekdays and relative dates ("yesterday", "last week"), each resolved against the date of publication
 * by a {@link DateResolver}, looking back in the sentence for a future tense.
 */
final class DateReader {

    /** Decades in words and their digit ("the sixties" is the 1960s). */
    private static final java.util.Map<String, Integer> DECADE_WORDS = java.util.Map.of(
            "twenties", 2, "thirties", 3, "forties", 4, "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8,
            "nineties", 9);

    /** How many tokens back a clause's tense is looked for ("intends to leave the EU by the end of January"). */
    private static final int FUTURE_REACH = 12;

    /** A dated narrative holds a month named without its year in its own sentence and the next only. */
    private static final int NARRATIVE_SENTENCES = 1;

    private static final java.util.Set<String> ORDINAL_SUFFIXES = java.util.Set.of("st", "nd", "rd", "th");

    private final Tokens t;
    private int narrativeYear; // the year the text is telling of, when it has left publication for a dated past; else 0
    private int narrativeMonth;
    private int narrativeSentence;
    private boolean anchored; // the date being read is relative to publication
    private String saidOn; // the latest day of the week before publication that the text has named, or null
    private String lastDay; // the latest day the text has named, or null
    private int lastDayEnd = -1; // its last token
    private final DateResolver resolver;
    private final Sentences sentences;
    private final NumberLabels labels;

    DateReader(Tokens t, DateResolver resolver, Sentences sentences, NumberLabels labels) {
        this.t = t;
        this.resolver = resolver;
        this.sentences = sentences;
        this.labels = labels;
    }

    /**
     * "9/23/06", "23/9/2006": month, day and year joined by slashes; the day first when the first number cannot be a
     * month; a two-digit year in the century that puts it nearest publication without passing it by much.
     */
    FigureDraft slashDate(int i) {
        if (!(t.is(i + 1, '/') && t.glued(i + 1) && t.plainInteger(i + 2) && t.glued(i + 2) && t.is(i + 3, '/')
                && t.glued(i + 3) && t.plainInteger(i + 4) && t.glued(i + 4) && t.plainInteger(i))
                || t.digitCount(i) > 2 || t.digitCount(i + 2) > 2 || (t.digitCount(i + 4) != 2 && t.digitCount(i + 4) != 4)
                || (t.glued(i + 5) && !t.is(i + 5, '.') && !t.is(i + 5, ',')) || t.glued(i)) {
            return null;
        }
        int a = intOf(i);
        int b = intOf(i + 2);
        int year = intOf(i + 4);
        if (t.digitCount(i + 4) == 2) {
            year += resolver.nearPublication(2000 + year) && 2000 + year <= resolver.latestYear() + 1 ? 2000 : 1900;
        }
        String d = a > 12 ? DateResolver.date(year, b, a) : DateResolver.date(year, a, b);
        return d == null ? null : date(i, i + 4, d);
    }

    FigureDraft numericDate(int i) {
        return told(readNumericDate(i));
    }

    /**
     * Keeps the time of the narrative: a date written with its year ("October 1862", "July 30, 1896") moves it there,
     * a date relative to publication ("yesterday", "on Monday") brings it back. A month or day named without a year
     * afterwards is read in that year ("In July, it crossed the river"), unless the narrative is at publication.
     */
    private FigureDraft told(FigureDraft d) {
        if (d == null || d.kind != FigureKind.DATE || d.normalized == null) {
            return d;
        }
        String n0 = d.normalized;
        if (n0.length() == 10 && n0.charAt(0) != 'X') {
            lastDay = n0;
            lastDayEnd = d.last;
            long back = resolver.daysBefore(n0);
            if (back >= 1 && back <= 6) {
                saidOn = n0; // the last day of the past week the text has named: a quotation's "today" may be it
            } else if (back == 0) {
                saidOn = null;
            }
        }
        int year = 0;
        for (int k = d.first; k <= d.last; k++) {
            if (isYear(k)) {
                year = intOf(k);
            }
        }
        String n = d.normalized;
        if (year > 0 && n.length() >= 7 && n.charAt(4) == '-' && Character.isDigit(n.charAt(5))) {
            narrativeYear = year;
            narrativeMonth = Integer.parseInt(n.substring(5, 7));
            narrativeSentence = sentences.id(d.first);
        } else if (year > 0 && n.length() == 4 && d.first == d.last && isNarrativeYear(d.first)) {
            narrativeYear = year; // "In 1864, it ...", "early summer of 1864": the year, its month unknown
            narrativeMonth = 0;
            narrativeSentence = sentences.id(d.first);
        } else if (year == 0 && anchored) {
            narrativeYear = 0;
        }
        anchored = false;
        return d;
    }

    /**
     * Whether token i opens a quotation: "today" said in quoted speech is the day it was said, which a report names as
     * the day of its events ("On Sunday ... told the paper, \"Today we ...\"") when that day is in the past week.
     */
    private boolean quoted(int i) {
        return t.is(i - 1, '"') || t.is(i - 1, '\u201c');
    }

    /**
     * "charged on the 10th", "by the 21st": an ordinal day after "the" and a preposition, with nothing it ranks after
     * it, is that day of the month the text last named a day in ("on October 9 ... on the 10th").
     */
    private FigureDraft dayOfTheMonth(int i) {
        if (lastDay == null || !t.plainInteger(i) || t.digitCount(i) > 2 || !t.glued(i + 1)
                || !ORDINAL_SUFFIXES.contains(t.lower(i + 1)) || !t.lower(i - 1).equals("the")) {
            return null;
        }
        String before = t.lower(i - 2);
        boolean when = before.equals("on") || before.equals("by") || before.equals("until") || before.equals("since")
                || before.equals("from") || before.equals("before") || before.equals("after") || before.equals("till");
        String after = t.lower(i + 2);
        boolean alone = !t.isWord(i + 2) || after.equals("and") || after.equals("to") || after.equals("of")
                || Lexicon.STOP.contains(after) && !after.equals("most") && !after.equals("more");
        if (!when || !alone || t.lower(i + 2).equals("century")) {
            return null;
        }
        FigureDraft f = sameMonth(i, lastDay, intOf(i));
        if (f != null) {
            f.last = i + 1;
        }
        return f;
    }

    /**
     * A weekday joined to the day just named ("late on Monday or early Tuesday", "Friday and Saturday") is the first
     * such weekday after it, whatever the tense; null when no day was just named.
     */
    private String dayAfterTheLast(int i, int isoDay) {
        if (lastDay == null || lastDayEnd < i - 3 || lastDayEnd >= i) {
            return null;
        }
        boolean joined = false;
        for (int k = lastDayEnd + 1; k < i; k++) {
            String w = t.lower(k);
            joined |= w.equals("or") || w.equals("and") || w.equals("to") || w.equals("through") || w.equals("until")
                    || t.isDash(k);
        }
        if (!joined) {
            return null;
        }
        java.time.LocalDate from = java.time.LocalDate.parse(lastDay);
        return from.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.of(isoDay))).toString();
    }

    /** "in 1864", "of 1864", "during 1864": a year that places what is told, not one it is measured from ("since"). */
    private boolean isNarrativeYear(int k) {
        String w = t.lower(k - 1);
        return w.equals("in") || w.equals("of") || w.equals("during") || w.equals("throughout");
    }

    /** A month without a year: in the narrative's year when it is told in the past, else against publication. */
    private String bareMonth(int at, int month, int tense) {
        int year = narrativeYearFor(at, month, tense);
        return year > 0 ? String.format("%04d-%02d", year, month) : resolver.month(month, tense);
    }

    private String bareDayMonth(int at, int month, int day, int tense) {
        int year = narrativeYearFor(at, month, tense);
        return year > 0 ? DateResolver.date(year, month, day) : resolver.dayMonth(month, day, tense);
    }

    /**
     * The narrative's year for a month told in the past within a few sentences of the date that set it, one year on
     * when the month comes before the narrative's; 0 when the narrative is at publication (or within a year of it).
     */
    private int narrativeYearFor(int at, int month, int tense) {
        if (narrativeYear == 0 || tense != DateResolver.PAST
                || sentences.id(at) - narrativeSentence > NARRATIVE_SENTENCES
                || resolver.nearPublication(narrativeYear) && narrativeYear >= resolver.latestYear() - 1) {
            return 0;
        }
        return month < narrativeMonth ? narrativeYear + 1 : narrativeYear;
    }

    private FigureDraft readNumericDate(int i) {
        FigureDraft century = century(i);
        if (century != null) {
            return century;
        }
        FigureDraft dayOfMonth = dayOfTheMonth(i);
        if (dayOfMonth != null) {
            return dayOfMonth;
        }
        // ISO date "2019-01-04"
        if (t.digitCount(i) == 4 && t.plainInteger(i) && t.isDash(i + 1) && t.glued(i + 1) && t.isNum(i + 2)
                && t.glued(i + 2) && t.isDash(i + 3) && t.glued(i + 3) && t.isNum(i + 4) && t.glued(i + 4)) {
            String d = DateResolver.date(Integer.parseInt(t.raw(i)), intOf(i + 2), intOf(i + 4));
            if (d == null) {
                return labels.skipLabel(i, i);
            }
            return date(i, i + 4, d);
        }
        // day first: "2 January", "21st of January 2019"
        if (t.plainInteger(i) && t.digitCount(i) <= 2) {
            int day = intOf(i);
            int k = i + 1;
            String suffix = t.lower(k);
            if (t.glued(k) && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
                k++;
            }
            if (t.lower(k).equals("of") && MONTHS.containsKey(t.lower(k + 1))) {
                k++;
            }
            if (day >= 1 && day <= 31 && isMonth(k)) {
                FigureDraft f = dayMonthYear(i, k, day);
                if (f != null) {
                    return f;
                }
            }
        }
        FigureDraft dayRange = dayRangeEnd(i);
        if (dayRange != null) {
            return dayRange;
        }
        int rangeEnd = yearRangeEnd(i);
        if (rangeEnd > 0) {
            FigureDraft f = date(i, i, Integer.toString(rangeEnd)); // "1998–99": the second year, completed
            f.unit = "year";
            return f;
        }
        // years: "in 2019", "the 1990s", "2019-20"
        if (t.plainInteger(i) && t.digitCount(i) == 4) {
            int year = intOf(i);
            if (year >= 1000 && year <= 2100) {
                int s = decadeSuffix(i);
                if (s > 0 && year % 10 == 0) {
                    FigureDraft f = date(i, s, (year / 10) + "X"); // EDTF decade: "199X", also "1930's"
                    f.unit = "year";
                    return f;
                }
                if (yearRangeEnd(i + 2) > 0) {
                    return date(i, i, Integer.toString(year)); // "1998–99", "2000 - 2050": one date per year
                }
                if (looksLikeYear(i)) {
                    return date(i, i, Integer.toString(year));
                }
            }
        }
        // "the 90's", "the 80s": a decade of the last century; "00s" and "10s" of this one. "in his 80s" is an age
        int suffix = decadeSuffix(i);
        if (suffix > 0 && t.plainInteger(i) && t.digitCount(i) == 2 && intOf(i) % 10 == 0 && !possessive(i - 1)
                && !(t.lower(i - 1).equals("mid") && t.isDash(i - 1))) {
            int decade = intOf(i);
            FigureDraft f = date(i, suffix, (decade >= 20 ? "19" : "20") + decade / 10 + "X");
            f.unit = "year";
            return f;
        }
        // numbers glued by dashes: a phone number or a code, unless a counted noun or unit follows ("10-15 people");
        // two short whole numbers are a score or a record ("won 3-1", "finished 8-5"), read as two counts
        if (t.isDash(i + 1) && t.glued(i + 1) && t.isNum(i + 2) && t.glued(i + 2) && !isScore(i)) {
            String after = t.lower(i + 3);
            boolean counted = t.isWord(i + 3) && !t.glued(i + 3) && (NounForms.isPluralNoun(after) || DURATIONS.containsKey(after)
                    || MEASURES.containsKey(after) || CURRENCY_WORDS.containsKey(after));
            if (!counted && !t.is(i + 3, '%') && !after.equals("percent") && !after.equals("per")) {
                return labels.skipLabel(i, i);
            }
        }
        return null;
    }

    /** "the 20th century", "the nineteenth century": the hundred years as EDTF "19XX", "18XX". */
    private FigureDraft century(int i) {
        int at = t.isNum(i) ? i + 2 : i + 1; // after "19th" (number and suffix) or "nineteenth"
        if (!t.lower(at).startsWith("centur") && !(t.isDash(at) && t.lower(at + 1).startsWith("centur"))) {
            return null; // the cheap test first: this runs at every word and number
        }
        int last;
        int n;
        if (t.plainInteger(i) && t.digitCount(i) <= 2 && t.glued(i + 1) && ORDINAL_SUFFIXES.contains(t.lower(i + 1))) {
            last = i + 1;
            n = intOf(i);
        } else if (t.isWord(i) && Lexicon.ORDINALS.containsKey(t.lower(i))) {
            last = i;
            n = Lexicon.ORDINALS.get(t.lower(i));
        } else {
            return null;
        }
        int unit = t.isDash(last + 1) && t.glued(last + 1) && t.glued(last + 2) ? last + 2 : last + 1;
        String w = t.lower(unit);
        if (n < 1 || n > 21 || !(w.equals("century") || w.equals("centuries"))) {
            return null;
        }
        FigureDraft f = date(i, unit, String.format("%02dXX", n - 1));
        f.unit = "year";
        return f;
    }

    /**
     * "the first half of this year", "the third quarter of 2019": a half or a quarter of a year that is named, as an
     * interval of months ("2019-01/2019-06").
     */
    private FigureDraft partOfYear(int i) {
        String part = t.lower(i + 1);
        int months = part.equals("half") ? 6 : part.equals("quarter") ? 3 : 0;
        if (months == 0 || !t.lower(i + 2).equals("of")) {
            return null; // the cheap tests first: this runs at every word
        }
        Integer n = Lexicon.ORDINALS.get(t.lower(i));
        if (n == null || n > 12 / months) {
            return null;
        }
        int k = i + 3;
        String which = t.lower(k);
        int year;
        int last = k + 1;
        if (isYear(k)) {
            year = intOf(k);
            last = k;
        } else if (t.lower(k + 1).equals("year") && (which.equals("this") || which.equals("the") || which.equals("last")
                || which.equals("next")) && resolver.latestYear() > 0) {
            year = resolver.latestYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
        } else {
            return null;
        }
        int from = (n - 1) * months + 1;
        FigureDraft f = date(i, last, String.format("%04d-%02d/%04d-%02d", year, from, year, from + months - 1));
        f.unit = "month";
        return f;
    }

    /** "the sixties", "the early seventies", "in the 'eighties": a decade needs its article or a time word. */
    private boolean isDecadeCue(int k) {
        String w = t.is(k, '\'') || t.is(k, '\u2019') ? t.lower(k - 1) : t.lower(k);
        return w.equals("the") || w.equals("early") || w.equals("mid") || w.equals("late");
    }

    /**
     * The year that token k completes when it ends a range of years ("99" in "1998–99", "2050" in "2000 - 2050"),
     * or 0. The dash is glued on both sides or spaced on both, and the range runs forward less than a century.
     */
    private int yearRangeEnd(int k) {
        int dash = k - 1;
        int start = k - 2;
        if (!t.isDash(dash) || !isYear(start) || !t.plainInteger(k) || t.glued(dash) != t.glued(k)
                || (t.digitCount(k) != 2 && t.digitCount(k) != 4) || t.isDash(k + 1)) {
            return 0;
        }
        int year = intOf(start);
        int end = intOf(k);
        int endYear = t.digitCount(k) == 2 ? year / 100 * 100 + end : end;
        return endYear > year && endYear <= year + 100 ? endYear : 0;
    }

    /**
     * An end of a range of days that names its month once: the first of "24 to 26 August" (its month and year from
     * the second) or the second of "August 24 to 26" (from the first). Each end is a date of its own.
     */
    private FigureDraft dayRangeEnd(int i) {
        if (!t.plainInteger(i) || t.digitCount(i) > 2 || intOf(i) < 1 || intOf(i) > 31) {
            return null;
        }
        int day = intOf(i);
        if (isDayJoint(i + 1) && t.plainInteger(i + 2) && t.digitCount(i + 2) <= 2 && isMonth(i + 3)
                && intOf(i + 2) > day) {
            FigureDraft second = dayMonthYear(i + 2, i + 3, intOf(i + 2));
            return second == null ? null : sameMonth(i, second.normalized, day);
        }
        if (isDayJoint(i - 1) && t.plainInteger(i - 2) && t.digitCount(i - 2) <= 2 && isMonth(i - 3)
                && intOf(i - 2) < day && !isMonth(i + 1)) {
            FigureDraft first = monthFirst(i - 3);
            return first == null || first.last != i - 2 ? null : sameMonth(i, first.normalized, day);
        }
        return null;
    }

    /** "to", "and", "through" or a dash between two days of a month. */
    private boolean isDayJoint(int k) {
        String w = t.lower(k);
        return t.isDash(k) || w.equals("to") || w.equals("and") || w.equals("through") || w.equals("until")
                || w.equals("till");
    }

    /** The day {@code day} in the year and month of an ISO date, or null. */
    private FigureDraft sameMonth(int at, String isoDay, int day) {
        if (isoDay == null || isoDay.length() != 10) {
            return null;
        }
        String d = DateResolver.date(Integer.parseInt(isoDay.substring(0, 4)), Integer.parseInt(isoDay.substring(5, 7)),
                day);
        return d == null ? null : date(at, at, d);
    }

    /** "3-1", "63-7", "8-5": two whole numbers of at most three digits, not part of a longer run ("1-2-3"). */
    private boolean isScore(int i) {
        return t.plainInteger(i) && t.plainInteger(i + 2) && t.digitCount(i) <= 3 && t.digitCount(i + 2) <= 3
                && !(t.isDash(i + 3) && t.glued(i + 3)) && !(t.isDash(i - 1) && t.glued(i))
                && !(t.glued(i + 3) && (t.isWord(i + 3) || t.isNum(i + 3)));
    }

    private boolean looksLikeYear(int i) {
        int k = i + 1;
        String next = t.lower(k);
        if (t.is(k, '%') || next.equals("percent") || MEASURES.containsKey(next) || DURATIONS.containsKey(next)
                || CURRENCY_WORDS.containsKey(next) || SCALES.containsKey(next) || SHORT_SCALES.containsKey(next)
                || (t.isDash(k) && t.glued(k) && t.isWord(k + 1) && !MONTHS.containsKey(t.lower(k + 1)))) {
            return false;
        }
        String before = t.lower(i - 1);
        if (Lexicon.QUALIFIERS.contains(before) && !before.equals("around") && !before.equals("between")
                && !before.equals("before") && !before.equals("by")) {
            // "in about 1927", "until about 1950": a preposition of time before the qualifier; "about 2000 people" counts
            return yearPreposition(t.lower(i - 2)) && !t.lower(i - 2).equals("the") && !t.lower(i - 2).equals("of")
                    && !t.lower(i - 2).equals("to") && !t.lower(i - 2).equals("and")
                    && !(t.isWord(k) && NounForms.isPluralNoun(next));
        }
        if (t.capitalized(i - 1) && !sentences.sentenceStart(i - 1) && resolver.recent(intOf(i))) {
            return true; // "Toronto Comicon 2019 welcomes fans": a year that names an edition, not a count of "welcomes"
        }
        if (t.isWord(k) && !t.capitalized(k) && NounForms.isPluralNoun(next) && !Lexicon.STOP.contains(next)) {
            // "from 1500 to 2000 visitors": the second end of a range of counts; "1720 persons": people are counted
            // "a survey of 1709 schoolchildren" in a report of 2006: after "of", a number centuries from the time
            // of writing counts the plural noun after it; "10% of 2000 levels" stays a year
            boolean rangeEnd = isRangeJoint(i - 1) && t.isNum(i - 2);
            boolean counts = before.equals("of") && !resolver.nearPublication(intOf(i));
            return yearPreposition(before) && !counts && !rangeEnd && !NounForms.isPerson(next)
                    && !next.equals("persons");
        }
        // "from 1500 to 2000 visitors": the first end of it
        if (isRangeJoint(k) && t.isNum(k + 1) && t.isWord(k + 2) && !t.capitalized(k + 2)
                && NounForms.isPluralNoun(t.lower(k + 2)) && !Lexicon.STOP.contains(t.lower(k + 2))) {
            return false;
        }
        return true;
    }

    /** "to", "and", "or" or a dash between the two ends of a range. */
    private boolean isRangeJoint(int k) {
        String w = t.lower(k);
        return w.equals("to") || w.equals("and") || w.equals("or") || t.isDash(k);
    }

    private static boolean yearPreposition(String w) {
        return switch (w) {
            case "in", "since", "by", "from", "until", "till", "of", "the", "during", "before", "after", "to", "and",
                 "s", "early", "late", "mid", "for", "between", "through", "throughout", "around", "circa" -> true;
            default -> false;
        };
    }

    private boolean isMonth(int k) {
        String w = t.lower(k);
        return t.capitalized(k) && MONTHS.containsKey(w);
    }

    private int monthOf(int k) {
        return MONTHS.get(t.lower(k));
    }

    /** "2 January", "2 January 2022", "2 January, 2022"; {@code m} is the month token. */
    private FigureDraft dayMonthYear(int first, int m, int day) {
        int month = monthOf(m);
        int last = m;
        if (t.is(last + 1, '.') && t.lower(m).length() <= 4) {
            last++;
        }
        int y = t.is(last + 1, ',') ? last + 2 : last + 1;
        if (isYear(y)) {
            String d = DateResolver.date(intOf(y), month, day);
            return d == null ? null : date(first, y, d);
        }
        if (DateResolver.date(2000, month, day) == null) {
            return null; // no such day in any year: "31 February"
        }
        FigureDraft f = date(first, last, bareDayMonth(first, month, day, future(first)));
        f.unit = "day";
        return f;
    }

    /** Month first: "January 4, 2019", "January 4", "January 2019", "in January". */
    private FigureDraft monthFirst(int m) {
        int month = monthOf(m);
        boolean abbreviation = t.lower(m).length() <= 4 && !t.lower(m).equals("june") && !t.lower(m).equals("july")
                && !t.lower(m).equals("may");
        int k = m + 1;
        if (abbreviation && t.is(k, '.')) {
            k++;
        }
        if (t.plainInteger(k) && t.digitCount(k) <= 2 && !t.glued(k)) {
            int day = intOf(k);
            int last = k;
            String suffix = t.lower(k + 1);
            if (t.glued(k + 1) && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
                last = k + 1;
            }
            if (day >= 1 && day <= 31) {
                int y = t.is(last + 1, ',') ? last + 2 : last + 1;
                if (isYear(y)) {
                    String d = DateResolver.date(intOf(y), month, day);
                    if (d != null) {
                        return date(m, y, d);
                    }
                }
                // a range "July 27–28"
                if (t.isDash(last + 1) && t.plainInteger(last + 2) && t.digitCount(last + 2) <= 2
                        && intOf(last + 2) > day && intOf(last + 2) <= 31) {
                    String a = bareDayMonth(m, month, day, future(m));
                    String b = a == null ? null : DateResolver.date(Integer.parseInt(a.substring(0, 4)), month, intOf(last + 2));
                    FigureDraft f = date(m, last + 2, a == null || b == null ? null : a + "/" + b);
                    f.unit = "day";
                    return f;
                }
                if (DateResolver.date(2000, month, day) == null) {
                    return null;
                }
                FigureDraft f = date(m, last, bareDayMonth(m, month, day, future(m)));
                f.unit = "day";
                return f;
            }
        }
        if ((t.lower(k).equals("of") || t.is(k, ',')) && isYear(k + 1)) {
            k++; // "March of 2016", "March, 2018"
        }
        String which = t.lower(k + 1);
        if (t.lower(k).equals("of") && t.lower(k + 2).equals("year") && resolver.latestYear() > 0
                && (which.equals("this") || which.equals("last") || which.equals("next"))) {
            int year = resolver.latestYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
            FigureDraft f = date(m, k + 2, String.format("%04d-%02d", year, month)); // "May of this year"
            f.unit = "month";
            return f;
        }
        if (isYear(k) && !t.glued(k)) {
            FigureDraft f = date(m, k, String.format("%04d-%02d", intOf(k), month));
            f.unit = "month";
            return f;
        }
        if (abbreviation) {
            return null;
        }
        String before = t.isDash(m - 1) ? t.lower(m - 2) : t.lower(m - 1);
        boolean cued = Lexicon.MONTH_CUES.contains(before);
        if ((month == 5 || month == 3) && !cued) {
            return null; // "may" the verb, "March" the verb at a sentence start
        }
        if (!cued && t.capitalized(m + 1)) {
            return null; // "August Strindberg"
        }
        FigureDraft f = date(m, m, bareMonth(m, month, future(m)));
        f.unit = "month";
        return f;
    }

    /** The last token of a decade's "s" or "'s" glued to the number at i ("1990s", "1930's", "90's"), or -1. */
    private int decadeSuffix(int i) {
        if (t.glued(i + 1) && t.lower(i + 1).equals("s")) {
            return i + 1;
        }
        boolean apostrophe = t.is(i + 1, '\'') || t.is(i + 1, '\u2019');
        return apostrophe && t.glued(i + 1) && t.glued(i + 2) && t.lower(i + 2).equals("s") ? i + 2 : -1;
    }

    private boolean possessive(int k) {
        return switch (t.lower(k)) {
            case "his", "her", "their", "my", "our", "your", "its" -> true;
            default -> false;
        };
    }

    private boolean isYear(int k) {
        if (!t.plainInteger(k) || t.digitCount(k) != 4) {
            return false;
        }
        int y = intOf(k);
        return y >= 1000 && y <= 2100;
    }

    FigureDraft wordDate(int i) {
        return told(readWordDate(i));
    }

    private FigureDraft readWordDate(int i) {
        String w = t.lower(i);
        FigureDraft part = partOfYear(i);
        if (part != null) {
            return part;
        }
        FigureDraft century = century(i);
        if (century != null) {
            return century;
        }
        if (w.endsWith("ties") && DECADE_WORDS.containsKey(w) && isDecadeCue(i - 1)) {
            FigureDraft f = date(i, i, "19" + DECADE_WORDS.get(w) + "X"); // "the sixties" is "196X", as "the 1960s"
            f.unit = "year";
            return f;
        }
        switch (w) {
            case "yesterday":
                anchored = true;
                return date(i, i, resolver.day(-1));
            case "today":
                anchored = true;
                return date(i, i, quoted(i) && saidOn != null ? saidOn : resolver.day(0));
            case "tomorrow":
                anchored = true;
                return date(i, i, resolver.day(1));
            case "last":
            case "this":
            case "next":
                if (!w.equals("this") && (t.lower(i - 1).equals("the") || t.lower(i - 1).equals("that"))) {
                    return null; // "the next year" counts from the story's time, not from publication
                }
                if (w.equals("this") && (t.lower(i + 1).equals("past") || t.lower(i + 1).equals("coming"))) {
                    // "this past week" is last week, "this coming Friday" the next Friday
                    FigureDraft near = relative(i + 1, t.lower(i + 1).equals("past") ? -1 : 1);
                    if (near != null) {
                        near.first = i;
                    }
                    return near;
                }
                return relative(i, w.equals("last") ? -1 : w.equals("next") ? 1 : 0);
            default:
                break;
        }
        if (t.capitalized(i) && WEEKDAYS.containsKey(w)) {
            int k = t.is(i + 1, ',') ? i + 2 : i + 1;
            FigureDraft full = explicitDate(k);
            if (full != null && full.normalized != null && full.normalized.length() == 10) {
                full.first = i;
                if (!isYear(full.last)) { // "Saturday, April 4": the year in which April 4 is a Saturday
                    String on = resolver.dayMonthOn(Integer.parseInt(full.normalized.substring(5, 7)),
                            Integer.parseInt(full.normalized.substring(8, 10)), WEEKDAYS.get(w), future(i));
                    if (on != null) {
                        full.normalized = on;
                    }
                }
                return full;
            }
            String after = dayAfterTheLast(i, WEEKDAYS.get(w));
            FigureDraft f = date(i, i, after != null ? after : resolver.weekday(WEEKDAYS.get(w), 0, future(i)));
            f.unit = "day";
            anchored = true;
            return f;
        }
        if (isMonth(i)) {
            return monthFirst(i);
        }
        return null;
    }

    /** A date written out in full after a weekday: "Friday, January 4, 2019", "Monday 10 January". */
    private FigureDraft explicitDate(int k) {
        if (isMonth(k)) {
            return monthFirst(k);
        }
        if (t.plainInteger(k) && t.digitCount(k) <= 2) {
            int m = k + 1;
            String suffix = t.lower(m);
            if (t.glued(m) && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
                m++;
            }
            if (isMonth(m)) {
                return dayMonthYear(k, m, intOf(k));
            }
        }
        return null;
    }

    /** "last week", "this year", "next month", "last Monday". */
    private FigureDraft relative(int i, int offset) {
        String w = t.lower(i + 1);
        if (!t.isWord(i + 1)) {
            return null;
        }
        FigureDraft f = switch (w) {
            case "week" -> date(i, i + 1, resolver.week(offset));
            case "weekend" -> date(i, i + 1, resolver.weekend(offset, future(i)));
            case "month" -> date(i, i + 1, resolver.monthOffset(offset));
            case "year" -> date(i, i + 1, resolver.yearOffset(offset));
            default -> null; // "last night", "this morning": a part of a day with no day word is not a figure
        };
        if (f != null) {
            if (w.equals("weekend")) {
                f.unit = "day";
            }
            return f;
        }
        if (t.capitalized(i + 1) && WEEKDAYS.containsKey(w)) {
            FigureDraft d = date(i, i + 1, resolver.weekday(WEEKDAYS.get(w), offset, future(i)));
            d.unit = "day";
            return d;
        }
        if (isMonth(i + 1) && w.length() > 3) {
            FigureDraft d = date(i, i + 1, offset < 0 ? resolver.month(MONTHS.get(w), DateResolver.PAST)
                    : offset > 0 ? resolver.month(MONTHS.get(w), DateResolver.FUTURE) : resolver.month(MONTHS.get(w), future(i)));
            d.unit = "month";
            return d;
        }
        return null;
    }

    private FigureDraft date(int first, int last, String normalized) {
        FigureDraft f = new FigureDraft(first, last, FigureKind.DATE);
        f.normalized = normalized;
        f.unit = DateResolver.precision(normalized);
        return f;
    }

    /** How far the clause before token i speaks of the future: {@link DateResolver#FUTURE} for "will meet on Monday". */
    private int future(int i) {
        int tense = DateResolver.PAST;
        for (int k = i - 1; k >= 0 && k >= i - FUTURE_REACH && sentences.id(k) == sentences.id(i); k--) {
            String w = t.lower(k);
            if (Lexicon.FUTURE_CUES.contains(w) || (w.equals("to") && (t.lower(k - 1).equals("is") || t.lower(k - 1).equals("are")))) {
                return DateResolver.FUTURE;
            }
            if (Lexicon.TIMETABLE_VERBS.contains(w) && k >= i - 4) {
                return DateResolver.FUTURE; // "the season starts on August 9": a timetable told in the present
            }
            if (Lexicon.LEANING_CUES.contains(w)) {
                tense = DateResolver.LEANING;
            } else if (isPastVerb(k)) {
                return tense; // "elections are due ..., the commission announced on December 20": the date's own verb
            }
        }
        return tense;
    }

    /** An active past-tense verb ("announced", "said"), not a passive or perfect participle ("to be completed"). */
    private boolean isPastVerb(int k) {
        String w = t.lower(k);
        if (!t.isWord(k) || t.capitalized(k) || !(w.endsWith("ed") || w.equals("said") || w.equals("told"))) {
            return false;
        }
        String before = t.lower(k - 1);
        return !(before.equals("be") || before.equals("been") || before.equals("being") || before.equals("is")
                || before.equals("are") || before.equals("was") || before.equals("were") || before.equals("to")
                || before.equals("has") || before.equals("have") || before.equals("had") || before.equals("will"));
    }

    private int intOf(int k) {
        try {
            return Integer.parseInt(t.raw(k));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
