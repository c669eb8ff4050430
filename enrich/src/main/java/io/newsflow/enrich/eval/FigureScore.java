package io.newsflow.enrich.eval;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The counts of a set of articles (a part of the gold, or one source, style or topic in it). */
final class FigureScore {

    int articles;
    int gold;
    int predicted;
    /** Matched on span and value. */
    int matched;
    /** Matched on span, whatever the value. */
    int spanMatched;
    int objectTotal;
    int objectRight;
    int eventTotal;
    int eventRight;
    int kindRight;
    /** kind -> {gold, predicted, gold matched on span and value}. */
    final Map<String, int[]> perKind = new TreeMap<>();
    /** event -> {gold counts with it, of them matched, of them with the event right, predicted with it}. */
    final Map<String, int[]> perEvent = new TreeMap<>();
    final Map<FigureError, Integer> errors = new EnumMap<>(FigureError.class);

    void add(FigureMatch m) {
        articles++;
        gold += m.gold().size();
        predicted += m.predicted().size();
        matched += m.pairs().size();
        spanMatched += m.pairs().size() + m.valueErrors().size();
        m.gold().forEach(g -> counts(perKind, g.kind(), 3)[0]++);
        m.predicted().forEach(p -> counts(perKind, p.kind(), 3)[1]++);
        m.gold().stream().filter(g -> g.event() != null).forEach(g -> counts(perEvent, g.event(), 4)[0]++);
        m.predicted().stream().filter(p -> p.event() != null).forEach(p -> counts(perEvent, p.event(), 4)[3]++);
        for (FigureMatch.Pair pair : m.pairs()) {
            FigureMatch.Item p = pair.predicted();
            FigureMatch.Item g = pair.gold();
            counts(perKind, g.kind(), 3)[2]++;
            if (Objects.equals(g.kind(), p.kind())) {
                kindRight++;
            }
            boolean objectRightHere = Objects.equals(FigureMatch.fold(g.object()), FigureMatch.fold(p.object()));
            if (g.object() != null || p.object() != null) {
                objectTotal++;
                objectRight += objectRightHere ? 1 : 0;
            }
            boolean eventRightHere = Objects.equals(FigureMatch.fold(g.event()), FigureMatch.fold(p.event()));
            if (g.event() != null || p.event() != null) {
                eventTotal++;
                eventRight += eventRightHere ? 1 : 0;
            }
            if (g.event() != null) {
                int[] c = counts(perEvent, g.event(), 4);
                c[1]++;
                c[2] += eventRightHere ? 1 : 0;
            }
        }
        m.errors().forEach(e -> errors.merge(e, 1, Integer::sum));
    }

    double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
        return f1(precision(), recall());
    }

    double spanPrecision() {
        return predicted == 0 ? 0 : (double) spanMatched / predicted;
    }

    double spanRecall() {
        return gold == 0 ? 0 : (double) spanMatched / gold;
    }

    double spanF1() {
        return f1(spanPrecision(), spanRecall());
    }

    int errors(FigureError e) {
        return errors.getOrDefault(e, 0);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static int[] counts(Map<String, int[]> map, String key, int size) {
        return map.computeIfAbsent(key == null ? "(none)" : key, k -> new int[size]);
    }
}
