package io.newsflow.ingest.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Measures the main-text methods on the test pages and prints the table of docs/page-extraction.md; the method
 * the extractor uses must be the one that scores best.
 */
class MainTextComparisonTest {

    static Map<String, MainText> methods() {
        Map<String, MainText> m = new LinkedHashMap<>();
        m.put("article-tag", MainTextComparisonTest::articleTag);
        m.put("density-tags-only", (doc, title) -> {
            Boilerplate.dropTags(doc);
            return MainText.densest(doc, title);
        });
        m.put("text-density", MainText::textDensity);
        m.put("paragraph-clusters", ParagraphClusters::of);
        return m;
    }

    /** The method ingest used for HTML inputs before: the {@code <article>}, else {@code <main>}, else the body. */
    static String articleTag(Document doc, String title) {
        Boilerplate.dropTags(doc);
        Element scope = doc.selectFirst("article");
        if (scope == null) {
            scope = doc.selectFirst("main, [role=main]");
        }
        return MainText.blockText(scope == null ? doc.body() : scope, title);
    }

    @Test
    void shouldKeepTheMethodThatScoresBestOnTheTestPages() {
        Map<String, Double> mean = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder("| page |");
        methods().keySet().forEach(n -> table.append(' ').append(n).append(" F1 (P) |"));
        table.append("\n|---|").append("---|".repeat(methods().size())).append('\n');
        for (String name : ExtractionPages.NAMES) {
            ExtractionPages.Page page = ExtractionPages.load(name);
            table.append("| ").append(name).append(" |");
            for (Map.Entry<String, MainText> m : methods().entrySet()) {
                Document doc = Jsoup.parse(new String(page.html(), java.nio.charset.StandardCharsets.UTF_8));
                String text = m.getValue().of(doc, page.title());
                double f1 = ExtractionPages.f1(text, page.text());
                double p = ExtractionPages.precision(text, page.text());
                mean.merge(m.getKey(), f1 / ExtractionPages.NAMES.size(), Double::sum);
                table.append(String.format(" %.3f (%.2f) |", f1, p));
            }
            table.append('\n');
        }
        table.append("| **mean F1** |");
        mean.values().forEach(v -> table.append(String.format(" **%.3f** |", v)));
        System.out.println(table);
        double bestMean = mean.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double kept = 0;
        for (ExtractionPages.Page page : ExtractionPages.NAMES.stream().map(ExtractionPages::load).toList()) {
            Document doc = Jsoup.parse(new String(page.html(), java.nio.charset.StandardCharsets.UTF_8));
            kept += ExtractionPages.f1(MainText.BEST.of(doc, page.title()), page.text()) / ExtractionPages.NAMES.size();
        }
        assertTrue(kept >= bestMean - 1e-9, "the kept method scores " + kept + ", another " + bestMean);
    }
}
