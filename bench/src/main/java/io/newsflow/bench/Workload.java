package io.newsflow.bench;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import io.newsflow.core.ArticleIds;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bundled Wikinews articles with their token counts, and distinct copies of them for the runs on Kafka, where
 * enrich drops an article whose id or text it has seen.
 */
final class Workload {

    static final String FILE = "wikinews/wikinews_2019.csv";

    /** An article and its number of tokens (title and body), counted once by {@link #countTokens}. */
    record Article(RawArticle raw, int tokens) {
    }

    private final List<Article> articles;

    private Workload(List<Article> articles) {
        this.articles = List.copyOf(articles);
    }

    /** The first {@code limit} articles of {@code <samples>/wikinews/wikinews_2019.csv} (url,date,title,text). */
    static Workload load(Path samples, int limit) {
        Path file = samples.resolve(FILE);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the workload " + file.toAbsolutePath()
                    + " (run from the repository, or give --samples DIR)", e);
        }
        List<List<String>> rows = Csv.parse(text);
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int url = header.indexOf("url");
        int date = header.indexOf("date");
        int title = header.indexOf("title");
        int body = header.indexOf("text");
        if (url < 0 || date < 0 || title < 0 || body < 0) {
            throw new IllegalStateException(file + ": expected the columns url,date,title,text, found " + header);
        }
        String now = Instant.now().toString();
        List<Article> articles = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (articles.size() >= limit) {
                break;
            }
            RawArticle raw = new RawArticle(ArticleIds.of(row.get(url), row.get(title), row.get(body)), row.get(url),
                    "wikinews", row.get(title), row.get(body), "en", row.get(date), now);
            articles.add(new Article(raw, countTokens(raw.title()) + countTokens(raw.body())));
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException(file + " holds no articles");
        }
        return new Workload(articles);
    }

    /** PTB tokens with CoreNLP's default options: the one count that every candidate's tokens/s is divided by. */
    static int countTokens(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        PTBTokenizer<CoreLabel> tokenizer =
                new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "untokenizable=noneDelete");
        int n = 0;
        while (tokenizer.hasNext()) {
            tokenizer.next();
            n++;
        }
        return n;
    }

    List<Article> articles() {
        return articles;
    }

    int size() {
        return articles.size();
    }

    long tokens() {
        return articles.stream().mapToLong(Article::tokens).sum();
    }

    /**
     * {@code copies} rounds over the articles, each article made distinct: its URL gets a query parameter (a new id)
     * and its body a closing sentence without digits (new content, and no extra figure). {@code run} keeps the
     * copies of different runs on one broker apart. ingestedAt is left empty for ingest to stamp.
     */
    List<RawArticle> copies(String run, int copies) {
        List<RawArticle> out = new ArrayList<>(copies * articles.size());
        for (int c = 0; c < copies; c++) {
            for (int i = 0; i < articles.size(); i++) {
                out.add(copy(articles.get(i).raw(), run, c * articles.size() + i));
            }
        }
        return out;
    }

    /** Round {@code round} of copies: the articles once, numbered after the rounds before it. */
    List<RawArticle> round(String run, int round) {
        List<RawArticle> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            out.add(copy(articles.get(i).raw(), run, round * articles.size() + i));
        }
        return out;
    }

    static RawArticle copy(RawArticle a, String run, int n) {
        String tag = run + "-" + n;
        String url = a.url() + (a.url().contains("?") ? "&" : "?") + "bench=" + tag;
        String body = a.body().stripTrailing() + "\n\nReference " + letters(run, n) + ".";
        return new RawArticle(ArticleIds.of(url, a.title(), body), url, a.source(), a.title(), body, a.language(),
                a.publishedAt(), null);
    }

    /** A word of lowercase letters naming the copy: digits would add a figure to every copy. */
    private static String letters(String run, int n) {
        StringBuilder sb = new StringBuilder();
        int v = n;
        do {
            sb.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        return run.replaceAll("[^a-z]", "") + "q" + sb;
    }

    /** The articles as a CSV file in the Wikinews export's columns, as ingest reads the bundled sample. */
    static void writeCsv(Path file, List<RawArticle> articles) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("url,date,title,text\n");
            for (RawArticle a : articles) {
                w.write(Csv.row(a.url(), a.publishedAt(), a.title(), a.body()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** One line of JSON Lines input for ingest. */
    static String jsonLine(RawArticle a) {
        return Serdes.RAW.toJson(a) + "\n";
    }
}
