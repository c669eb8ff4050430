package io.newsflow.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    /** Text of page furniture on the test pages; none of it may reach an article. */
    private static final List<String> FURNITURE = List.of("Share this", "Related stories", "We use cookies",
            "Sign up for our morning briefing", "All rights reserved", "Most read", "Reply", "Read more",
            "Diese Website verwendet Cookies", "Artikel teilen", "Advertisement", "Become a member", "Trending",
            "Congratulations Sara", "sports editor", "Front page", "Imprint", "Classifieds", "More from Business");

    /** The publication time each page's metadata gives (JSON-LD, article:published_time, time, meta date). */
    private static final Map<String, String> PUBLISHED = Map.ofEntries(
            Map.entry("classic-article", "2026-11-24T19:30:00+01:00"),
            Map.entry("wordpress-blog", "2026-10-18T09:15:00Z"),
            Map.entry("teaser-articles", "2026-11-06T08:00:00Z"),
            Map.entry("cookie-banner", "2026-08-11T07:45:00+01:00"),
            Map.entry("subheads-and-list", "2026-12-01T06:00:00Z"),
            Map.entry("br-separated", "2026-09-09"),
            Map.entry("german-caption", "2026-11-30T14:20:00+01:00"),
            Map.entry("inline-read-more", "2026-06-04T10:00:00Z"),
            Map.entry("short-with-mega-menu", "2026-11-27T06:10:00+01:00"),
            Map.entry("quote-embed-bio", "2026-11-20T13:00:00+01:00"));

    static List<String> pages() {
        return ExtractionPages.NAMES;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void shouldExtractTheArticleTextAReaderWouldWithoutFurniture(String name) {
        ExtractionPages.Page page = ExtractionPages.load(name);
        ExtractedPage got = extractor.extract(page.html(), null, URI.create("https://news.example/" + name));
        double f1 = ExtractionPages.f1(got.text(), page.text());
        assertTrue(f1 >= 0.95, name + ": word F1 " + f1 + "\n--- got:\n" + got.text());
        for (String furniture : FURNITURE) {
            if (!page.text().contains(furniture)) {
                assertFalse(got.text().contains(furniture), name + ": furniture '" + furniture + "' in the text");
            }
        }
        assertTrue(got.title().contains(page.title()), name + ": title " + got.title());
        assertEquals(PUBLISHED.get(name), got.publishedAt(), name + ": publication time");
    }

    @Test
    void shouldKeepParagraphsApartAndTheHeadlineOutOfTheText() {
        ExtractedPage got = extractor.extract(ExtractionPages.load("subheads-and-list").html(), null, null);
        assertTrue(got.text().startsWith("The national weather service"), got.text());
        assertTrue(got.text().contains("\n\nWhat to expect\n\n"));
        assertEquals("en", got.language());
    }

    @Test
    void shouldReadThePageLanguageAndCanonicalUrl() {
        String html = "<html lang='de-AT'><head><link rel='canonical' href='/story/1'></head>"
                + "<body><article><h1>Titel</h1><p>Ein Absatz mit genug Text, um als Artikel zu gelten, ja.</p>"
                + "</article></body></html>";
        ExtractedPage got = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "utf-8",
                URI.create("https://zeitung.example/x?utm=1"));
        assertEquals("de", got.language());
        assertEquals("https://zeitung.example/story/1", got.canonicalUrl());
        assertNull(got.publishedAt());
    }

    @Test
    void shouldPreferJsonLdOfAnArticleOverOtherDates() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"WebPage\",\"datePublished\":"
                + "\"2020-01-01\"}</script><script type='application/ld+json'>{\"@type\":[\"NewsArticle\"],"
                + "\"datePublished\":\"2026-03-02T10:00:00Z\"}</script><script type='application/ld+json'>{broken"
                + "</script><meta property='article:published_time' content='2026-03-01T00:00:00Z'></head>"
                + "<body><p>Text of the article, long enough to be one.</p><time datetime='2019-05-05'>x</time>"
                + "</body></html>";
        assertEquals("2026-03-02T10:00:00Z", extractor.extract(html, null).publishedAt());
    }

    @Test
    void shouldGiveNoTextForAPageWithoutAny() {
        ExtractedPage got = extractor.extract("<html><body><nav><a href='/'>Home</a></nav></body></html>", null);
        assertFalse(got.hasText());
    }
}
