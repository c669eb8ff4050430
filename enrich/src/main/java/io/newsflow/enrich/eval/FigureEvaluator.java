package io.newsflow.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.json.Json;
import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.FigureKind;
import io.newsflow.core.schema.Mention;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.figures.FigureExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code newsflow eval figures GOLD.jsonl [--verbose]}: runs the {@link FigureExtractor} on each gold article and
 * scores it against the gold figures.
 *
 * <p>A predicted figure matches a gold one of the same field when their spans overlap and their values agree
 * (numbers equal within 1e-6 relative; dates, and figures without a number, by {@code normalized}); the kind does not
 * have to agree. Matching is one-to-one, greedy by largest overlap. The report gives precision, recall and the
 * span-and-value F1, then the accuracy of object, event and kind over the matched pairs, and counts per kind. The last
 * line is always {@code F1 <f1 with three decimals>}.
 */
public final class FigureEvaluator {

    private static final double RELATIVE_TOLERANCE = 1e-6;

    private FigureEvaluator() {
    }

    /** One gold or predicted figure, reduced to what scoring needs. */
    record Item(String field, int start, int end, String text, BigDecimal value, String object, String kind,
                String normalized, String event) {

        static Item of(Figure f) {
            return new Item(f.field(), f.start(), f.end(), f.text(), f.value(), f.object(),
                    f.kind() == null ? null : f.kind().name(), f.normalized(), f.event());
        }
    }

    record Pair(Item predicted, Item gold) {
    }

    /** Counts over the whole gold file. */
    static final class Score {
        int articles;
        int gold;
        int predicted;
        int matched;
        int objectTotal;
        int objectRight;
        int eventTotal;
        int eventRight;
        int kindRight;
        final Map<String, int[]> perKind = new TreeMap<>(); // kind -> {gold, predicted, matched by gold kind}

