package io.newsflow.enrich.eval;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-match span scores in the manner of conlleval: a predicted entity counts only if its boundaries and type both
 * equal a gold entity's. Precision, recall and F1 overall and per type, plus token accuracy on types.
 */
public final class ConllScore {

    /** The types Newsflow tags; printed even when a corpus has none of one. */
    static final List<String> MAIN_TYPES = List.of("LOC", "MISC", "ORG", "PER");

    private record Counts(int gold, int found, int correct) {
        Counts plus(int g, int f, int c) {
            return new Counts(gold + g, found + f, correct + c);
        }
    }

    private final Map<String, Counts> byType = new TreeMap<>();
    private int tokens;
    private int correctTokens;

    public ConllScore() {
        MAIN_TYPES.forEach(t -> byType.put(t, new Counts(0, 0, 0)));
    }

    /** Adds one sentence: gold and predicted tags, one per token. */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold tags but " + predicted.size() + " predicted");
        }
        for (int i = 0; i < gold.size(); i++) {
            tokens++;
            if (Objects.equals(ConllChunks.typeOf(gold.get(i)), ConllChunks.typeOf(predicted.get(i)))) {
                correctTokens++;
            }
        }
        List<ConllChunks.Chunk> goldChunks = ConllChunks.of(gold);
        Set<ConllChunks.Chunk> goldSet = new HashSet<>(goldChunks);
        for (ConllChunks.Chunk chunk : goldChunks) {
            byType.merge(chunk.type(), new Counts(1, 0, 0), (a, b) -> a.plus(1, 0, 0));
        }
        for (ConllChunks.Chunk chunk : ConllChunks.of(predicted)) {
            int correct = goldSet.contains(chunk) ? 1 : 0;
            byType.merge(chunk.type(), new Counts(0, 1, correct), (a, b) -> a.plus(0, 1, correct));
        }
    }

    private Counts total() {
        Counts total = new Counts(0, 0, 0);
        for (Counts c : byType.values()) {
            total = total.plus(c.gold(), c.found(), c.correct());
        }
        return total;
    }

    public double precision() {
        return precision(total());
    }

    public double recall() {
        return recall(total());
    }

    /** Overall F1 in percent. */
    public double f1() {
        return f1(total());
    }

    public double f1(String type) {
        return f1(byType.getOrDefault(type, new Counts(0, 0, 0)));
    }

    private static double precision(Counts c) {
        return c.found() == 0 ? 0 : 100.0 * c.correct() / c.found();
    }

    private static double recall(Counts c) {
        return c.gold() == 0 ? 0 : 100.0 * c.correct() / c.gold();
    }

    private static double f1(Counts c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The conlleval-style report; its last line is {@code F1 <overall>}. */
    public void print(PrintStream out) {
        Counts total = total();
        out.printf(Locale.ROOT, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.%n",
                tokens, total.gold(), total.found(), total.correct());
        out.printf(Locale.ROOT, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f%n",
                tokens == 0 ? 0 : 100.0 * correctTokens / tokens, precision(total), recall(total), f1(total));
        for (Map.Entry<String, Counts> entry : byType.entrySet()) {
            Counts c = entry.getValue();
            out.printf(Locale.ROOT, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  gold: %d found: %d%n",
                    entry.getKey(), precision(c), recall(c), f1(c), c.gold(), c.found());
        }
        out.printf(Locale.ROOT, "F1 %.2f%n", f1(total));
    }
}
