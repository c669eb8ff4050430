package io.newsflow.enrich.figures;

import static io.newsflow.enrich.figures.Lexicon.CARDINALS;
import static io.newsflow.enrich.figures.Lexicon.ORDINALS;
import static io.newsflow.enrich.figures.Lexicon.SCALES;
import static io.newsflow.enrich.figures.Lexicon.SHORT_SCALES;
import static io.newsflow.enrich.figures.Lexicon.VAGUE;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads one number from the tokens, in digits ("8,000", "1.2", "5m", "7 billion", "21st") or in words ("two hundred
 * and fifty thousand", "twenty-five", "a dozen", "two-thirds", "a quarter", "dozens", "tens of thousands"), and says
 * how it was written (vague, fraction, ordinal, words, scale). What it counts is decided by the caller.
 */
final class NumberReader {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final Tokens t;

    NumberReader(Tokens t) {
        this.t = t;
    }

    BigDecimal parse(int i) {
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

    NumberSpan readNumber(int i) {
        NumberSpan n = readPlainNumber(i);
        return n == null || n.ordinal || n.fraction || n.vague ? n : andAHalf(n);
    }

    /**
     * "three-and-a-half million", "a million-and-a-half", "a year-and-a-half" aside: half of the number's last unit
     * (one, or its scale word) is added, and a scale word after the half multiplies the whole.
     */
    private NumberSpan andAHalf(NumberSpan n) {
        int k = n.last;
        String[] words = {"and", "a", "half"};
        for (int w = 0; w < 3; w++) {
            int dash = k + 1 + 2 * w;
            if (!t.isDash(dash) || !t.glued(dash) || !t.glued(dash + 1) || !t.lower(dash + 1).equals(words[w])) {
                return n;
            }
        }
        int last = k + 6;
        BigDecimal unit = SCALES.containsKey(t.lower(k)) && t.isWord(k) ? SCALES.get(t.lower(k)) : BigDecimal.ONE;
        BigDecimal value = n.value.add(unit.divide(BigDecimal.valueOf(2)));
        BigDecimal scale = n.scale;
        if (SCALES.containsKey(t.lower(last + 1)) && t.isWord(last + 1) && unit.equals(BigDecimal.ONE)) {
            scale = SCALES.get(t.lower(last + 1));
            value = value.multiply(scale);
            last++;
        }
        return new NumberSpan(n.first, last, value, false, false, false, n.words, scale);
    }

    private NumberSpan readPlainNumber(int i) {
        NumberSpan odds = odds(i);
        if (odds != null) {
            return odds;
        }
        if (t.isNum(i)) {
            BigDecimal v = parse(i);
            if (v == null) {
                return null;
            }
            String suffix = t.glued(i + 1) ? t.lower(i + 1) : "";
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                return new NumberSpan(i, i + 1, v, false, false, true, false);
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
            return new NumberSpan(i, last, scale == null ? v : v.multiply(scale), false, false, false, false, scale);
        }
        return readWords(i);
    }

    /** "a one-in-four chance", "1-in-10": odds written as one hyphenated word are a fraction. */
    private NumberSpan odds(int i) {
        if (!(t.isDash(i + 1) && t.glued(i + 1) && t.lower(i + 2).equals("in") && t.glued(i + 2) && t.isDash(i + 3)
                && t.glued(i + 3) && t.glued(i + 4))) {
            return null;
        }
        BigDecimal part = t.isNum(i) ? parse(i) : CARDINALS.containsKey(t.lower(i)) ? BigDecimal.valueOf(CARDINALS.get(t.lower(i))) : null;
        BigDecimal whole = t.isNum(i + 4) ? parse(i + 4)
                : CARDINALS.containsKey(t.lower(i + 4)) ? BigDecimal.valueOf(CARDINALS.get(t.lower(i + 4))) : null;
        if (part == null || whole == null || whole.signum() == 0 || part.compareTo(whole) >= 0) {
            return null;
        }
        return new NumberSpan(i, i + 4, part.divide(whole, 4, RoundingMode.HALF_UP), false, true, false, !t.isNum(i));
    }

    /** "5m" is five million unless a measure reading is obvious ("a 5m wall" is rare in news; "5m tall" is not). */
    private boolean isMetreContext(int k) {
        String w = t.lower(k);
        return w.equals("tall") || w.equals("high") || w.equals("long") || w.equals("deep") || w.equals("wide")
                || w.equals("above") || w.equals("below") || t.lower(k - 3).equals("a");
    }

    private NumberSpan readWords(int i) {
        String w = t.lower(i);
        // ordinals: "first", "twenty-first"
        if (ORDINALS.containsKey(w)) {
            return new NumberSpan(i, i, BigDecimal.valueOf(ORDINALS.get(w)), false, false, true, true);
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
            return new NumberSpan(i, last, v, true, false, false, true);
        }
        if (w.equals("half")) {
            if ((t.lower(i + 1).equals("a") || t.lower(i + 1).equals("an")) && SCALES.containsKey(t.lower(i + 2))) {
                return new NumberSpan(i, i + 2, SCALES.get(t.lower(i + 2)).divide(BigDecimal.valueOf(2)), false, false,
                        false, true);
            }
            if (t.lower(i + 1).equals("a") && t.lower(i + 2).equals("dozen")) {
                return new NumberSpan(i, i + 2, BigDecimal.valueOf(6), false, false, false, true);
            }
            if (t.lower(i + 1).equals("of") || isBareHalf(i)) {
                return new NumberSpan(i, i, new BigDecimal("0.5"), false, true, false, true);
            }
            return null;
        }
        if ((w.equals("a") || w.equals("an"))) {
            String next = t.lower(i + 1);
            if (isFractionAfterA(i + 1)) {
                BigDecimal part = fraction(1, Lexicon.FRACTIONS.get(next));
                if (SCALES.containsKey(t.lower(i + 2))) {
                    BigDecimal scale = SCALES.get(t.lower(i + 2));
                    return new NumberSpan(i, i + 2, part.multiply(scale), false, false, false, true, scale); // "a quarter million"
                }
                return new NumberSpan(i, i + 1, part, false, true, false, true);
            }
            if (next.equals("dozen")) {
                return new NumberSpan(i, i + 1, TWELVE, false, false, false, true);
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
                        return new NumberSpan(i, k + 2, BigDecimal.valueOf(v + ORDINALS.get(after)), false, false, true, true);
                    }
                    if (Lexicon.FRACTIONS.containsKey(after) && !any && !after.equals("second")) {
                        return new NumberSpan(i, k + 2, fraction(v, Lexicon.FRACTIONS.get(after)), false, true, false, true);
                    }
                }
                // "two thirds of"
                String after = t.lower(k + 1);
                if (!any && Lexicon.FRACTIONS.containsKey(after) && !after.equals("second")
                        && t.lower(k + 2).equals("of")) {
                    return new NumberSpan(i, k + 1, fraction(v, Lexicon.FRACTIONS.get(after)), false, true, false, true);
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
        return new NumberSpan(i, last, total.add(BigDecimal.valueOf(current)), false, false, false, true);
    }

    /**
     * "about half", "half as much", "half the votes", ", half in Oregon": "half" standing for a proportion. Not the half
     * of a period ("the first half", "and a half", "half-time", "half an hour").
     */
    private boolean isBareHalf(int i) {
        String before = t.lower(i - 1);
        if (t.isDash(i + 1) || t.isDash(i - 1) || ORDINALS.containsKey(before) || before.equals("a")
                || before.equals("an") || before.equals("and") || before.equals("the")) {
            return false;
        }
        String after = t.lower(i + 1);
        if (Lexicon.QUALIFIERS.contains(before) || before.equals("than") || before.equals("by")) {
            return !after.equals("a") && !after.equals("an");
        }
        return switch (after) {
            case "the", "as", "their", "his", "her", "its", "our", "all", "were", "was", "are", "is", "in", "," -> true;
            default -> false;
        };
    }

    /** "a quarter", "a tenth of", but not the ordinal in "a third term" or "a fifth vehicle". */
    boolean isFractionAfterA(int k) {
        String w = t.lower(k);
        if (!Lexicon.FRACTIONS.containsKey(w) || w.endsWith("s") || w.equals("second") || w.equals("half")) {
            return false;
        }
        String next = t.lower(k + 1);
        // "a third" is as often an ordinal ("a third term", "a fourth from Germany"): a fraction only when it says so
        // "larger than a third", "a third, the rest": a fraction when no noun follows for it to rank
        return w.equals("quarter") || next.equals("of") || SCALES.containsKey(next)
                || Lexicon.QUALIFIERS.contains(t.lower(k - 2)) || t.lower(k - 2).equals("than") || t.lower(k - 2).equals("by")
                || t.is(k + 1, ',') || t.is(k + 1, '.') || next.equals("to");
    }

    private static BigDecimal fraction(int numerator, int denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    static BigDecimal tidy(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static String plain(BigDecimal v) {
        return tidy(v).toPlainString();
    }
}