        double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static int run(List<String> args, PrintStream out) {
        boolean verbose = false;
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--verbose") || a.equals("-v")) {
                verbose = true;
            } else if (a.equals("--help") || a.equals("-h")) {
                usage(out);
                return 0;
            } else if (a.startsWith("-")) {
                out.println("unknown option: " + a);
                usage(out);
                return 2;
            } else {
                files.add(a);
            }
        }
        if (files.size() == 2 && files.get(0).equals("figures")) {
            files.remove(0); // tolerate being handed the sub-command's own name
        }
        if (files.size() != 1) {
            usage(out);
            return 2;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(files.get(0)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("cannot read " + files.get(0) + ": " + e.getMessage());
            return 1;
        }
        Score score = new Score();
        FigureExtractor extractor = new FigureExtractor();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode article;
            try {
                article = Json.MAPPER.readTree(line);
            } catch (IOException e) {
                out.println("line " + lineNo + ": not JSON: " + e.getMessage());
                return 1;
            }
            scoreArticle(article, extractor, score, verbose ? out : null);
        }
        report(score, out);
        return 0;
    }

    private static void usage(PrintStream out) {
        out.println("usage: newsflow eval figures GOLD.jsonl [--verbose]");
    }

    static void scoreArticle(JsonNode article, FigureExtractor extractor, Score score, PrintStream verbose) {
        String title = text(article, "title");
        String body = text(article, "body");
        LocalDate published = Enricher.publishedDate(text(article, "publishedAt"));
        List<Item> predicted = new ArrayList<>();
        if (title != null) {
            extractor.extract(Mention.TITLE, title, published).forEach(f -> predicted.add(Item.of(f)));
        }
        if (body != null) {
            extractor.extract(Mention.BODY, body, published).forEach(f -> predicted.add(Item.of(f)));
        }
        List<Item> gold = new ArrayList<>();
        for (JsonNode g : article.path("figures")) {
            String field = text(g, "field");
            gold.add(new Item(field == null ? Mention.BODY : field, g.path("start").asInt(), g.path("end").asInt(),
                    text(g, "text"), number(g.get("value")), text(g, "object"), upper(text(g, "kind")),
                    text(g, "normalized"), upper(text(g, "event"))));
        }
        List<Pair> pairs = match(predicted, gold);
        score.articles++;
        score.gold += gold.size();
        score.predicted += predicted.size();
        score.matched += pairs.size();
        for (Item g : gold) {
            kindCounts(score, g.kind())[0]++;
        }
        for (Item p : predicted) {
            kindCounts(score, p.kind())[1]++;
        }
        for (Pair pair : pairs) {
            Item p = pair.predicted();
            Item g = pair.gold();
            kindCounts(score, g.kind())[2]++;
            if (Objects.equals(g.kind(), p.kind())) {
                score.kindRight++;
            }
            if (g.object() != null || p.object() != null) {
                score.objectTotal++;
                if (Objects.equals(fold(g.object()), fold(p.object()))) {
                    score.objectRight++;
                }
            }
            if (g.event() != null || p.event() != null) {
                score.eventTotal++;
                if (Objects.equals(fold(g.event()), fold(p.event()))) {
                    score.eventRight++;
                }
            }
        }
        if (verbose != null) {
            explain(article, predicted, gold, pairs, verbose);
        }
    }

    /** One-to-one matching: every agreeing overlapping pair, taken greedily by largest overlap. */
    static List<Pair> match(List<Item> predicted, List<Item> gold) {
        record Candidate(int p, int g, int overlap, int offset) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            Item p = predicted.get(i);
            for (int j = 0; j < gold.size(); j++) {
                Item g = gold.get(j);
                int overlap = Math.min(p.end(), g.end()) - Math.max(p.start(), g.start());
                if (Objects.equals(p.field(), g.field()) && overlap > 0 && valuesAgree(p, g)) {
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

    private static void report(Score s, PrintStream out) {
        out.printf(Locale.ROOT, "articles %d, gold figures %d, predicted %d, matched %d%n",
                s.articles, s.gold, s.predicted, s.matched);
        out.printf(Locale.ROOT, "precision %.3f%n", s.precision());
        out.printf(Locale.ROOT, "recall %.3f%n", s.recall());
        out.printf(Locale.ROOT, "object accuracy %s (%d/%d)%n", ratio(s.objectRight, s.objectTotal), s.objectRight,
                s.objectTotal);
        out.printf(Locale.ROOT, "event accuracy %s (%d/%d)%n", ratio(s.eventRight, s.eventTotal), s.eventRight,
                s.eventTotal);
        out.printf(Locale.ROOT, "kind accuracy %s (%d/%d)%n", ratio(s.kindRight, s.matched), s.kindRight, s.matched);
        out.println("per kind (gold / predicted / gold matched):");
        for (Map.Entry<String, int[]> e : s.perKind.entrySet()) {
            int[] c = e.getValue();
            out.printf(Locale.ROOT, "  %-9s %5d %5d %5d%n", e.getKey(), c[0], c[1], c[2]);
        }
        out.printf(Locale.ROOT, "F1 %.3f%n", s.f1());
    }

    private static void explain(JsonNode article, List<Item> predicted, List<Item> gold, List<Pair> pairs,
                                PrintStream out) {
        List<Item> matchedP = pairs.stream().map(Pair::predicted).toList();
        List<Item> matchedG = pairs.stream().map(Pair::gold).toList();
        String id = text(article, "id");
        out.println("== " + (id == null ? text(article, "url") : id));
        for (Item g : gold) {
            if (!containsSame(matchedG, g)) {
                out.println("  miss " + describe(g));
            }
        }
        for (Item p : predicted) {
            if (!containsSame(matchedP, p)) {
                out.println("  false " + describe(p));
            }
        }
        for (Pair pair : pairs) {
            Item p = pair.predicted();
            Item g = pair.gold();
            if ((g.object() != null || p.object() != null) && !Objects.equals(fold(g.object()), fold(p.object()))) {
                out.println("  object " + describe(g) + " predicted " + p.object());
            }
            if ((g.event() != null || p.event() != null) && !Objects.equals(fold(g.event()), fold(p.event()))) {
                out.println("  event " + describe(g) + " predicted " + p.event());
            }
        }
    }

    private static boolean containsSame(List<Item> items, Item x) {
        for (Item i : items) {
            if (i == x) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Item i) {
        return String.format(Locale.ROOT, "%s[%d,%d] \"%s\" %s value=%s norm=%s object=%s event=%s", i.field(),
                i.start(), i.end(), i.text(), i.kind(), i.value() == null ? null : i.value().toPlainString(),
                i.normalized(), i.object(), i.event());
    }

    private static int[] kindCounts(Score s, String kind) {
        return s.perKind.computeIfAbsent(kind == null ? "(none)" : kind, k -> new int[3]);
    }

    private static String ratio(int right, int total) {
        return total == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) right / total);
    }

    private static String fold(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal number(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        try {
            return new BigDecimal(v.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
