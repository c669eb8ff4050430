package io.newsflow.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One article from an HTML page: the headline from {@code og:title}, {@code <title>} or the first {@code <h1>}; the
 * body from the paragraphs of the page's {@code <article>} (else {@code <main>}, else the whole body), with scripts,
 * styles, navigation, headers, footers and asides dropped; the URL from the canonical link.
 */
final class HtmlArticles {

    private HtmlArticles() {
    }

    /**
     * @param charset the charset the server declared, or null to detect it from the byte-order mark or a meta tag
     * @param pageUrl the URL the page was fetched from, or null for a file
     */
    static Stream<Draft> read(byte[] bytes, String charset, String pageUrl, InputContext ctx) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset, pageUrl == null ? "" : pageUrl);
        } catch (IOException | RuntimeException e) {
            ctx.fail(0, "cannot parse HTML: " + e.getClass().getSimpleName());
            return Stream.empty();
        }
        String title = firstNonBlank(
                meta(doc, "og:title"),
                doc.title(),
                text(doc.selectFirst("h1")));
        String url = firstNonBlank(
                doc.select("link[rel=canonical]").attr("abs:href"),
                meta(doc, "og:url"),
                pageUrl);
        String published = firstNonBlank(
                meta(doc, "article:published_time"),
                doc.select("meta[itemprop=datePublished]").attr("content"),
                doc.select("meta[name=date], meta[name=pubdate], meta[name=dc.date], meta[name=DC.date]").attr("content"),
                doc.select("article time[datetime]").attr("datetime"));
        String language = doc.select("html").attr("lang");

        HtmlText.dropNonContent(doc);
        Element scope = firstNonNull(doc.selectFirst("article"), doc.selectFirst("main"),
                doc.selectFirst("[role=main]"), doc.body());
        String body = scope.select("p").stream()
                .map(Element::text)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n\n"));
        if (body.isEmpty()) {
            body = HtmlText.blockText(scope); // pages that set text in divs, without paragraphs
        }
        if (body.isEmpty()) {
            ctx.fail(0, "no text in the HTML page (scripts, styles and navigation are ignored)");
            return Stream.empty();
        }
        return Stream.of(Draft.extracted(url, null, title, body, language, published, 0, null));
    }

    private static String meta(Document doc, String property) {
        return doc.select("meta[property=" + property + "], meta[name=" + property + "]").attr("content");
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        throw new IllegalStateException("a parsed HTML document always has a body");
    }
}
