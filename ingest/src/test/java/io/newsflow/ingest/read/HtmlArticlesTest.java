package io.newsflow.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.ArticleIds;
import io.newsflow.core.schema.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticlesTest {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <title>Floods close roads | Daily Example</title>
              <meta property="og:title" content="Floods close roads">
              <meta property="article:published_time" content="2023-10-05T07:30:00+01:00">
              <link rel="canonical" href="https://www.example.co.uk/news/floods?utm_source=rss">
              <style>p { color: red }</style>
              <script>var tracking = "SCRIPT TEXT";</script>
            </head>
            <body>
              <nav><p>Home</p><p>Sport</p></nav>
              <header><h1>Daily Example</h1></header>
              <article>
                <h1>Floods close roads</h1>
                <p>Heavy rain   closed <b>dozens</b> of roads on Thursday.</p>
                <script>document.write("<p>INJECTED</p>")</script>
                <p>About 200 homes were evacuated.</p>
                <aside><p>Related: weather maps</p></aside>
                <p>   </p>
              </article>
              <footer><p>Copyright</p></footer>
            </body>
            </html>
            """;

    @TempDir
    Path dir;

    @Test
    void shouldTakeTheHeadlineAndTheArticleParagraphsOnly() throws IOException {
        RawArticle a = Reading.of(write("page.html", PAGE).toString()).only();

        assertEquals("Floods close roads", a.title());
        assertEquals("Heavy rain closed dozens of roads on Thursday.\n\nAbout 200 homes were evacuated.", a.body());
        assertEquals("https://www.example.co.uk/news/floods?utm_source=rss", a.url());
        assertEquals(ArticleIds.of("https://example.co.uk/news/floods", "", ""), a.id(), "id from the canonical URL");
        assertEquals("example", a.source());
        assertEquals("2023-10-05T07:30:00+01:00", a.publishedAt());
        assertEquals("en", a.language());
        for (String junk : new String[] {"SCRIPT TEXT", "INJECTED", "Home", "Related", "Copyright", "color"}) {
            assertFalse(a.body().contains(junk), junk);
        }
    }

    @Test
    void shouldFallBackToTheTitleElementAndTextWithoutParagraphs() throws IOException {
        String html = "<html><head><title> Plain   page </title></head><body><div>First block.</div>"
                + "<div>Second<br>line.</div></body></html>";

        RawArticle a = Reading.of(write("plain.htm", html).toString()).only();

        assertEquals("Plain page", a.title());
        assertEquals("First block.\n\nSecond\nline.", a.body());
        assertEquals("file", a.source());
    }

    @Test
    void shouldRefuseAPageWithOnlyScripts() throws IOException {
        String html = "<html><head><title>App</title><script>render()</script></head>"
                + "<body><script>console.log('hi')</script><noscript>Enable JavaScript</noscript></body></html>";

        Reading r = Reading.of(write("app.html", html).toString());

        assertTrue(r.articles().isEmpty());
        assertTrue(r.failures().get(0).reason().startsWith("no text in the HTML page"), r.failureText());
    }

    @Test
    void shouldReadTheCharsetTheMetaTagDeclares() throws IOException {
        Path file = dir.resolve("latin1.html");
        Files.write(file, ("<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9</title></head>"
                + "<body><p>Cr\u00e8me br\u00fbl\u00e9e.</p></body></html>").getBytes(StandardCharsets.ISO_8859_1));

        RawArticle a = Reading.of(file.toString()).only();

        assertEquals("Caf\u00e9", a.title());
        assertEquals("Cr\u00e8me br\u00fbl\u00e9e.", a.body());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
