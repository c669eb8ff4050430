package io.newsflow.enrich.eval;

import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.topology.MinHash;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code newsflow eval near-duplicates ARTICLES}: precision, recall and F1 of near-duplicate detection at thresholds
 * 0.50 to 0.90, on the labelled pairs {@link NearDuplicatePairs} builds from the articles.
 *
 * <p>A pair is found when the two bodies' MinHash signatures share an LSH band (what makes them candidates in the
 * topology) and their estimated similarity reaches the threshold, as the near-duplicate stage decides. The articles
 * are split in two by a hash of their id: the threshold is chosen on the tuning half (best F1, a tie going to the
 * higher threshold) and reported on the held-out half, which plays no part in the choice. The last line is
 * {@code F1 <held-out F1 at the chosen threshold>}.
 */
public final class NearDuplicateEvaluator {

    static final double[] THRESHOLDS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};

    private NearDuplicateEvaluator() {
    }

    /** A pair scored: its label and kind, whether the signatures share a band, and the estimated similarity. */
    record Scored(String kind, boolean copy, boolean candidates, double similarity) {

        boolean found(double threshold) {
            return candidates && similarity >= threshold;
        }
    }

    /** Precision, recall and F1 at one threshold. */
    record Score(double threshold, int truePositives, int falsePositives, int falseNegatives) {

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The articles of the tuning half and of the held-out half. */
    record Split(List<String> tune, List<String> heldOut) {
    }

    /** Distinct bodies long enough to compare, split by a hash of the article id. */
    static Split split(List<RawArticle> articles) {
        List<String> tune = new ArrayList<>();
        List<String> heldOut = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawArticle a : articles) {
            String body = a.body() == null ? "" : a.body().strip();
            if (MinHash.signature(body) == null || !seen.add(body)) {
                continue;
            }
            (firstByte(a.id()) % 2 == 0 ? tune : heldOut).add(body);
        }
        return new Split(tune, heldOut);
    }

    static List<Scored> score(List<NearDuplicatePairs.Pair> pairs) {
        List<Scored> out = new ArrayList<>(pairs.size());
        for (NearDuplicatePairs.Pair p : pairs) {
            int[] a = MinHash.signature(p.first());
            int[] b = MinHash.signature(p.second());
            boolean comparable = a != null && b != null;
            out.add(new Scored(p.kind(), p.copy(), comparable && MinHash.shareABand(a, b),
                    comparable ? MinHash.similarity(a, b) : 0));
        }
        return out;
    }

    static Score at(List<Scored> pairs, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Scored s : pairs) {
            boolean found = s.found(threshold);
            if (found && s.copy()) {
                tp++;
            } else if (found) {
                fp++;
            } else if (s.copy()) {
                fn++;
            }
        }
        return new Score(threshold, tp, fp, fn);
    }

    /** The threshold of the best F1 on these pairs, a tie going to the higher one. */
    static double choose(List<Scored> pairs) {
        double best = THRESHOLDS[0];
        double bestF1 = -1;
        for (double t : THRESHOLDS) {
            double f1 = at(pairs, t).f1();
            if (f1 >= bestF1 - 1e-12) {
                best = t;
                bestF1 = f1;
            }
        }
        return best;
    }

    /** Runs the evaluation on these articles and prints the report; returns the exit code. */
    public static int run(String name, List<RawArticle> articles, PrintStream out) {
        Split split = split(articles);
        if (split.tune().size() < 3 || split.heldOut().size() < 3) {
            out.println("newsflow eval near-duplicates: " + name + " has too few articles long enough to compare ("
                    + (split.tune().size() + split.heldOut().size()) + "); give at least six");
            return 2;
        }
        List<Scored> tune = score(NearDuplicatePairs.of(split.tune()));
        List<Scored> heldOut = score(NearDuplicatePairs.of(split.heldOut()));
        out.printf(Locale.ROOT, "Near-duplicate pairs built from %s: %d articles, tuning half %d (%d copies, %d different), "
                        + "held-out half %d (%d copies, %d different)%n", name, split.tune().size() + split.heldOut().size(),
                split.tune().size(), count(tune, true), count(tune, false), split.heldOut().size(), count(heldOut, true),
                count(heldOut, false));
        out.println();
        out.println("| threshold | tuning P | tuning R | tuning F1 | held-out P | held-out R | held-out F1 |");
        out.println("|---|---|---|---|---|---|---|");
        for (double t : THRESHOLDS) {
            Score a = at(tune, t);
            Score b = at(heldOut, t);
            out.printf(Locale.ROOT, "| %.2f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", t, a.precision(), a.recall(),
                    a.f1(), b.precision(), b.recall(), b.f1());
        }
        double chosen = choose(tune);
        Score held = at(heldOut, chosen);
        out.println();
        out.printf(Locale.ROOT, "Chosen on the tuning half: %.2f. Held-out at %.2f: P %.3f R %.3f F1 %.3f (%d found, %d false, "
                + "%d missed)%n", chosen, chosen, held.precision(), held.recall(), held.f1(), held.truePositives(),
                held.falsePositives(), held.falseNegatives());
        out.println();
        out.printf(Locale.ROOT, "By kind, held-out half, at %.2f:%n", chosen);
        out.println("| pair | copy | pairs | marked | median similarity | lowest | highest |");
        out.println("|---|---|---|---|---|---|---|");
        for (Map.Entry<String, List<Scored>> e : byKind(heldOut).entrySet()) {
            List<Scored> kind = e.getValue();
            double[] sims = kind.stream().mapToDouble(Scored::similarity).sorted().toArray();
            long marked = kind.stream().filter(s -> s.found(chosen)).count();
            out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.3f | %.3f | %.3f |%n", e.getKey(), kind.get(0).copy() ? "yes" : "no",
                    kind.size(), marked, sims[sims.length / 2], sims[0], sims[sims.length - 1]);
        }
        out.println();
        out.printf(Locale.ROOT, "F1 %.3f%n", held.f1());
        return 0;
    }

    private static Map<String, List<Scored>> byKind(List<Scored> pairs) {
        Map<String, List<Scored>> out = new LinkedHashMap<>();
        for (Scored s : pairs) {
            out.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    private static long count(List<Scored> pairs, boolean copy) {
        return pairs.stream().filter(s -> s.copy() == copy).count();
    }

    private static int firstByte(String id) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(String.valueOf(id).getBytes(StandardCharsets.UTF_8))[0] & 0xff;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
