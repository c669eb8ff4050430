package io.newsflow.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The test pages under {@code pages/}: each {@code NAME.html} with {@code NAME.txt}, whose first paragraph is the
 * headline and the rest the text a reader would call the article. Scores compare words, in any order.
 */
final class ExtractionPages {

    static final List<String> NAMES = List.of("classic-article", "div-soup", "wordpress-blog", "teaser-articles",
            "cookie-banner", "subheads-and-list", "br-separated", "table-layout", "german-caption",
            "inline-read-more", "short-with-mega-menu", "quote-embed-bio");

    record Page(String name, byte[] html, String title, String text) {
    }

    private ExtractionPages() {
    }

    static Page load(String name) {
        String expected = new String(resource(name + ".txt"), StandardCharsets.UTF_8).strip();
        int split = expected.indexOf("\n\n");
        return new Page(name, resource(name + ".html"), expected.substring(0, split), expected.substring(split + 2));
    }

    private static byte[] resource(String file) {
        try (InputStream in = ExtractionPages.class.getResourceAsStream("/pages/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test page " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** F1 of the extracted words against the expected words (multisets, case-insensitive). */
    static double f1(String extracted, String expected) {
        Map<String, Integer> want = words(expected);
        Map<String, Integer> got = words(extracted);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            overlap += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        if (overlap == 0) {
            return 0;
        }
        double precision = overlap / (double) gotTotal;
        double recall = overlap / (double) wantTotal;
        return 2 * precision * recall / (precision + recall);
    }

    static double precision(String extracted, String expected) {
        Map<String, Integer> want = words(expected);
        Map<String, Integer> got = words(extracted);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            overlap += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        return gotTotal == 0 ? 0 : overlap / (double) gotTotal;
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                m.merge(w, 1, Integer::sum);
            }
        }
        return m;
    }
}
