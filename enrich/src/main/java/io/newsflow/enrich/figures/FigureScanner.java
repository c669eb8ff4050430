package io.newsflow.enrich.figures;

import static io.newsflow.enrich.figures.Lexicon.CARDINALS;
import static io.newsflow.enrich.figures.Lexicon.CURRENCY_CODES;
import static io.newsflow.enrich.figures.Lexicon.CURRENCY_SYMBOLS;
import static io.newsflow.enrich.figures.Lexicon.CURRENCY_WORDS;
import static io.newsflow.enrich.figures.Lexicon.DOLLAR_PREFIXES;
import static io.newsflow.enrich.figures.Lexicon.DURATIONS;
import static io.newsflow.enrich.figures.Lexicon.EVENT_CUES;
import static io.newsflow.enrich.figures.Lexicon.MEASURES;
import static io.newsflow.enrich.figures.Lexicon.MONTHS;
import static io.newsflow.enrich.figures.Lexicon.ORDINALS;
import static io.newsflow.enrich.figures.Lexicon.SCALES;
import static io.newsflow.enrich.figures.Lexicon.SHORT_SCALES;
import static io.newsflow.enrich.figures.Lexicon.VAGUE;
import static io.newsflow.enrich.figures.Lexicon.WEEKDAYS;

import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.FigureKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over one field's tokens. At each token it tries, in order, a date, a clock time, a currency, then a
 * number (digits or words) whose kind is decided by what follows it (%, a currency, a unit of time or measure, "ago",
 * "-year-old", a counted noun). Every look-ahead and look-behind is bounded by a few tokens, so the whole scan is
 * linear in the length of the text. Not thread-safe: one scanner per call.
 */
final class FigureScanner {

    private static final int EVENT_WINDOW = 12;
    private static final int BACK_WINDOW = 12;
    private static final int MAX_NP_WORDS = 5;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final Tokens t;
    private final String field;
    private final DateResolver dates;
    private final int[] excluded; // sorted [start, end) pairs of character spans that hold no figure
    private final int[] sentence;
    private int excludedAt;
    private int consumed; // tokens before this index already belong to a figure
    private final List<Found> found = new ArrayList<>();

    FigureScanner(String field, String text, LocalDate published, int[] excluded) {
        this.t = Tokens.of(text);
        this.field = field;
        this.dates = new DateResolver(published);
        this.excluded = excluded;
        this.sentence = sentences();
    }

    /** A figure being built; token indices are inclusive. */
    private static final class Found {
        int first;
        int last;
        BigDecimal value;
        String unit;
        String object;
        String approx;
        FigureKind kind;
        String normalized;
        String event;
        int numFirst;
        int objFirst = -1;
        int objLast = -1;
        int head = -1;
        BigDecimal scale; // the multiplier a scale word applied ("7 billion"), shared with a range's first end
        BigDecimal factor = BigDecimal.ONE; // unit factor of a duration ("decades" = 10 years)
        String iso; // the ISO-8601 designator of a duration, with its "T" when it has one ("Y", "TH")

        Found(int first, int last, FigureKind kind) {
            this.first = first;
            this.last = last;
            this.numFirst = first;
            this.kind = kind;
        }
    }

    /** A number read from the tokens, before its kind is known. */
    private record Num(int first, int last, BigDecimal value, boolean vague, boolean fraction, boolean ordinal,
                       boolean words, BigDecimal scale) {

        Num(int first, int last, BigDecimal value, boolean vague, boolean fraction, boolean ordinal, boolean words) {
            this(first, last, value, vague, fraction, ordinal, words, null);
        }
    }

