package io.newsflow.enrich.eval;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.entities.TagRefiner;
import io.newsflow.enrich.nlp.CoreNlpTagger;
import io.newsflow.enrich.nlp.EntityTagger;
import io.newsflow.enrich.nlp.TaggedSentence;
import io.newsflow.enrich.nlp.TaggedToken;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code newsflow eval conll FILE [--raw] [--model combined|3class|4class]}: tags the gold tokens of a CoNLL file
 * sentence by sentence and scores the entity spans against the gold ones (see {@link ConllScore}). By default it
 * scores the full pipeline (the standard tagger's CRFs, then {@link TagRefiner}: titles, gazetteer, cleanup,
 * document consistency, per document); {@code --raw} scores the CRFs alone, the baseline; {@code --model} picks one
 * CRF alone instead of the standard combination ({@code 4class} is Newsflow's tagger before the combination). The
 * report gives the first and the second half of the documents apart too: rules are developed on the first half only,
 * the second is held out.
 *
 * <p>The tagger tags in the IO scheme (no B- tags), which reads exactly as IO gold does (WikiGold). Against IOB gold
 * two same-type entities side by side cannot both be found, a limit of the model, not of the scoring.
 */
public final class ConllEvaluator {

    static final String USAGE = "usage: newsflow eval conll FILE [--raw] [--model combined|3class|4class]";

    private ConllEvaluator() {
    }

    /**
     * Runs the command with its arguments after {@code eval conll}: {@code FILE [--raw]}. The report's last line is
     * {@code F1 <overall>}. Returns 0 on success, 1 when the file cannot be read, 2 on bad arguments.
     */
    public static int run(List<String> args, PrintStream out) {
        List<String> rest = new ArrayList<>(args);
        int model = rest.indexOf("--model");
        CoreNlpTagger tagger = CoreNlpTagger.shared();
        if (model >= 0) {
            try {
                tagger = CoreNlpTagger.named(model + 1 < rest.size() ? rest.get(model + 1) : "");
            } catch (IllegalArgumentException e) {
                out.println(USAGE);
                return 2;
            }
            rest.subList(model, model + 2).clear();
        }
        return run(rest, out, tagger, tagger.describe(), TagRefiner.standard());
    }

    static int run(List<String> args, PrintStream out, EntityTagger tagger, String taggerName, TagRefiner refiner) {
        Path file = null;
        boolean raw = false;
        for (String arg : args) {
            if (arg.equals("--raw")) {
                raw = true;
            } else if (arg.startsWith("-") || file != null) {
                out.println(USAGE);
                return 2;
            } else {
                file = Path.of(arg);
            }
        }
        if (file == null) {
            out.println(USAGE);
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            out.println("no such file: " + file);
            return 1;
        }
        ConllCorpus corpus;
        try {
            corpus = ConllCorpus.read(file);
        } catch (IOException e) {
            out.println("cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "# %s: %d documents, %d sentences, %d tokens, gold scheme %s%n", file,
                corpus.documents().size(), corpus.sentences().size(), corpus.tokenCount(), corpus.scheme());
        out.println("# tagger: " + taggerName + (raw ? ", CRF alone (--raw)"
                : ", full pipeline (CRF + titles + gazetteer + cleanup + document consistency)"));
        tagger.tagTokens(List.of("Newsflow")); // loads the model, so the timing below is tagging alone
        long started = System.nanoTime();
        List<ConllScore> halves = List.of(new ConllScore(), new ConllScore());
        ConllScore score = evaluate(corpus, tagger, raw ? null : refiner, halves);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "# tagged in %.1f s (%.0f tokens/s, one thread, cold JIT)%n", seconds,
                corpus.tokenCount() / Math.max(seconds, 1e-9));
        int half = (corpus.documents().size() + 1) / 2;
        String[] names = {"first half (development), documents 1-" + half,
            "second half (held out), documents " + (half + 1) + "-" + corpus.documents().size()};
        for (int i = 0; i < 2; i++) {
            out.printf(Locale.ROOT, "# %s: F1 %.2f (PER %.2f, LOC %.2f, ORG %.2f, MISC %.2f)%n", names[i],
                    halves.get(i).f1(), halves.get(i).f1("PER"), halves.get(i).f1("LOC"), halves.get(i).f1("ORG"),
                    halves.get(i).f1("MISC"));
        }
        score.print(out);
        return 0;
    }

    /** Scores a tagger on a corpus; with a refiner, its rules run on each document's tags before scoring. */
    public static ConllScore evaluate(ConllCorpus corpus, EntityTagger tagger, TagRefiner refiner) {
        return evaluate(corpus, tagger, refiner, List.of());
    }

    /**
     * As {@link #evaluate(ConllCorpus, EntityTagger, TagRefiner)}, adding each document to one of {@code parts} too:
     * the first {@code n / parts} documents (rounded up) to the first part, and so on.
     */
    static ConllScore evaluate(ConllCorpus corpus, EntityTagger tagger, TagRefiner refiner, List<ConllScore> parts) {
        boolean ioGold = corpus.scheme() == ConllScheme.IO;
        ConllScore score = new ConllScore();
        int perPart = parts.isEmpty() ? 1 : (corpus.documents().size() + parts.size() - 1) / parts.size();
        int index = 0;
        for (List<ConllSentence> document : corpus.documents()) {
            ConllScore part = parts.isEmpty() ? null : parts.get(Math.min(index++ / perPart, parts.size() - 1));
            List<TaggedSentence> tagged = new ArrayList<>(document.size());
            for (ConllSentence sentence : document) {
                tagged.add(tagger.tagTokens(sentence.tokens()));
            }
            if (refiner != null) {
                tagged = refiner.refine(tagged);
            }
            for (int i = 0; i < document.size(); i++) {
                List<String> predicted = tags(tagged.get(i));
                List<String> scored = ioGold ? ConllChunks.toIo(predicted) : predicted;
                score.add(document.get(i).tags(), scored);
                if (part != null) {
                    part.add(document.get(i).tags(), scored);
                }
            }
        }
        return score;
    }

    private static List<String> tags(TaggedSentence sentence) {
        List<String> tags = new ArrayList<>(sentence.size());
        for (TaggedToken token : sentence.tokens()) {
            tags.add(tag(token.type()));
        }
        return tags;
    }

    private static String tag(EntityType type) {
        if (type == null) {
            return "O";
        }
        return switch (type) {
            case PERSON -> "I-PER";
            case LOCATION -> "I-LOC";
            case ORGANIZATION -> "I-ORG";
            case MISC -> "I-MISC";
        };
    }
}
