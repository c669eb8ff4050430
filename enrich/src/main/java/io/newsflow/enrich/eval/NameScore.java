package io.newsflow.enrich.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A lenient score of names against gold that tags whole mentions (GUM): a found name is right when it lies inside a
 * gold mention of its type (the gold "the Indonesian Navy" holds the name "Indonesian Navy"); a gold mention is a
 * name to find when it holds a capitalized word other than its sentence's first word and "I", and it is found when
 * a found name of its type lies inside it. Precision, recall and F1 per type and overall.
 */
final class NameScore {

    private static final List<String> TYPES = List.of("LOC", "ORG", "PER");

    /** found, found inside a gold mention of its type, gold names, gold names found. */
    private final Map<String, int[]> counts = new TreeMap<>();

    NameScore() {
        TYPES.forEach(t -> counts.put(t, new int[4]));
    }

    /** One sentence: its words, the gold tags and the found tags (PER, LOC, ORG or O; IO chunks). */
    void add(List<String> words, List<String> gold, List<String> found) {
        List<ConllChunks.Chunk> goldChunks = ConllChunks.of(gold);
        List<ConllChunks.Chunk> foundChunks = ConllChunks.of(found);
        for (ConllChunks.Chunk chunk : foundChunks) {
            int[] c = counts.computeIfAbsent(chunk.type(), t -> new int[4]);
            c[0]++;
            if (goldChunks.stream().anyMatch(g -> inside(chunk, g))) {
                c[1]++;
            }
        }
        for (ConllChunks.Chunk chunk : goldChunks) {
            if (!isName(words, chunk)) {
                continue;
            }
            int[] c = counts.computeIfAbsent(chunk.type(), t -> new int[4]);
            c[2]++;
            if (foundChunks.stream().anyMatch(f -> inside(f, chunk))) {
                c[3]++;
            }
        }
    }

    private static boolean inside(ConllChunks.Chunk found, ConllChunks.Chunk gold) {
        return found.type().equals(gold.type()) && gold.start() <= found.start() && found.end() <= gold.end();
    }

    static boolean isName(List<String> words, ConllChunks.Chunk chunk) {
        for (int i = Math.max(1, chunk.start()); i < chunk.end(); i++) {
            String word = words.get(i);
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !word.equals("I")) {
                return true;
            }
        }
        return false;
    }

    double f1() {
        return f1(total());
    }

    double f1(String type) {
        return f1(counts.getOrDefault(type, new int[4]));
    }

    private int[] total() {
        int[] total = new int[4];
        counts.values().forEach(c -> {
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        });
        return total;
    }

    private static double precision(int[] c) {
        return c[0] == 0 ? 0 : 100.0 * c[1] / c[0];
    }

    private static double recall(int[] c) {
        return c[2] == 0 ? 0 : 100.0 * c[3] / c[2];
    }

    private static double f1(int[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Per type and overall; the last line is {@code F1 <overall>}. */
    void print(PrintStream out) {
        int[] total = total();
        out.printf(Locale.ROOT, "found: %d names, %d inside a gold mention of their type; gold names: %d, %d found%n",
                total[0], total[1], total[2], total[3]);
        out.printf(Locale.ROOT, "precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f%n", precision(total), recall(total),
                f1(total));
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            out.printf(Locale.ROOT, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  gold names: %d found: %d%n",
                    e.getKey(), precision(c), recall(c), f1(c), c[2], c[0]);
        }
        out.printf(Locale.ROOT, "F1 %.2f%n", f1(total));
    }
}