    List<Figure> scan() {
        int n = t.size();
        int i = 0;
        while (i < n) {
            if (isExcluded(i)) {
                i++;
                continue;
            }
            Found f = at(i);
            if (f == null) {
                i++;
                continue;
            }
            if (f.kind != null) {
                complete(f);
                found.add(f);
            }
            i = Math.max(i + 1, f.last + 1);
            consumed = i;
        }
        shareRangeObjects();
        List<Figure> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(toFigure(f));
        }
        return out;
    }

    // ---------------------------------------------------------------- dispatch

    private Found at(int i) {
        byte type = t.type(i);
        if (type == Tokens.URL) {
            return skip(i, i);
        }
        if (type == Tokens.CLOCK) {
            return clock(i);
        }
        if (type == Tokens.PUNCT) {
            String sym = t.raw(i);
            if (CURRENCY_SYMBOLS.containsKey(sym) && t.isNum(i + 1) && !t.isOdd(i + 1)) {
                return money(i, i + 1, CURRENCY_SYMBOLS.get(sym));
            }
            if ((sym.equals("#") || sym.equals("+")) && t.isNum(i + 1) && t.glued(i + 1)) {
                return skipLabel(i + 1, i);
            }
            return null;
        }
        if (type == Tokens.NUM) {
            if (t.plainInteger(i) && t.digitCount(i) == 4 && isZone(i + 1)) {
                Found f = new Found(i, i, FigureKind.COUNT);
                f.value = parse(i);
                if (time(f, i + 1)) {
                    return f; // "1500 UTC", "0000 GMT"
                }
            }
            if (isLabel(i)) {
                return skipLabel(i, i);
            }
            Found d = numericDate(i);
            if (d != null) {
                return d;
            }
            return number(i);
        }
        if (type == Tokens.WORD) {
            Found d = wordDate(i);
            if (d != null) {
                return d;
            }
            return wordFigure(i);
        }
        return null;
    }

    private Found wordFigure(int i) {
        String w = t.lower(i);
        // "US$5", "A$3m"
        if (DOLLAR_PREFIXES.containsKey(w) && t.is(i + 1, '$') && t.glued(i + 1) && t.isNum(i + 2)) {
            return money(i, i + 2, DOLLAR_PREFIXES.get(w));
        }
        // "USD 5 million", "Rs 500", "Rs.500"
        if (CURRENCY_CODES.containsKey(w) && (t.allCaps(i) || w.equals("rs"))) {
            int k = t.is(i + 1, '.') ? i + 2 : i + 1;
            if (t.isNum(k) && !t.isOdd(k)) {
                return money(i, k, CURRENCY_CODES.get(w));
            }
        }
        if ((w.equals("aged") || w.equals("age") || w.equals("ages"))
                && ((t.isNum(i + 1) && !t.isOdd(i + 1)) || (t.isWord(i + 1) && CARDINALS.containsKey(t.lower(i + 1))))) {
            Num n = readNumber(i + 1);
            if (n != null && !n.fraction && !n.ordinal) {
                Found f = new Found(i, n.last, FigureKind.AGE);
                f.numFirst = n.first;
                f.value = n.value;
                f.unit = "year";
                if (DURATIONS.containsKey(t.lower(f.last + 1)) && "year".equals(DURATIONS.get(t.lower(f.last + 1)).name())) {
                    f.last++;
                    if (t.lower(f.last + 1).equals("old")) {
                        f.last++;
                    }
                }
                return f;
            }
        }
        // hurricane "Category 5" measures intensity
        if (w.equals("category") && t.isNum(i + 1) && t.plainInteger(i + 1) && t.digitCount(i + 1) == 1) {
            Found f = new Found(i, i + 1, FigureKind.QUANTITY);
            f.numFirst = i + 1;
            f.value = parse(i + 1);
            f.unit = "category";
            return f;
        }
        // "magnitude 7.1", "magnitude-6.4"
        if (w.equals("magnitude")) {
            int k = t.isDash(i + 1) && t.glued(i + 1) ? i + 2 : i + 1;
            if (t.isNum(k) && !t.isOdd(k)) {
                Found f = new Found(i, k, FigureKind.QUANTITY);
                f.numFirst = k;
                f.value = t.raw(k).isEmpty() ? null : parse(k);
                f.unit = "magnitude";
                return f;
            }
        }
        if (isNumberWord(i)) {
            return number(i);
        }
        return null;
    }

    private boolean isNumberWord(int i) {
        String w = t.lower(i);
        if (CARDINALS.containsKey(w) || ORDINALS.containsKey(w) || VAGUE.containsKey(w) || SCALES.containsKey(w)
                || w.equals("dozen") || w.equals("tens") || w.equals("half")) {
            return true;
        }
        return (w.equals("a") || w.equals("an"))
                && (SCALES.containsKey(t.lower(i + 1)) || t.lower(i + 1).equals("dozen") || isFractionAfterA(i + 1));
    }

    // ---------------------------------------------------------------- labels: numbers that are names

    private boolean isLabel(int i) {
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
        if (t.isWord(prev) && !t.glued(i) && t.allCaps(prev) && !CURRENCY_CODES.containsKey(t.lower(prev))
                && !MEASURES.containsKey(t.lower(prev)) && !MONTHS.containsKey(t.lower(prev))
                && t.digitCount(i) <= 4 && !t.allCaps(prev - 1)) {
            return true; // "COP 26", "ISO 9001"
        }
        return false;
    }

    /** Skips a run of digits joined by dashes, slashes or dots ("555-0123", "24/7", "1-0") as one label. */
    private Found skipLabel(int i, int from) {
        int k = i;
        while ((t.isDash(k + 1) || t.is(k + 1, '/') || t.is(k + 1, '.')) && t.glued(k + 1) && t.glued(k + 2)
                && (t.isNum(k + 2) || t.isWord(k + 2))) {
            k += 2;
        }
        while (t.glued(k + 1) && (t.isWord(k + 1) || t.isNum(k + 1))) {
            k++;
        }
        return skip(from, k);
    }

    private static Found skip(int first, int last) {
        return new Found(first, last, null);
    }

    // ---------------------------------------------------------------- numbers

    private BigDecimal parse(int i) {
        String s = t.raw(i);
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if ((c >= '0' && c <= '9') || c == '.') {
                b.append(c);
            }
        }
        try {
            return new BigDecimal(b.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Num readNumber(int i) {
        if (t.isNum(i)) {
            BigDecimal v = parse(i);
            if (v == null) {
                return null;
            }
            String suffix = t.glued(i + 1) ? t.lower(i + 1) : "";
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                return new Num(i, i + 1, v, false, false, true, false);
            }
            int last = i;
            BigDecimal scale = null;
            while (true) {
                String w = t.lower(last + 1);
                BigDecimal by;
                if (SCALES.containsKey(w) && t.isWord(last + 1)) {
                    by = SCALES.get(w);
                } else if (SHORT_SCALES.containsKey(w) && t.glued(last + 1) && last == i
                        && !(w.equals("m") && isMetreContext(last + 2))) {
                    by = SHORT_SCALES.get(w);
                } else if (w.equals("dozen")) {
                    by = TWELVE;
                } else {
                    break;
                }
                scale = scale == null ? by : scale.multiply(by);
                last++;
            }
            return new Num(i, last, scale == null ? v : v.multiply(scale), false, false, false, false, scale);
        }
        return readWords(i);
    }

    /** "5m" is five million unless a measure reading is obvious ("a 5m wall" is rare in news; "5m tall" is not). */
    private boolean isMetreContext(int k) {
        String w = t.lower(k);
        return w.equals("tall") || w.equals("high") || w.equals("long") || w.equals("deep") || w.equals("wide")
                || w.equals("above") || w.equals("below") || t.lower(k - 3).equals("a");
    }

    private Num readWords(int i) {
        String w = t.lower(i);
        // ordinals: "first", "twenty-first"
        if (ORDINALS.containsKey(w)) {
            return new Num(i, i, BigDecimal.valueOf(ORDINALS.get(w)), false, false, true, true);
        }
        if (VAGUE.containsKey(w) || w.equals("tens")) {
            if (w.equals("scores") && !t.lower(i + 1).equals("of")) {
                return null;
            }
            BigDecimal v = w.equals("tens") ? BigDecimal.valueOf(20) : VAGUE.get(w);
            int last = i;
            String next = t.lower(i + 2);
            if (t.lower(i + 1).equals("of") && (next.equals("thousands") || next.equals("millions")
                    || next.equals("billions"))) {
                v = v.multiply(VAGUE.get(next).divide(BigDecimal.valueOf(2)));
                last = i + 2;
            } else if (w.equals("tens")) {
                return null;
            }
            return new Num(i, last, v, true, false, false, true);
        }
        if (w.equals("half")) {
            if ((t.lower(i + 1).equals("a") || t.lower(i + 1).equals("an")) && SCALES.containsKey(t.lower(i + 2))) {
                return new Num(i, i + 2, SCALES.get(t.lower(i + 2)).divide(BigDecimal.valueOf(2)), false, false,
                        false, true);
            }
            if (t.lower(i + 1).equals("a") && t.lower(i + 2).equals("dozen")) {
                return new Num(i, i + 2, BigDecimal.valueOf(6), false, false, false, true);
            }
            if (t.lower(i + 1).equals("of")) {
                return new Num(i, i, new BigDecimal("0.5"), false, true, false, true);
            }
            return null;
        }
        if ((w.equals("a") || w.equals("an"))) {
            String next = t.lower(i + 1);
            if (isFractionAfterA(i + 1)) {
                BigDecimal part = fraction(1, Lexicon.FRACTIONS.get(next));
                if (SCALES.containsKey(t.lower(i + 2))) {
                    BigDecimal scale = SCALES.get(t.lower(i + 2));
                    return new Num(i, i + 2, part.multiply(scale), false, false, false, true, scale); // "a quarter million"
                }
                return new Num(i, i + 1, part, false, true, false, true);
            }
            if (next.equals("dozen")) {
                return new Num(i, i + 1, TWELVE, false, false, false, true);
            }
        }
        // cardinals, with hundreds and scales: "two hundred and fifty thousand", "twenty-five", "a million"
        BigDecimal total = BigDecimal.ZERO;
        long current = 0;
        boolean any = false;
        boolean lastWasUnit = false;
        int k = i;
        int last = -1;
        while (true) {
            String x = t.lower(k);
            if (k == i && (x.equals("a") || x.equals("an"))) {
                current = 1;
                k++;
                continue;
            }
            if (CARDINALS.containsKey(x) && t.isWord(k)) {
                if (lastWasUnit && !(current % 100 >= 20 && current % 10 == 0 && CARDINALS.get(x) < 10)) {
                    break; // "one two" is two numbers
                }
                int v = CARDINALS.get(x);
                // "twenty-five", or a fraction "two-thirds"
                if (t.isDash(k + 1) && t.glued(k + 1) && t.glued(k + 2)) {
                    String after = t.lower(k + 2);
                    if (v >= 20 && v % 10 == 0 && CARDINALS.containsKey(after) && CARDINALS.get(after) < 10) {
                        current += v + CARDINALS.get(after);
                        any = true;
                        last = k + 2;
                        k += 3;
                        lastWasUnit = true;
                        continue;
                    }
                    if (v >= 20 && v % 10 == 0 && ORDINALS.containsKey(after) && ORDINALS.get(after) < 10 && !any) {
                        return new Num(i, k + 2, BigDecimal.valueOf(v + ORDINALS.get(after)), false, false, true, true);
                    }
                    if (Lexicon.FRACTIONS.containsKey(after) && !any && !after.equals("second")) {
                        return new Num(i, k + 2, fraction(v, Lexicon.FRACTIONS.get(after)), false, true, false, true);
                    }
                }
                // "two thirds of"
                String after = t.lower(k + 1);
                if (!any && Lexicon.FRACTIONS.containsKey(after) && !after.equals("second")
                        && t.lower(k + 2).equals("of")) {
                    return new Num(i, k + 1, fraction(v, Lexicon.FRACTIONS.get(after)), false, true, false, true);
                }
                current += v;
                any = true;
                last = k;
                lastWasUnit = true;
                k++;
                continue;
            }
            if (x.equals("hundred") && t.isWord(k)) {
                current = (current == 0 ? 1 : current) * 100;
                any = true;
                last = k;
                lastWasUnit = false;
                k++;
                continue;
            }
            if (SCALES.containsKey(x) && t.isWord(k)) {
                total = total.add(BigDecimal.valueOf(current == 0 ? 1 : current).multiply(SCALES.get(x)));
                current = 0;
                any = true;
                last = k;
                lastWasUnit = false;
                k++;
                continue;
            }
            if (x.equals("dozen") && t.isWord(k) && any) {
                current = (current == 0 ? 1 : current) * 12;
                last = k;
                lastWasUnit = false;
                k++;
                continue;
            }
            if (x.equals("and") && any && !lastWasUnit && CARDINALS.containsKey(t.lower(k + 1))) {
                k++;
                continue;
            }
            break;
        }
        if (!any) {
            return null;
        }
        return new Num(i, last, total.add(BigDecimal.valueOf(current)), false, false, false, true);
    }

    /** "a quarter", "a tenth of", but not the ordinal in "a third term" or "a fifth vehicle". */
    private boolean isFractionAfterA(int k) {
        String w = t.lower(k);
        if (!Lexicon.FRACTIONS.containsKey(w) || w.endsWith("s") || w.equals("second") || w.equals("half")) {
            return false;
        }
        String next = t.lower(k + 1);
        // "a third" is as often an ordinal ("a third term", "a fourth from Germany"): a fraction only when it says so
        return w.equals("quarter") || next.equals("of") || SCALES.containsKey(next)
                || Lexicon.QUALIFIERS.contains(t.lower(k - 2));
    }

    private static BigDecimal fraction(int numerator, int denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    /** A number and what follows it: the kind is decided here. */
    private Found number(int i) {
        Num n = readNumber(i);
        if (n == null) {
            return null;
        }
        if (n.words && !wordNumberCounts(n)) {
            return skip(n.first, n.last);
        }
        if (n.ordinal) {
            if (!rankingOrdinal(n)) {
                return skip(n.first, n.last);
            }
            Found f = new Found(n.first, n.last, FigureKind.ORDINAL);
            f.value = n.value;
            f.unit = "ordinal";
            // "third-highest", "second-fastest": the compound is the span; "third-party", "second-hand" are terms
            if (t.isDash(f.last + 1) && t.glued(f.last + 1) && t.glued(f.last + 2) && t.isWord(f.last + 2)) {
                String w = t.lower(f.last + 2);
                if (w.equals("party") || w.equals("hand") || w.equals("rate") || w.equals("guess") || w.equals("class")) {
                    return skip(n.first, f.last + 2);
                }
                f.last += 2;
            }
            return f;
        }
        int k = n.last + 1;
        Found f = new Found(n.first, n.last, FigureKind.COUNT);
        f.value = n.value;
        f.unit = "count";
        f.scale = n.scale;
        if (!n.fraction && !n.vague && outOfEvery(f, k)) {
            return f;
        }
        if (n.fraction) {
            f.kind = FigureKind.QUANTITY;
            f.unit = "fraction";
            partitiveObject(f);
            return f;
        }
        if (percent(f, k)) {
            return f;
        }
        String code = currencyAfter(k);
        if (code != null) {
            f.kind = n.vague ? FigureKind.VAGUE : FigureKind.MONEY;
            f.unit = "money:" + code;
            f.last = k + currencyWords(k) - 1;
            return f;
        }
        if (!n.vague && age(f, k)) {
            ageObject(f);
            return f;
        }
        if (!n.vague && duration(f, k)) {
            return f;
        }
        if (!n.vague && quantity(f, k)) {
            return f;
        }
        if (!n.vague && !n.words && time(f, k)) {
            return f;
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
            partitiveOrNounObject(f);
            return f;
        }
        // a hyphen compound with a noun: "ten-storey building", "a 10-point plan"
        if (t.isDash(k) && t.glued(k) && t.glued(k + 1) && t.isWord(k + 1)) {
            if (n.value.compareTo(BigDecimal.ONE) == 0 && Lexicon.NOT_ONE_COMPOUND.contains(t.lower(k + 1))) {
                return skip(n.first, k + 1);
            }
            f.objFirst = k + 1; // "ten-storey", "55-member": the noun is what is counted
            f.objLast = k + 1;
            f.head = k + 1;
            f.last = k + 1;
            return f;
        }
        partitiveOrNounObject(f);
        return f;
    }

    /** "one out of every thousand children", "one in five adults": a fraction. */
    private boolean outOfEvery(Found f, int k) {
        int m;
        // "17 out of 18" stays two counts; only "every" makes a proportion
        if (t.lower(k).equals("out") && t.lower(k + 1).equals("of") && t.lower(k + 2).equals("every")) {
            m = k + 3;
        } else if (t.lower(k).equals("in") && t.lower(k + 1).equals("every")) {
            m = k + 2;
        } else {
            return false;
        }
        if (!(t.isNum(m) || CARDINALS.containsKey(t.lower(m)) || SCALES.containsKey(t.lower(m)))) {
            return false;
        }
        Num whole = SCALES.containsKey(t.lower(m)) && !t.lower(m).equals("hundred")
                ? new Num(m, m, SCALES.get(t.lower(m)), false, false, false, true) : readNumber(m);
        if (whole == null || whole.value.signum() == 0 || whole.ordinal || whole.fraction) {
            return false;
        }
        f.kind = FigureKind.QUANTITY;
        f.unit = "fraction";
        f.value = f.value.divide(whole.value, 4, RoundingMode.HALF_UP);
        f.last = whole.last;
        int[] np = nounPhrase(f.last + 1, true);
        if (np != null) {
            f.objFirst = np[0];
            f.objLast = np[1];
            f.head = np[2];
            f.last = np[1];
        }
        return true;
    }

    /**
     * An ordinal that ranks something; not "first" as an adverb ("was first elected") or in fixed terms ("first
     * responders", "first-hand").
     */
    private boolean rankingOrdinal(Num n) {
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
        boolean determiner = isDeterminer(n.first - 1) || before.equals("s") || before.equals("its");
        boolean verbAfter = t.isWord(n.first + 1) && (after.endsWith("ed") || Lexicon.VERBS.contains(after))
                && !t.isDash(n.first + 1);
        return determiner || !verbAfter;
    }

    /** "one" as a pronoun and capitalised number words inside names ("Formula One") are not figures. */
    private boolean wordNumberCounts(Num n) {
        String w = t.lower(n.first);
        if (n.first == n.last && w.equals("one")) {
            String before = t.isDash(n.first - 1) && t.glued(n.first) ? t.lower(n.first - 2) : t.lower(n.first - 1);
            String after = t.lower(n.first + 1);
            if (Lexicon.NOT_ONE_BEFORE.contains(before) || Lexicon.NOT_ONE_AFTER.contains(after)
                    || after.equals("of") || before.equals("not") || before.equals("even")) {
                return false; // "one of the databases" picks a member; "not even one" means none
            }
            if (t.isDash(n.first + 1) && t.glued(n.first + 1) && Lexicon.NOT_ONE_COMPOUND.contains(t.lower(n.first + 2))) {
                return false;
            }
        }
        if (t.capitalized(n.first) && t.capitalized(n.first - 1) && !sentenceStart(n.first - 1)
                && !n.vague && !Lexicon.QUALIFIERS.contains(t.lower(n.first - 1))
                && !WEEKDAYS.containsKey(t.lower(n.first - 1)) && !MONTHS.containsKey(t.lower(n.first - 1))) {
            return false; // "Formula One", "Big Four", "Air Force One"
        }
        return true;
    }

    private boolean sentenceStart(int i) {
        return t.paragraphStart(i) || t.is(i - 1, '.') || t.is(i - 1, '!') || t.is(i - 1, '?') || t.is(i - 1, '"')
                || t.is(i - 1, '\u201c') || t.is(i - 1, ':') || t.is(i - 1, '(');
    }

    private boolean percent(Found f, int k) {
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
        partitiveObject(f);
        return true;
    }

    /** A currency named after a number: "5 million euros", "20 US dollars", "300 GBP". */
    private String currencyAfter(int k) {
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

    private int currencyWords(int k) {
        return CURRENCY_WORDS.containsKey(t.lower(k) + " " + t.lower(k + 1)) ? 2 : 1;
    }

    private Found money(int first, int numAt, String code) {
        Num n = readNumber(numAt);
        if (n == null || n.ordinal) {
            return null;
        }
        Found f = new Found(first, n.last, FigureKind.MONEY);
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

    private boolean age(Found f, int k) {
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

    /** "a 92-year-old woman": the person or thing aged is the object. */
    private void ageObject(Found f) {
        if (!t.isDash(f.last - 1) || t.capitalized(f.last + 1)) {
            return; // "45 years old" has no noun; "40-year-old Skandaraj" names the person
        }
        int[] np = nounPhrase(f.last + 1, true);
        if (np != null && !Lexicon.VERBS.contains(t.lower(np[2]))) {
            f.objFirst = np[0];
            f.objLast = np[1];
            f.head = np[2];
            f.last = np[1];
        }
    }

    private boolean duration(Found f, int k) {
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
        f.last = unitAt;
        if (t.lower(unitAt + 1).equals("ago")) {
            f.kind = FigureKind.DATE;
            f.last = unitAt + 1;
            f.value = null;
            f.unit = unit.name().equals("week") ? "day" : unit.name();
            f.normalized = amount.stripTrailingZeros().scale() <= 0 && amount.compareTo(BigDecimal.valueOf(10_000)) < 0
                    ? dates.ago(amount.longValue(), unit.name()) : null;
            if (f.unit.equals("hour") || f.unit.equals("minute") || f.unit.equals("second")) {
                f.unit = "day";
                f.normalized = dates.day(0);
            }
            return true;
        }
        f.kind = FigureKind.DURATION;
        f.value = amount;
        f.unit = unit.name();
        f.factor = unit.factor();
        f.iso = (isClockUnit(unit.name()) ? "T" : "") + unit.iso();
        f.normalized = isoDuration(amount, f.iso);
        if (isClockUnit(unit.name())) {
            compoundDuration(f, unit.name());
        }
        return true;
    }

    /** "P30Y", "P2W", "PT24H": the "T" comes before the amount of a clock unit. */
    private static String isoDuration(BigDecimal amount, String iso) {
        return iso.startsWith("T") ? "PT" + plain(amount) + iso.substring(1) : "P" + plain(amount) + iso;
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
    private void compoundDuration(Found f, String firstUnit) {
        StringBuilder iso = new StringBuilder("PT").append(plain(f.value)).append(f.iso.substring(1));
        BigDecimal seconds = f.value.multiply(secondsIn(firstUnit));
        int rank = clockRank(firstUnit);
        int k = f.last + 1;
        boolean more = false;
        while (true) {
            int at = t.lower(k).equals("and") || t.is(k, ',') ? k + 1 : k;
            Num n = t.isNum(at) ? readNumber(at) : null;
            if (n == null || n.ordinal || n.scale != null) {
                break;
            }
            Lexicon.Unit u = DURATIONS.get(t.lower(n.last + 1));
            if (u == null || clockRank(u.name()) == 0 || clockRank(u.name()) >= rank) {
                break;
            }
            rank = clockRank(u.name());
            seconds = seconds.add(n.value.multiply(secondsIn(u.name())));
            iso.append(plain(n.value)).append(u.iso());
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

    private boolean quantity(Found f, int k) {
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
            return false;
        }
        f.kind = FigureKind.QUANTITY;
        f.unit = unit;
        f.last = last;
        if (unit.equals("degree") && (t.lower(last + 1).equals("celsius") || t.lower(last + 1).equals("fahrenheit"))) {
            f.unit = t.lower(last + 1).equals("celsius") ? "°C" : "°F";
            f.last = last + 1;
        }
        return true;
    }

    private boolean time(Found f, int k) {
        BigDecimal v = f.value;
        int last = meridiem(k);
        if (v.scale() == 2 && last >= 0 && v.compareTo(BigDecimal.valueOf(13)) < 0) {
            int minutes = v.remainder(BigDecimal.ONE).movePointRight(2).intValue();
            if (minutes < 60) {
                f.kind = FigureKind.TIME;
                f.value = null;
                f.unit = "time";
                f.last = last;
                f.normalized = String.format("%02d:%02d", adjust(v.intValue(), k), minutes); // "6.30pm"
                return true;
            }
        }
        if (v.scale() > 0 || v.compareTo(BigDecimal.valueOf(2400)) > 0) {
            return false;
        }
        int hour = v.intValue();
        int minute = 0;
        if (last >= 0 && hour >= 1 && hour <= 12) {
            hour = adjust(hour, k);
        } else if (t.lower(k).equals("o") && t.lower(k + 2).equals("clock") && hour <= 12) {
            last = k + 2;
        } else if (t.digitCount(f.numFirst) == 4 && isZone(k) && hour % 100 < 60 && hour / 100 <= 24) {
            minute = hour % 100;
            hour = hour / 100 % 24;
            last = k;
        } else {
            return false;
        }
        f.kind = FigureKind.TIME;
        f.value = null;
        f.unit = "time";
        f.last = last;
        f.normalized = String.format("%02d:%02d", hour, minute);
        return true;
    }

    private Found clock(int i) {
        String raw = t.raw(i);
        int colon = raw.indexOf(':');
        int hour = Integer.parseInt(raw.substring(0, colon));
        int minute = Integer.parseInt(raw.substring(colon + 1, colon + 3));
        if (hour > 24 || minute > 59) {
            return skip(i, i);
        }
        // "2:14:04" with seconds is a race time, not a time of day
        if (raw.indexOf(':', colon + 1) > 0 && meridiem(i + 1) < 0 && !isZone(i + 1)) {
            String secs = raw.substring(raw.lastIndexOf(':') + 1);
            BigDecimal sec = new BigDecimal(secs);
            Found f = new Found(i, i, FigureKind.DURATION);
            f.unit = "second";
            f.value = tidy(BigDecimal.valueOf(hour * 3600L + minute * 60L).add(sec));
            f.normalized = "PT" + (hour > 0 ? hour + "H" : "") + (minute > 0 ? minute + "M" : "")
                    + (sec.signum() > 0 ? plain(sec) + "S" : "");
            return f;
        }
        Found f = new Found(i, i, FigureKind.TIME);
        f.unit = "time";
        int last = meridiem(i + 1);
        if (last >= 0 && hour >= 1 && hour <= 12) {
            hour = adjust(hour, i + 1);
            f.last = last;
        }
        f.normalized = String.format("%02d:%02d", hour % 24, minute);
        return f;
    }

    /** Last token of "am", "pm", "a.m.", "p.m." at k, or -1. */
    private int meridiem(int k) {
        String w = t.lower(k);
        if (w.equals("am") || w.equals("pm")) {
            return k;
        }
        if ((w.equals("a") || w.equals("p")) && t.is(k + 1, '.') && t.lower(k + 2).equals("m") && t.glued(k + 2)) {
            return t.is(k + 3, '.') && t.glued(k + 3) ? k + 3 : k + 2;
        }
        return -1;
    }

    private int adjust(int hour, int k) {
        boolean pm = t.lower(k).startsWith("p");
        if (pm && hour < 12) {
            return hour + 12;
        }
        if (!pm && hour == 12) {
            return 0;
        }
        return hour;
    }

    private boolean isZone(int k) {
        String w = t.lower(k);
        return w.equals("utc") || w.equals("gmt") || w.equals("hrs") || w.equals("local") || w.equals("est")
                || w.equals("edt") || w.equals("cet") || w.equals("bst");
    }

    // ---------------------------------------------------------------- dates

    private Found numericDate(int i) {
        // ISO date "2019-01-04"
        if (t.digitCount(i) == 4 && t.plainInteger(i) && t.isDash(i + 1) && t.glued(i + 1) && t.isNum(i + 2)
                && t.glued(i + 2) && t.isDash(i + 3) && t.glued(i + 3) && t.isNum(i + 4) && t.glued(i + 4)) {
            String d = DateResolver.date(Integer.parseInt(t.raw(i)), intOf(i + 2), intOf(i + 4));
            if (d == null) {
                return skipLabel(i, i);
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
                Found f = dayMonthYear(i, k, day);
                if (f != null) {
                    return f;
                }
            }
        }
        // years: "in 2019", "the 1990s", "2019-20"
        if (t.plainInteger(i) && t.digitCount(i) == 4) {
            int year = intOf(i);
            if (year >= 1000 && year <= 2100) {
                if (t.glued(i + 1) && t.lower(i + 1).equals("s") && year % 10 == 0) {
                    Found f = date(i, i + 1, (year / 10) + "X"); // EDTF decade: "199X"
                    f.unit = "year";
                    return f;
                }
                if (t.isDash(i + 1) && t.isNum(i + 2) && t.plainInteger(i + 2) && t.glued(i + 1) == t.glued(i + 2)) {
                    int end = intOf(i + 2);
                    int endYear = t.digitCount(i + 2) == 2 ? year / 100 * 100 + end : end;
                    if (endYear > year && endYear <= year + 100 && (t.digitCount(i + 2) == 2 || t.digitCount(i + 2) == 4)) {
                        return date(i, i + 2, year + "/" + endYear);
                    }
                }
                if (looksLikeYear(i)) {
                    return date(i, i, Integer.toString(year));
                }
            }
        }
        // numbers glued by dashes: a score or a phone number, unless a counted noun or unit follows ("10-15 people")
        if (t.isDash(i + 1) && t.glued(i + 1) && t.isNum(i + 2) && t.glued(i + 2)) {
            String after = t.lower(i + 3);
            boolean counted = t.isWord(i + 3) && !t.glued(i + 3) && (isPluralNoun(after) || DURATIONS.containsKey(after)
                    || MEASURES.containsKey(after) || CURRENCY_WORDS.containsKey(after));
            if (!counted && !t.is(i + 3, '%') && !after.equals("percent") && !after.equals("per")) {
                return skipLabel(i, i);
            }
        }
        return null;
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
            return false; // "about 2000 people", "more than 1500"
        }
        if (t.isWord(k) && !t.capitalized(k) && isPluralNoun(next) && !Lexicon.STOP.contains(next)) {
            return yearPreposition(before);
        }
        return true;
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
    private Found dayMonthYear(int first, int m, int day) {
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
        Found f = date(first, last, dates.dayMonth(month, day, future(first)));
        f.unit = "day";
        return f;
    }

    /** Month first: "January 4, 2019", "January 4", "January 2019", "in January". */
    private Found monthFirst(int m) {
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
                    String a = dates.dayMonth(month, day, future(m));
                    String b = a == null ? null : DateResolver.date(Integer.parseInt(a.substring(0, 4)), month, intOf(last + 2));
                    Found f = date(m, last + 2, a == null || b == null ? null : a + "/" + b);
                    f.unit = "day";
                    return f;
                }
                if (DateResolver.date(2000, month, day) == null) {
                    return null;
                }
                Found f = date(m, last, dates.dayMonth(month, day, future(m)));
                f.unit = "day";
                return f;
            }
        }
        if ((t.lower(k).equals("of") || t.is(k, ',')) && isYear(k + 1)) {
            k++; // "March of 2016", "March, 2018"
        }
        if (isYear(k) && !t.glued(k)) {
            Found f = date(m, k, String.format("%04d-%02d", intOf(k), month));
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
        Found f = date(m, m, dates.month(month, future(m)));
        f.unit = "month";
        return f;
    }

    private boolean isYear(int k) {
        if (!t.plainInteger(k) || t.digitCount(k) != 4) {
            return false;
        }
        int y = intOf(k);
        return y >= 1000 && y <= 2100;
    }

    private Found wordDate(int i) {
        String w = t.lower(i);
        switch (w) {
            case "yesterday":
                return date(i, i, dates.day(-1));
            case "today":
            case "tonight":
                return date(i, i, dates.day(0));
            case "tomorrow":
                return date(i, i, dates.day(1));
            case "last":
            case "this":
            case "next":
                if (!w.equals("this") && (t.lower(i - 1).equals("the") || t.lower(i - 1).equals("that"))) {
                    return null; // "the next year" counts from the story's time, not from publication
                }
                return relative(i, w.equals("last") ? -1 : w.equals("next") ? 1 : 0);
            default:
                break;
        }
        if (t.capitalized(i) && WEEKDAYS.containsKey(w)) {
            int k = t.is(i + 1, ',') ? i + 2 : i + 1;
            Found full = explicitDate(k);
            if (full != null && full.normalized != null && full.normalized.length() == 10) {
                full.first = i;
                return full;
            }
            Found f = date(i, i, dates.weekday(WEEKDAYS.get(w), 0, future(i)));
            f.unit = "day";
            return f;
        }
        if (isMonth(i)) {
            return monthFirst(i);
        }
        return null;
    }

    /** A date written out in full after a weekday: "Friday, January 4, 2019", "Monday 10 January". */
    private Found explicitDate(int k) {
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

    /** "last week", "this year", "next month", "last Monday", "last night". */
    private Found relative(int i, int offset) {
        String w = t.lower(i + 1);
        if (!t.isWord(i + 1)) {
            return null;
        }
        Found f = switch (w) {
            case "week" -> date(i, i + 1, dates.week(offset));
            case "weekend" -> date(i, i + 1, dates.weekend(offset));
            case "month" -> date(i, i + 1, dates.monthOffset(offset));
            case "year" -> date(i, i + 1, dates.yearOffset(offset));
            case "night" -> offset < 0 ? date(i, i + 1, dates.day(-1)) : offset == 0 ? date(i, i + 1, dates.day(0)) : null;
            case "morning", "afternoon", "evening" -> offset == 0 ? date(i, i + 1, dates.day(0)) : null;
            default -> null;
        };
        if (f != null) {
            if (w.equals("weekend")) {
                f.unit = "day";
            }
            return f;
        }
        if (t.capitalized(i + 1) && WEEKDAYS.containsKey(w)) {
            Found d = date(i, i + 1, dates.weekday(WEEKDAYS.get(w), offset, future(i)));
            d.unit = "day";
            return d;
        }
        if (isMonth(i + 1) && w.length() > 3) {
            Found d = date(i, i + 1, offset < 0 ? dates.month(MONTHS.get(w), DateResolver.PAST)
                    : offset > 0 ? dates.month(MONTHS.get(w), DateResolver.FUTURE) : dates.month(MONTHS.get(w), future(i)));
            d.unit = "month";
            return d;
        }
        return null;
    }

    private Found date(int first, int last, String normalized) {
        Found f = new Found(first, last, FigureKind.DATE);
        f.normalized = normalized;
        f.unit = DateResolver.precision(normalized);
        return f;
    }

    /** How far the clause before token i speaks of the future: {@link DateResolver#FUTURE} for "will meet on Monday". */
    private int future(int i) {
        int tense = DateResolver.PAST;
        for (int k = i - 1; k >= 0 && k >= i - 8 && sentence[k] == sentence[i]; k--) {
            String w = t.lower(k);
            if (Lexicon.FUTURE_CUES.contains(w) || (w.equals("to") && (t.lower(k - 1).equals("is") || t.lower(k - 1).equals("are")))) {
                return DateResolver.FUTURE;
            }
            if (Lexicon.LEANING_CUES.contains(w)) {
                tense = DateResolver.LEANING;
            }
        }
        return tense;
    }

    private int intOf(int k) {
        try {
            return Integer.parseInt(t.raw(k));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---------------------------------------------------------------- qualifiers, objects, events

    private void complete(Found f) {
        if (f.kind != FigureKind.DATE && f.kind != FigureKind.ORDINAL) {
            qualifier(f);
        }
        if ((f.kind == FigureKind.COUNT || f.kind == FigureKind.VAGUE) && f.unit.equals("count")) {
            boolean person = f.objFirst >= 0 && (isPerson(t.lower(f.head)) || t.capitalized(f.head));
            if (f.objFirst < 0 || person) {
                f.event = event(f);
            }
            if (person || f.event != null) {
                f.unit = "person";
            }
        }
    }

    private void qualifier(Found f) {
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
     * "18.9 deaths per 100,000 people per year" is one QUANTITY, unit rate, whose object is the rest of the phrase;
     * the base "100,000" is not a figure of its own.
     */
    private void rate(Found f) {
        int k = f.last + 1;
        if (!t.lower(k).equals("per") || !(t.isNum(k + 1) || CARDINALS.containsKey(t.lower(k + 1)))) {
            return;
        }
        Num base = readNumber(k + 1);
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
    private void partitiveObject(Found f) {
        int k = f.last + 1;
        if (!t.lower(k).equals("of")) {
            return;
        }
        int[] np = nounPhrase(k + 1, false);
        if (np != null) {
            f.objFirst = np[0];
            f.objLast = np[1];
            f.head = np[2];
            f.last = np[1];
        }
    }

    /** The counted noun phrase: partitive ("dozens of people") or direct ("16 members of the security forces"). */
    private void partitiveOrNounObject(Found f) {
        int k = f.last + 1;
        if (t.lower(k).equals("of")) {
            partitiveObject(f);
            return;
        }
        int start = k;
        String w = t.lower(k);
        if ((w.equals("dead") || w.equals("injured") || w.equals("wounded") || w.equals("missing"))
                && t.isWord(k) && (!t.isWord(k + 1) || Lexicon.STOP.contains(t.lower(k + 1)))) {
            f.objFirst = k; // "27 dead": the state names who is counted
            f.objLast = k;
            f.head = k;
            f.last = k;
            return;
        }
        if (w.equals("more") || w.equals("other") || w.equals("additional") || w.equals("further")
                || w.equals("others") || w.equals("new")) {
            if (w.equals("others")) {
                return;
            }
            start = k + 1;
        }
        int[] np = nounPhrase(start, true);
        if (np == null) {
            rate(f);
            return;
        }
        if (f.value.compareTo(BigDecimal.ONE) != 0 && !isPluralNoun(t.lower(np[2])) && !isMassNoun(t.lower(np[2]))
                && !pluralAcronym(np[2])) {
            return; // "five different times" has no counted noun we can trust
        }
        f.objFirst = np[0];
        f.objLast = np[1];
        f.head = np[2];
        f.last = np[1];
        // "members of the security forces": the head's "of" phrase belongs to the object
        if (t.lower(np[1] + 1).equals("of") && !isMeasure(np[2])) {
            int[] pp = nounPhrase(np[1] + 2, false);
            if (pp != null) {
                f.objLast = pp[1];
                f.last = pp[1];
            }
        }
        rate(f);
    }

    private static boolean isMassNoun(String w) {
        return switch (w) {
            case "police", "staff", "crew", "personnel", "cattle", "livestock", "clergy", "military", "infantry",
                 "cavalry", "militia", "security", "aircraft", "spacecraft", "artillery", "offspring", "sheep", "deer",
                 "fish", "taliban", "elderly", "youth" -> true;
            default -> false;
        };
    }

    private boolean isMeasure(int k) {
        return DURATIONS.containsKey(t.lower(k)) || MEASURES.containsKey(t.lower(k));
    }

    private boolean isDeterminer(int k) {
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
    private int[] nounPhrase(int k, boolean direct) {
        int start = k;
        String first = t.lower(k);
        if (first.equals("those") || first.equals("these") || first.equals("them") || first.equals("whom")
                || first.equals("which") || first.equals("us") || first.equals("you") || first.equals("it")) {
            return null; // "four of whom", "two of them": a pronoun, nothing to name
        }
        if (isDeterminer(k)) {
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
            if (!t.isWord(m)) {
                break;
            }
            String w = t.lower(m);
            if (Lexicon.STOP.contains(w) || CARDINALS.containsKey(w) || VAGUE.containsKey(w)
                    || (t.capitalized(m) && (WEEKDAYS.containsKey(w) || MONTHS.containsKey(w) && w.length() > 3))) {
                break;
            }
            boolean verbish = Lexicon.VERBS.contains(w) || w.endsWith("ed") || w.endsWith("ing");
            if (verbish && words == 0 && afterDeterminer && (!t.isWord(m + 1) || Lexicon.STOP.contains(t.lower(m + 1))
                    || Lexicon.VERBS.contains(t.lower(m + 1)))) {
                last = m; // "four of the deceased", "most of the injured"
                head = m;
                words++;
                break;
            }
            if (w.endsWith("ly") && words > 0 && t.isWord(m + 1) && (t.lower(m + 1).endsWith("ed")
                    || Lexicon.VERBS.contains(t.lower(m + 1)))) {
                break; // "five seriously injured"
            }
            if (w.endsWith("ly") && words == 0 && (t.lower(m + 1).endsWith("ed") || Lexicon.VERBS.contains(t.lower(m + 1)))) {
                break;
            }
            if (verbish && words > 0 && (w.endsWith("ing") || w.endsWith("ed")) && t.isWord(m + 1)
                    && isPluralNoun(t.lower(m + 1)) && !Lexicon.STOP.contains(t.lower(m + 1))
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
                        || next.endsWith("ed") && !isPerson(next)) {
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
            // hyphen compounds stay one word: "ex-Soviet", "security-forces"
            while (t.isDash(last + 1) && t.glued(last + 1) && t.glued(last + 2) && t.isWord(last + 2)) {
                last += 2;
                head = last;
            }
            m = last + 1;
            if (isPluralNoun(t.lower(head)) || pluralAcronym(head)) {
                String next = t.lower(m);
                boolean compound = t.isWord(m) && !t.capitalized(m) && (isPluralNoun(next) || isMassNoun(next))
                        && !Lexicon.STOP.contains(next) && !Lexicon.VERBS.contains(next) && !next.endsWith("ed");
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

    /** "MPs", "CEOs". */
    private boolean pluralAcronym(int k) {
        String raw = t.raw(k);
        return raw.length() >= 3 && raw.endsWith("s") && Character.isUpperCase(raw.charAt(raw.length() - 2));
    }

    private static boolean isPluralNoun(String w) {
        switch (w) {
            case "people", "men", "women", "children", "troops", "cattle", "sheep", "feet", "teeth", "mice",
                 "geese", "personnel", "dead", "clergy", "data", "media", "livestock", "poultry":
                return true;
            default:
                break;
        }
        if (w.endsWith("children") || w.endsWith("people") || (w.endsWith("men") && w.length() > 4)) {
            return true; // "grandchildren", "gunmen", "townspeople"
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("ous") && !w.endsWith("'s");
    }

    private static boolean isPerson(String w) {
        if (w == null) {
            return false;
        }
        if (Lexicon.PERSON_NOUNS.contains(w)) {
            return true;
        }
        if (Lexicon.NOT_PERSONS.contains(w)) {
            return false;
        }
        return w.endsWith("ers") || w.endsWith("ors") || w.endsWith("ists") || w.endsWith("ians") || w.endsWith("ants")
                || w.endsWith("ees") || w.endsWith("ans") || w.endsWith("ese") || w.endsWith("eans")
                || w.endsWith("ites") || w.endsWith("men");
    }

    /**
     * The event of the figure's clause. A counted noun that names an outcome ("six deaths") decides alone. When the
     * figure is the subject of its own predicate ("35 were rescued") only that predicate counts; otherwise the nearest
     * cue word in the sentence, after it or before it. The object's own words ("16 wounded soldiers") come last.
     */
    private String event(Found f) {
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
        int s = sentence[f.numFirst];
        if (hasOwnPredicate(f.last + 1)) {
            for (int k = f.last + 1; k < t.size() && k <= f.last + EVENT_WINDOW && sentence[k] == s; k++) {
                String e = cue(k);
                if (e != null) {
                    return e;
                }
            }
            return objectCue(f);
        }
        String before = null;
        int beforeDistance = Integer.MAX_VALUE;
        for (int k = f.first - 1; k >= 0 && k >= f.first - BACK_WINDOW && sentence[k] == s; k--) {
            String e = cue(k);
            if (e != null) {
                before = e;
                beforeDistance = f.first - k;
                break;
            }
        }
        for (int k = f.last + 1; k < t.size() && k <= f.last + EVENT_WINDOW && sentence[k] == s; k++) {
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

    private String objectCue(Found f) {
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

    /**
     * "between 36 and 40 people", "between $5 and $7 billion", "about 16–17 percent": the first end of a range takes
     * the multiplier, unit and object of the second.
     */
    private void shareRangeObjects() {
        for (int x = 0; x + 1 < found.size(); x++) {
            Found a = found.get(x);
            Found b = found.get(x + 1);
            String between = t.lower(a.last + 1);
            boolean joined = b.first - a.last == 2 && (between.equals("and") || between.equals("or")
                    || between.equals("to") || t.isDash(a.last + 1));
            if (!joined || a.kind == FigureKind.DATE || b.kind == FigureKind.DATE || a.kind == FigureKind.ORDINAL
                    || a.value == null || b.value == null) {
                continue;
            }
            if (a.scale == null && b.scale != null && (a.kind == b.kind || a.kind == FigureKind.COUNT)) {
                a.value = a.value.multiply(b.scale);
                a.scale = b.scale;
            }
            if (a.kind != FigureKind.COUNT || a.objFirst >= 0 || !a.unit.equals("count")) {
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
                a.normalized = isoDuration(a.value, b.iso);
            }
            if (a.event == null && b.kind == FigureKind.COUNT) {
                a.event = b.event;
            }
        }
    }

    // ---------------------------------------------------------------- output

    private Figure toFigure(Found f) {
        int start = t.start(f.first);
        int end = t.end(f.last);
        String object = f.objFirst < 0 ? null
                : SPACES.matcher(t.text.substring(t.start(f.objFirst), t.end(f.objLast))).replaceAll(" ");
        BigDecimal value = f.value == null ? null : tidy(f.value);
        return new Figure(t.text.substring(start, end), value, f.unit, object, f.approx, f.kind, f.normalized, f.event,
                field, start, end);
    }

    private static BigDecimal tidy(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String plain(BigDecimal v) {
        return tidy(v).toPlainString();
    }

    private int[] sentences() {
        int[] s = new int[t.size()];
        int id = 0;
        for (int k = 0; k < t.size(); k++) {
            if (k > 0 && t.paragraphStart(k)) {
                id++;
            }
            s[k] = id;
            if (t.is(k, '!') || t.is(k, '?') || t.is(k, ';') || (t.is(k, '.') && !abbreviation(k - 1))) {
                id++;
            }
        }
        return s;
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
