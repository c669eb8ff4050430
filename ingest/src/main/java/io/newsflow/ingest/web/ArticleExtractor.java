package io.newsflow.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article in a news page: headline, main text without the page's furniture (navigation, menus, footers, share
 * bars, related stories, cookie notices), publication time, language and canonical URL. Stateless and thread-safe.
 */
public final class ArticleExtractor {

    private final MainText mainText;

    public ArticleExtractor() {
        this(MainText.BEST);
    }

    ArticleExtractor(MainText mainText) {
        this.mainText = mainText;
    }

    /** Extracts from a fetched page, in the charset the server declared, else the one the page declares. */
    public ExtractedPage extract(FetchResult page) {
        return extract(page.body(), page.charset(), page.uri());
    }

    /**
     * @param charset the declared charset, or null to detect it from a byte-order mark or meta tag
     * @param pageUri where the page came from (for relative links), or null
     */
    public ExtractedPage extract(byte[] html, String charset, URI pageUri) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), charset, pageUri == null ? "" : pageUri.toString());
        } catch (IOException | RuntimeException e) { // an unknown charset name: parse as UTF-8
            doc = Jsoup.parse(new String(html, java.nio.charset.StandardCharsets.UTF_8),
                    pageUri == null ? "" : pageUri.toString());
        }
        return extract(doc, pageUri);
    }

    public ExtractedPage extract(String html, URI pageUri) {
        return extract(Jsoup.parse(html, pageUri == null ? "" : pageUri.toString()), pageUri);
    }

    private ExtractedPage extract(Document doc, URI pageUri) {
        String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("article h1, main h1")),
                text(doc.selectFirst("h1")), doc.title());
        String canonical = firstNonBlank(doc.select("link[rel=canonical]").attr("abs:href"), meta(doc, "og:url"));
        String published = PublicationTime.of(doc);
        String language = firstNonBlank(doc.select("html").attr("lang"), meta(doc, "og:locale"));
        if (language != null) {
            language = language.split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
            if (!language.matches("[a-z]{2}")) {
                language = null;
            }
        }
        String text = mainText.of(doc, title);
        return new ExtractedPage(title, text, published, language, canonical);
    }

    static String meta(Document doc, String property) {
        return doc.select("meta[property=" + property + "], meta[name=" + property + "]").attr("content");
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
