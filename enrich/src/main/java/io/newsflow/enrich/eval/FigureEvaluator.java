package io.newsflow.enrich.eval;

import io.newsflow.core.schema.Mention;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.figures.FigureExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code newsflow eval figures [DIR | GOLD.jsonl ...] [--verbose]}: runs the {@link FigureExtractor} on each gold
 * article and scores it against the gold figures, the development part and the held-out part apart.
 *
 * <p>A directory (by default {@code eval/figures}) stands for its {@code dev.jsonl} and {@code heldout.jsonl}; each
 * article's {@code split} says which part it is in. Matching is described in {@link FigureMatch}. Per part the report
 * gives precision, recall and F1 on span alone and on span and value, the accuracy of object, event and kind over the
 * figures matched on span and value, then counts per kind, per event, per source, style and topic of the articles, and
 * per {@link FigureError error class}. {@code --verbose} lists each wrong figure of the development part only: the
 * held-out part is counted, never listed, so that nobody tunes on it. The last line is always {@code F1 <span-and-value
 * F1 with three decimals>} of the held-out part when there is one, else of the development part.
 */
public final class FigureEvaluator {

    static final Path DEFAULT_DIR = Path.of("eval", "figures");

    private FigureEvaluator() {
    }

    public static int run(List<String> args, PrintStream out) {
        boolean verbose = false;
        List<String> paths = new ArrayList<>();
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
                paths.add(a);
            }
        }
        if (!paths.isEmpty() && paths.get(0).equals("figures")) {
            paths.remove(0); // tolerate being handed the sub-command's own name
        }
        List<Path> files = new ArrayList<>();
        for (String p : paths.isEmpty() ? List.of(DEFAULT_DIR.toString()) : paths) {
            Path path = Path.of(p);
            if (!Files.exists(path) && path.endsWith("gold.jsonl") && path.getParent() != null
                    && Files.exists(path.getParent().resolve("dev.jsonl"))) {
                out.println(path + " was split into dev.jsonl and heldout.jsonl: scoring " + path.getParent());
                path = path.getParent();
            }
            if (Files.isDirectory(path)) {
                List<Path> parts = List.of(path.resolve("dev.jsonl"), path.resolve("heldout.jsonl"));
                parts.stream().filter(Files::exists).forEach(files::add);
                if (files.isEmpty()) {
                    out.println("no dev.jsonl or heldout.jsonl in " + path);
                    return 1;
                }
            } else {
                files.add(path);
            }
        }
        List<FigureGold.Article> articles = new ArrayList<>();
        for (Path file : files) {
            try {
                articles.addAll(FigureGold.read(file));
            } catch (IOException e) {
                out.println("cannot read " + file + ": " + e.getMessage());
                return 1;
            }
        }
        FigureExtractor extractor = new FigureExtractor();
        Map<String, List<Scored>> parts = new TreeMap<>();
        for (FigureGold.Article article : articles) {
            FigureMatch match = score(article, extractor);
            parts.computeIfAbsent(article.split(), k -> new ArrayList<>()).add(new Scored(article, match));
            if (verbose) {
                explain(article, match, out);
            }
        }
        Map<String, FigureScore> totals = new LinkedHashMap<>();
        for (String part : partOrder(parts)) {
            FigureScore total = report(part, parts.get(part), out);
            totals.put(part, total);
        }
        out.println();
        out.printf(Locale.ROOT, "%-9s %8s %5s %8s %14s %7s %7s%n", "part", "articles", "gold", "span F1",
                "span+value F1", "object", "event");
        totals.forEach((part, s) -> out.printf(Locale.ROOT, "%-9s %8d %5d %8.3f %14.3f %7s %7s%n", name(part),
                s.articles, s.gold, s.spanF1(), s.f1(), ratio(s.objectRight, s.objectTotal),
                ratio(s.eventRight, s.eventTotal)));
        FigureScore headline = totals.containsKey(FigureGold.HELD_OUT) ? totals.get(FigureGold.HELD_OUT)
                : totals.values().stream().findFirst().orElse(new FigureScore());
        out.printf(Locale.ROOT, "F1 %.3f%n", headline.f1());
        return 0;
    }

    private record Scored(FigureGold.Article article, FigureMatch match) {
    }

    private static void usage(PrintStream out) {
        out.println("usage: newsflow eval figures [DIR | GOLD.jsonl ...] [--verbose]   (DIR defaults to eval/figures)");
    }

    static FigureMatch score(FigureGold.Article article, FigureExtractor extractor) {
        LocalDate published = Enricher.publishedDate(article.publishedAt());
        List<FigureMatch.Item> predicted = new ArrayList<>();
        if (article.title() != null) {
            extractor.extract(Mention.TITLE, article.title(), published)
                    .forEach(f -> predicted.add(FigureMatch.Item.of(f)));
        }
        if (article.body() != null) {
            extractor.extract(Mention.BODY, article.body(), published)
                    .forEach(f -> predicted.add(FigureMatch.Item.of(f)));
        }
        return FigureMatch.of(predicted, article.figures());
    }

    private static List<String> partOrder(Map<String, List<Scored>> parts) {
        List<String> order = new ArrayList<>();
        if (parts.containsKey(FigureGold.DEV)) {
            order.add(FigureGold.DEV);
        }
        parts.keySet().stream().filter(p -> !p.equals(FigureGold.DEV) && !p.equals(FigureGold.HELD_OUT))
                .forEach(order::add);
        if (parts.containsKey(FigureGold.HELD_OUT)) {
            order.add(FigureGold.HELD_OUT);
        }
        return order;
    }

    private static String name(String part) {
        return part.equals(FigureGold.HELD_OUT) ? "held-out" : part;
    }

    private static FigureScore report(String part, List<Scored> scored, PrintStream out) {
        FigureScore s = new FigureScore();
        scored.forEach(x -> s.add(x.match()));
        out.println();
        out.printf(Locale.ROOT, "== %s: %d articles, %d gold figures, %d predicted%s%n", name(part), s.articles,
                s.gold, s.predicted, part.equals(FigureGold.HELD_OUT) ? " (never tune on this part)" : "");
        out.printf(Locale.ROOT, "  %-11s %6s %6s %6s %8s%n", "", "P", "R", "F1", "matched");
        out.printf(Locale.ROOT, "  %-11s %6.3f %6.3f %6.3f %8d%n", "span", s.spanPrecision(), s.spanRecall(),
                s.spanF1(), s.spanMatched);
        out.printf(Locale.ROOT, "  %-11s %6.3f %6.3f %6.3f %8d%n", "span+value", s.precision(), s.recall(), s.f1(),
                s.matched);
        out.printf(Locale.ROOT, "  object accuracy %s (%d/%d)%n", ratio(s.objectRight, s.objectTotal),
                s.objectRight, s.objectTotal);
        out.printf(Locale.ROOT, "  event accuracy %s (%d/%d)%n", ratio(s.eventRight, s.eventTotal), s.eventRight,
                s.eventTotal);
        out.printf(Locale.ROOT, "  kind accuracy %s (%d/%d)%n", ratio(s.kindRight, s.matched), s.kindRight,
                s.matched);
        out.println("  per kind: gold / predicted / gold found (span and value)");
        s.perKind.forEach((kind, c) -> out.printf(Locale.ROOT, "    %-9s %5d %5d %5d%n", kind, c[0], c[1], c[2]));
        out.println("  per event of counts of people: gold / gold found / event right / predicted with it");
        s.perEvent.forEach((event, c) -> out.printf(Locale.ROOT, "    %-9s %5d %5d %5d %5d%n", event, c[0], c[1],
                c[2], c[3]));
        out.println("  per source, style and topic: articles / gold / span F1 / span+value F1 / object / event");
        groups(scored, "source", FigureGold.Article::source, out);
        groups(scored, "style", FigureGold.Article::style, out);
        groups(scored, "topic", FigureGold.Article::topic, out);
        out.println("  errors: figures per class");
        for (FigureError e : FigureError.values()) {
            out.printf(Locale.ROOT, "    %-16s %5d  %s%n", e.label(), s.errors(e), e.meaning());
        }
        return s;
    }

    private static void groups(List<Scored> scored, String label, Function<FigureGold.Article, String> key,
                               PrintStream out) {
        Map<String, FigureScore> groups = new TreeMap<>();
        scored.forEach(x -> groups.computeIfAbsent(key.apply(x.article()), k -> new FigureScore()).add(x.match()));
        groups.forEach((name, g) -> out.printf(Locale.ROOT, "    %-6s %-14s %3d %5d %6.3f %6.3f %6s %6s%n", label,
                name, g.articles, g.gold, g.spanF1(), g.f1(), ratio(g.objectRight, g.objectTotal),
                ratio(g.eventRight, g.eventTotal)));
    }

    private static void explain(FigureGold.Article article, FigureMatch m, PrintStream out) {
        out.println("== " + article.id());
        if (article.heldOut()) {
            out.println("  (held-out: counted, not listed)");
            return;
        }
        m.missed().forEach(g -> out.println("  miss " + g.describe()));
        m.valueErrors().forEach(pair -> out.println("  " + FigureMatch.valueError(pair).label() + " "
                + pair.gold().describe() + " predicted " + pair.predicted().describe()));
        m.spurious().forEach(p -> out.println("  false " + p.describe()));
        for (FigureMatch.Pair pair : m.pairs()) {
            FigureMatch.Item p = pair.predicted();
            FigureMatch.Item g = pair.gold();
            if (!Objects.equals(FigureMatch.fold(g.object()), FigureMatch.fold(p.object()))) {
                out.println("  object " + g.describe() + " predicted " + p.object());
            }
            if (!Objects.equals(FigureMatch.fold(g.event()), FigureMatch.fold(p.event()))) {
                out.println("  event " + g.describe() + " predicted " + p.event());
            }
        }
    }

    private static String ratio(int right, int total) {
        return total == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) right / total);
    }
}
