package io.newsflow.app;

import io.newsflow.enrich.eval.ConllEvaluator;
import io.newsflow.enrich.eval.FigureEvaluator;
import io.newsflow.enrich.eval.GeoEvaluator;
import io.newsflow.enrich.eval.GumNewsEvaluator;
import io.newsflow.enrich.eval.NearDuplicateEvaluator;
import io.newsflow.ingest.read.ArticleReaders;
import io.newsflow.ingest.read.ReaderOptions;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code newsflow eval conll FILE [--raw] [--model M]}, {@code newsflow eval gum DIR [--raw] [--model M]},
 * {@code newsflow eval figures [DIR | GOLD.jsonl ...]}, {@code newsflow eval geo GOLD.jsonl} and
 * {@code newsflow eval near-duplicates ARTICLES}.
 */
final class EvalCommand {

    private EvalCommand() {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        if (args.isEmpty() || args.get(0).equals("--help")) {
            out.println("Usage: newsflow eval conll FILE [--raw] [--model combined|3class|4class]  precision, recall, F1 on gold CoNLL tokens, per half and overall; last line 'F1 <overall>'");
            out.println("       newsflow eval gum DIR [--raw] [--model combined|3class|4class]    lenient PER/LOC/ORG name score on GUM's news documents; last line 'F1 <overall>'");
            out.println("       newsflow eval figures [DIR|GOLD.jsonl]  dev and held-out figures: span, span+value, object, event, error classes; last line 'F1 <held-out F1>'");
            out.println("       newsflow eval geo GOLD.jsonl [--verbose]  country and place accuracy, Newsflow and the most-populous baseline, dev and held-out");
            out.println("       newsflow eval near-duplicates ARTICLES   P/R/F1 of the near-duplicate threshold on copies and pairs built from the articles (any ingest format); last line 'F1 <held-out>'");
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "conll" -> ConllEvaluator.run(rest, out);
            case "gum" -> GumNewsEvaluator.run(rest, out);
            case "figures" -> FigureEvaluator.run(rest, out);
            case "geo" -> GeoEvaluator.run(rest, out);
            case "near-duplicates" -> nearDuplicates(rest, out);
            default -> {
                out.println("newsflow eval: unknown evaluation '" + args.get(0) + "' (conll, gum, figures, geo or near-duplicates)");
                yield 2;
            }
        };
    }

    private static int nearDuplicates(List<String> args, PrintStream out) {
        if (args.size() != 1) {
            out.println("Usage: newsflow eval near-duplicates ARTICLES   (for example samples/wikinews/wikinews_2019.csv)");
            return 2;
        }
        try (Stream<io.newsflow.core.schema.RawArticle> articles = ArticleReaders.read(args.get(0), ReaderOptions.defaults())) {
            return NearDuplicateEvaluator.run(args.get(0), articles.toList(), out);
        }
    }
}
