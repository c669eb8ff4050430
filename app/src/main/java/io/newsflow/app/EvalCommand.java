package io.newsflow.app;

import io.newsflow.enrich.eval.ConllEvaluator;
import io.newsflow.enrich.eval.FigureEvaluator;
import io.newsflow.enrich.eval.GeoEvaluator;
import java.io.PrintStream;
import java.util.List;

/** {@code newsflow eval conll FILE [--raw]}, {@code newsflow eval figures [DIR | GOLD.jsonl ...]} and {@code newsflow eval geo GOLD.jsonl}. */
final class EvalCommand {

    private EvalCommand() {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        if (args.isEmpty() || args.get(0).equals("--help")) {
            out.println("Usage: newsflow eval conll FILE [--raw]     precision, recall, F1 on gold CoNLL tokens; last line 'F1 <overall>'");
            out.println("       newsflow eval figures [DIR|GOLD.jsonl]  dev and held-out figures: span, span+value, object, event, error classes; last line 'F1 <held-out F1>'");
            out.println("       newsflow eval geo GOLD.jsonl [--verbose]  country and place accuracy, Newsflow and the most-populous baseline, dev and held-out");
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "conll" -> ConllEvaluator.run(rest, out);
            case "figures" -> FigureEvaluator.run(rest, out);
            case "geo" -> GeoEvaluator.run(rest, out);
            default -> {
                out.println("newsflow eval: unknown evaluation '" + args.get(0) + "' (conll, figures or geo)");
                yield 2;
            }
        };
    }
}
