import io.newsflow.core.csv.CsvRows;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.process.DocumentPreprocessor;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What CoreNLP's english-left3words POS tagger would cost the enrichment, on the Wikinews sample: on all text, on the
 * sentences that hold a number, and on windows of 8 tokens either side of each number. One thread; 15 s warm-up per
 * set, then the best of 3 passes. Needs the full models jar, which the bench module carries:
 *
 *   ./newsflow bench --quick   # builds bench/target once
 *   java -XX:-DontCompileHugeMethods -cp bench/target/newsflow-bench.jar scripts/PosTaggerCost.java \
 *       samples/wikinews/wikinews_2019.csv
 */
public class PosTaggerCost {
    static final Pattern NUMBERISH = Pattern.compile(".*\\d.*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|dozens|hundreds|thousands|millions");

    public static void main(String[] a) throws Exception {
        List<String> texts = read(Path.of(a[0]));
        long t0 = System.nanoTime();
        MaxentTagger tagger = new MaxentTagger("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        System.out.printf("load %.2f s%n", (System.nanoTime() - t0) / 1e9);
        List<List<HasWord>> all = new ArrayList<>();
        List<List<HasWord>> numeric = new ArrayList<>();
        List<List<HasWord>> windows = new ArrayList<>();
        int tokens = 0, numTokens = 0, winTokens = 0;
        for (String text : texts) {
            for (List<HasWord> s : new DocumentPreprocessor(new StringReader(text))) {
                all.add(s);
                tokens += s.size();
                boolean has = false;
                for (int i = 0; i < s.size(); i++) {
                    if (NUMBERISH.matcher(s.get(i).word().toLowerCase()).matches()) {
                        has = true;
                        int from = Math.max(0, i - 8), to = Math.min(s.size(), i + 9);
                        windows.add(new ArrayList<>(s.subList(from, to)));
                        winTokens += to - from;
                    }
                }
                if (has) {
                    numeric.add(s);
                    numTokens += s.size();
                }
            }
        }
        System.out.printf("articles %d, sentences %d, tokens %d; numeric sentences %d (%d tokens, %.0f%%); windows %d (%d tokens, %.0f%%)%n",
                texts.size(), all.size(), tokens, numeric.size(), numTokens, 100.0 * numTokens / tokens, windows.size(), winTokens, 100.0 * winTokens / tokens);
        for (String name : new String[] {"all", "numeric", "windows"}) {
            List<List<HasWord>> set = name.equals("all") ? all : name.equals("numeric") ? numeric : windows;
            int n = name.equals("all") ? tokens : name.equals("numeric") ? numTokens : winTokens;
            long end = System.nanoTime() + 15_000_000_000L;
            while (System.nanoTime() < end) {
                for (List<HasWord> s : set) tagger.tagSentence(s);
            }
            double best = Double.MAX_VALUE;
            for (int r = 0; r < 3; r++) {
                long s0 = System.nanoTime();
                int sink = 0;
                for (List<HasWord> s : set) sink += tagger.tagSentence(s).size();
                double sec = (System.nanoTime() - s0) / 1e9;
                best = Math.min(best, sec);
                if (sink < 0) System.out.print("");
            }
            System.out.printf("%s: %.0f tokens/s, %.2f ms/article (over %d articles)%n", name, n / best, best * 1000 / texts.size(), texts.size());
        }
    }

    static List<String> read(Path file) throws Exception {
        List<List<String>> rows = CsvRows.parse(Files.readString(file));
        List<String> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) out.add(r.get(2) + "\n\n" + r.get(3));
        return out;
    }
}
