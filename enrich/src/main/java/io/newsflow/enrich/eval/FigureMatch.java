package io.newsflow.enrich.eval;

import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.FigureKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * The predicted figures of one article set against its gold figures.
 *
 * <p>{@link #pairs()} match on span and value: same field, overlapping spans, values that agree (numbers within 1e-6
 * relative; dates, and figures without a number, by {@code normalized}). The gold and predicted figures left over
 * are then matched on span alone: those {@link #valueErrors()} are figures found with a wrong value. What is still
 * left is {@link #missed()} (gold) and {@link #spurious()} (predicted). Each matching is one-to-one, greedy by largest
 * overlap.
 */
public record FigureMatch(List<Item> gold, List<Item> predicted, List<Pair> pairs, List<Pair> valueErrors,
                          List<Item> missed, List<Item> spurious) {

    private static final double RELATIVE_TOLERANCE = 1e-6;

    /** One gold or predicted figure, reduced to what scoring needs. */
    public record Item(String field, int start, int end, String text, BigDecimal value, String object, String kind,
                       String normalized, String event) {

        static Item of(Figure f) {
            return new Item(f.field(), f.start(), f.end(), f.text(), f.value(), f.object(),
                    f.kind() == null ? null : f.kind().name(), f.normalized(), f.event());
        }

        String describe() {
            return String.format(Locale.ROOT, "%s[%d,%d] \"%s\" %s value=%s norm=%s object=%s event=%s", field, start,
                    end, text, kind, value == null ? null : value.toPlainString(), normalized, object, event);
        }
    }

    public record Pair(Item predicted, Item gold) {
    }

    public static FigureMatch of(List<Item> predicted, List<Item> gold) {
        List<Pair> pairs = match(predicted, gold, FigureMatch::valuesAgree);
        List<Item> restP = without(predicted, pairs.stream().map(Pair::predicted).toList());
        List<Item> restG = without(gold, pairs.stream().map(Pair::gold).toList());
        List<Pair> valueErrors = match(restP, restG, (p, g) -> true);
        return new FigureMatch(gold, predicted, pairs, valueErrors,
                without(restG, valueErrors.stream().map(Pair::gold).toList()),
                without(restP, valueErrors.stream().map(Pair::predicted).toList()));
    }

    /** Matched on span and value. */
    static List<Pair> match(List<Item> predicted, List<Item> gold) {
        return match(predicted, gold, FigureMatch::valuesAgree);
    }

    /** One-to-one matching: every overlapping pair that {@code agree}s, taken greedily by largest overlap. */
    static List<Pair> match(List<Item> predicted, List<Item> gold, BiPredicate<Item, Item> agree) {
        record Candidate(int p, int g, int overlap, int offset) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            Item p = predicted.get(i);
            for (int j = 0; j < gold.size(); j++) {
                Item g = gold.get(j);
                int overlap = Math.min(p.end(), g.end()) - Math.max(p.start(), g.start());
                if (Objects.equals(p.field(), g.field()) && overlap > 0 && agree.test(p, g)) {
                    candidates.add(new Candidate(i, j, overlap, Math.abs(p.start() - g.start())));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
                .thenComparingInt(Candidate::offset).thenComparingInt(Candidate::p).thenComparingInt(Candidate::g));
        boolean[] usedP = new boolean[predicted.size()];
        boolean[] usedG = new boolean[gold.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedP[c.p()] && !usedG[c.g()]) {
                usedP[c.p()] = true;
                usedG[c.g()] = true;
                pairs.add(new Pair(predicted.get(c.p()), gold.get(c.g())));
            }
        }
        return pairs;
    }

    static boolean valuesAgree(Item p, Item g) {
        String date = FigureKind.DATE.name();
        if (date.equals(g.kind()) || date.equals(p.kind())) {
            return Objects.equals(p.normalized(), g.normalized());
        }
        if (p.value() != null && g.value() != null) {
            BigDecimal a = p.value();
            BigDecimal b = g.value();
            if (a.compareTo(b) == 0) {
                return true;
            }
            double scale = Math.max(Math.abs(a.doubleValue()), Math.abs(b.doubleValue()));
            return Math.abs(a.subtract(b).doubleValue()) <= RELATIVE_TOLERANCE * scale;
        }
        return p.value() == null && g.value() == null && Objects.equals(p.normalized(), g.normalized());
    }

    /** Every error of this article, one per wrong figure and one per wrong attribute of a matched figure. */
    public List<FigureError> errors() {
        List<FigureError> errors = new ArrayList<>();
        missed.forEach(g -> errors.add(FigureError.MISSED_SPAN));
        valueErrors.forEach(pair -> errors.add(valueError(pair)));
        spurious.forEach(p -> errors.add(FigureError.SPURIOUS));
        for (Pair pair : pairs) {
            FigureError object = attributeError(pair.gold().object(), pair.predicted().object(),
                    FigureError.WRONG_OBJECT, FigureError.MISSING_OBJECT, FigureError.SPURIOUS_OBJECT);
            FigureError event = attributeError(pair.gold().event(), pair.predicted().event(),
                    FigureError.WRONG_EVENT, FigureError.MISSING_EVENT, FigureError.SPURIOUS_EVENT);
            if (object != null) {
                errors.add(object);
            }
            if (event != null) {
                errors.add(event);
            }
            if (!Objects.equals(pair.gold().kind(), pair.predicted().kind())) {
                errors.add(FigureError.WRONG_KIND);
            }
        }
        return errors;
    }

    static FigureError valueError(Pair pair) {
        String date = FigureKind.DATE.name();
        String g = pair.gold().normalized();
        String p = pair.predicted().normalized();
        if (date.equals(pair.gold().kind()) && date.equals(pair.predicted().kind()) && g != null && p != null) {
            return withoutYears(g).equals(withoutYears(p)) ? FigureError.WRONG_DATE_YEAR : FigureError.WRONG_DATE;
        }
        return FigureError.WRONG_VALUE;
    }

    /** "2019-04-04/2019-04-10" becomes "-04-04/-04-10": a date with its years taken out. */
    private static String withoutYears(String normalized) {
        return normalized.replaceAll("(^|/)[0-9]{3}[0-9X]", "$1");
    }

    static FigureError attributeError(String gold, String predicted, FigureError wrong, FigureError missing,
                                      FigureError spurious) {
        String g = fold(gold);
        String p = fold(predicted);
        if (Objects.equals(g, p)) {
            return null;
        }
        return g == null ? spurious : p == null ? missing : wrong;
    }

    static String fold(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    private static List<Item> without(List<Item> items, List<Item> taken) {
        List<Item> rest = new ArrayList<>();
        for (Item i : items) {
            if (taken.stream().noneMatch(t -> t == i)) {
                rest.add(i);
            }
        }
        return rest;
    }
}
