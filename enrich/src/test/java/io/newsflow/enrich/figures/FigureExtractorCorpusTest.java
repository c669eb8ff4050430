package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.FigureKind;
import io.newsflow.core.schema.Mention;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The extractor on whole articles and on hostile input: exact offsets, no exceptions, linear cost. */
class FigureExtractorCorpusTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 10);
    private final FigureExtractor extractor = new FigureExtractor();

    private static void assertWellFormed(String text, List<Figure> figures) {
        int previousEnd = 0;
        for (Figure f : figures) {
            assertTrue(f.start() >= previousEnd, () -> "overlapping or unordered: " + f);
            assertTrue(f.end() > f.start() && f.end() <= text.length(), () -> "bad span: " + f);
            assertEquals(f.text(), text.substring(f.start(), f.end()), () -> "offsets of " + f);
            assertNotNull(f.kind());
            if (f.kind() == FigureKind.DATE || f.kind() == FigureKind.TIME) {
                assertEquals(null, f.value(), () -> "a date has no value: " + f);
            } else {
                assertNotNull(f.value(), () -> "a number has a value: " + f);
            }
            previousEnd = f.end();
        }
    }

    @Test
    void shouldGiveExactOffsetsOnEveryWikinewsArticle() throws IOException {
        List<WikinewsCsv> articles = WikinewsCsv.read();
        assertEquals(171, articles.size());
        int total = 0;
        for (WikinewsCsv a : articles) {
            List<Figure> title = extractor.extract(Mention.TITLE, a.title(), a.date());
            List<Figure> body = extractor.extract(Mention.BODY, a.text(), a.date());
            assertWellFormed(a.title(), title);
            assertWellFormed(a.text(), body);
            // every body opens with its dateline, which is the publication date
            assertEquals(FigureKind.DATE, body.get(0).kind(), a.url());
            assertEquals(a.date().toString(), body.get(0).normalized(), a.url());
            total += title.size() + body.size();
        }
        assertTrue(total > 2000, "figures found: " + total);
    }

    @Test
    void shouldSurviveGarbage() {
        Random random = new Random(42);
        StringBuilder unicode = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            unicode.appendCodePoint(random.nextInt(0x10FFFF + 1) & ~0x800); // avoids lone surrogates
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        StringBuilder symbols = new StringBuilder();
        String alphabet = "0123456789,.:;-–/%$£€°'\"()[] aAmMbnkst\n";
        for (int i = 0; i < 50_000; i++) {
            symbols.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        for (String text : List.of(unicode.toString(), digits.toString(), "1,2,3,4,5,,,", ",,,,", "$", "£ m",
                "31 February", "99:99", "aged", "a", "Category", "Monday,", "between and", "per per per 5",
                "1:59:40.", "12,345,678,901,234,567,890", "9".repeat(400) + "%", "\u0661\u0662\u0663 people",
                symbols.toString())) {
            List<Figure> figures = extractor.extract(Mention.BODY, text, PUBLISHED);
            assertWellFormed(text, figures);
            assertWellFormed(text, extractor.extract(Mention.BODY, text, null));
        }
    }

    @Test
    void shouldReadTenThousandRepeatedNumbers() {
        String text = "12 people, ".repeat(10_000);
        List<Figure> figures = extractor.extract(Mention.BODY, text, PUBLISHED);
        assertEquals(10_000, figures.size());
        assertWellFormed(text, figures);
    }

    @Test
    void shouldFinishAMegabyteBody() throws IOException {
        StringBuilder b = new StringBuilder(1_100_000);
        List<WikinewsCsv> articles = WikinewsCsv.read();
        for (int i = 0; b.length() < 1_000_000; i++) {
            b.append(articles.get(i % articles.size()).text()).append("\n\n");
        }
        String text = b.toString();
        List<Figure> figures = extractor.extract(Mention.BODY, text, PUBLISHED);
        assertFalse(figures.isEmpty());
        assertWellFormed(text, figures);
        // one unbroken megabyte of digits and of letters
        assertWellFormed("7".repeat(1_000_000), extractor.extract(Mention.BODY, "7".repeat(1_000_000), PUBLISHED));
        String words = "twenty ".repeat(150_000);
        assertWellFormed(words, extractor.extract(Mention.BODY, words, PUBLISHED));
    }

    /** Not a test of speed (no assertion on time): prints throughput on the Wikinews sample for the report. */
    @Test
    void shouldReportThroughputOnWikinews() throws IOException {
        List<WikinewsCsv> articles = WikinewsCsv.read();
        long chars = 0;
        int figures = 0;
        for (int round = 0; round < 3; round++) { // warm-up
            for (WikinewsCsv a : articles) {
                figures += extractor.extract(Mention.BODY, a.text(), a.date()).size();
            }
        }
        int tokens = 0;
        for (WikinewsCsv a : articles) {
            tokens += Tokens.of(a.text()).size();
            chars += a.text().length();
        }
        int rounds = 10;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (WikinewsCsv a : articles) {
                figures += extractor.extract(Mention.BODY, a.text(), a.date()).size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("figure extraction: %.0f tokens/s, %.0f chars/s (one thread, %d articles, %d tokens)%n",
                tokens * rounds / seconds, chars * rounds / seconds, articles.size(), tokens);
        assertTrue(figures > 0);
    }
}
