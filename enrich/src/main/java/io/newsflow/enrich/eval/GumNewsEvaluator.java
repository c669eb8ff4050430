package io.newsflow.enrich.eval;

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
import java.util.stream.Stream;

/**
 * {@code newsflow eval gum DIR [--raw] [--model combined|3class|4class]}: the tagger on the GUM corpus's news
 * documents (one {@code token<TAB>type} file per document), a second measure beside WikiGold that no rule was tuned
 * on.
 *
 * <p>GUM tags every mention of an entity, names, common nouns and pronouns alike ("900 asylum seekers", "they"), with
 * its own types, and a name inside a longer mention carries the outer mention's type ("the coast of Aceh, Indonesia"
 * is one place). A named-entity tagger is therefore scored leniently, on names only, by {@link NameScore}: GUM's
 * person, place and organization are PER, LOC and ORG; a mention is a name when it holds a capitalized word that does
 * not open the sentence; the tagger's MISC is not scored, since GUM has no such class.
 */
public final class GumNewsEvaluator {

    static final String USAGE = "usage: newsflow eval gum DIR [--raw] [--model combined|3class|4class]";

    private GumNewsEvaluator() {
    }

    /** Runs the command with its arguments after {@code eval gum}; the report's last line is {@code F1 <overall>}. */
    public static int run(List<String> args, PrintStream out) {
        Path dir = null;
        boolean raw = false;
        CoreNlpTagger tagger = CoreNlpTagger.shared();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--raw")) {
                raw = true;
            } else if (arg.equals("--model") && i + 1 < args.size()) {
                try {
                    tagger = CoreNlpTagger.named(args.get(++i));
                } catch (IllegalArgumentException e) {
                    out.println(USAGE);
                    return 2;
                }
            } else if (arg.startsWith("-") || dir != null) {
                out.println(USAGE);
                return 2;
            } else {
                dir = Path.of(arg);
            }
        }
        if (dir == null) {
            out.println(USAGE);
            return 2;
        }
        if (!Files.isDirectory(dir)) {
            out.println("no such directory: " + dir);
            return 1;
        }
        List<List<ConllSentence>> documents;
        try {
            documents = read(dir);
        } catch (IOException e) {
            out.println("cannot read " + dir + ": " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "# %s: %d documents, %d sentences, %d tokens%n", dir, documents.size(),
                documents.stream().mapToInt(List::size).sum(),
                documents.stream().flatMap(List::stream).mapToInt(s -> s.tokens().size()).sum());
        out.println("# tagger: " + tagger.describe() + (raw ? ", CRF alone (--raw)" : ", full pipeline"));
        out.println("# lenient name score: a found PER/LOC/ORG is right inside a GUM mention of that type; a GUM "
                + "mention with a capitalized word not opening its sentence is a name to find");
        score(documents, tagger, raw ? null : TagRefiner.standard()).print(out);
        return 0;
    }

    /** The documents of a directory, one per {@code .tsv} file in name order, with GUM's types as PER/LOC/ORG/O. */
    static List<List<ConllSentence>> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        List<List<ConllSentence>> documents = new ArrayList<>();
        for (Path file : files) {
            List<ConllSentence> document = new ArrayList<>();
            for (ConllSentence sentence : ConllCorpus.read(file).sentences()) {
                document.add(new ConllSentence(sentence.tokens(),
                        sentence.tags().stream().map(GumNewsEvaluator::mapType).toList()));
            }
            documents.add(document);
        }
        return documents;
    }

    /** GUM's person, place and organization as PER, LOC and ORG; its other types (time, quantity, ...) as O. */
    static String mapType(String gumType) {
        return switch (gumType) {
            case "person" -> "PER";
            case "place" -> "LOC";
            case "organization" -> "ORG";
            default -> "O";
        };
    }

    static NameScore score(List<List<ConllSentence>> documents, EntityTagger tagger, TagRefiner refiner) {
        NameScore score = new NameScore();
        for (List<ConllSentence> document : documents) {
            List<TaggedSentence> tagged = new ArrayList<>(document.size());
            for (ConllSentence sentence : document) {
                tagged.add(tagger.tagTokens(sentence.tokens()));
            }
            if (refiner != null) {
                tagged = refiner.refine(tagged);
            }
            for (int i = 0; i < document.size(); i++) {
                List<String> predicted = new ArrayList<>();
                for (TaggedToken token : tagged.get(i).tokens()) {
                    predicted.add(token.type() == null ? "O" : switch (token.type()) {
                        case PERSON -> "PER";
                        case LOCATION -> "LOC";
                        case ORGANIZATION -> "ORG";
                        case MISC -> "O";
                    });
                }
                score.add(document.get(i).tokens(), document.get(i).tags(), predicted);
            }
        }
        return score;
    }
}
