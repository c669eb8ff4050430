package io.newsflow.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.schema.RawArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/story", "text/html; charset=utf-8", HtmlArticlesTest.PAGE.replace(
                "<link rel=\"canonical\" href=\"https://www.example.co.uk/news/floods?utm_source=rss\">", ""));
        serve("/feed", "application/rss+xml", FeedArticlesTest.RSS);
        serve("/articles", "application/x-ndjson", "{\"title\":\"Remote\",\"body\":\"Served as JSON Lines.\"}\n");
        server.createContext("/slow", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<html><body><p>Partial".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(3000);
            } catch (InterruptedException | IOException ignored) {
                // the client gave up
            }
        });
        server.setExecutor(Executors.newCachedThreadPool()); // the slow page must not hold up the others
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldReadJsonLinesFromStdin() {
        Reading r = Reading.with(o -> o.withStdin(Reading.utf8("\n  {\"title\":\"A\",\"body\":\"One.\"}\n"
                + "{\"title\":\"B\",\"body\":\"Two.\"}\n")), "-");

        assertEquals(List.of("A", "B"), r.articles().stream().map(RawArticle::title).toList());
        assertEquals(List.of("stdin", "stdin"), r.articles().stream().map(RawArticle::source).toList());
    }

    @Test
    void shouldReadPlainTextFromStdin() {
        RawArticle a = Reading.with(o -> o.withStdin(Reading.utf8("Typed headline\n\nTyped body.\n")), "-").only();

        assertEquals("Typed headline", a.title());
        assertEquals("Typed body.", a.body());
    }

    @Test
    void shouldReadAnOpenStreamTheCallerOwns() {
        List<ReadFailure> failures = new java.util.ArrayList<>();
        List<RawArticle> as;
        try (var s = ArticleReaders.read(Reading.utf8("title,text\nT,B\n"), "upload.csv", InputFormat.CSV,
                ReaderOptions.defaults().withOnFailure(failures::add))) {
            as = s.toList();
        }
        assertEquals(1, as.size());
        assertEquals("upload.csv", as.get(0).source());
        assertEquals(List.of(), failures);
    }

    @Test
    void shouldReadADirectoryRecursivelyInPathOrder() throws IOException {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve("b/inner/z.txt"), "Third\n\nBody.");
        Files.writeString(dir.resolve("b/a.txt"), "Second\n\nBody.");
        Files.writeString(dir.resolve("a.txt"), "First\n\nBody.");
        Files.writeString(dir.resolve("c.jsonl"), "{\"title\":\"Fourth\",\"body\":\"Body.\"}\n");
        Files.writeString(dir.resolve("notes.md"), "Not an article\n\nIgnored.");
        Files.writeString(dir.resolve(".draft.txt"), "Hidden\n\nIgnored.");
        Files.writeString(dir.resolve(".hidden/x.txt"), "Hidden too\n\nIgnored.");

        Reading r = Reading.of(dir.toString());

        assertEquals(List.of("First", "Second", "Third", "Fourth"),
                r.articles().stream().map(RawArticle::title).toList());
        assertEquals(List.of(), r.failures());
    }

    @Test
    void shouldReportADirectoryWithoutArticleFiles() throws IOException {
        Files.writeString(dir.resolve("readme.md"), "nothing");

        Reading r = Reading.of(dir.toString());

        assertTrue(r.failures().get(0).reason().startsWith("no files with a known extension"), r.failureText());
    }

    @Test
    void shouldTellTheFormatOfAnUnknownExtensionByItsContent() throws IOException {
        Path jsonl = dir.resolve("export.dat");
        Files.writeString(jsonl, "{\"title\":\"From JSON\",\"body\":\"B.\"}\n");
        Path feed = dir.resolve("feed.php");
        Files.writeString(feed, FeedArticlesTest.RSS);

        Reading r = Reading.of(jsonl.toString(), feed.toString());

        assertEquals(List.of("From JSON", "Bridge reopens", "Rates & prices"),
                r.articles().stream().map(RawArticle::title).toList());
    }

    @Test
    void shouldFetchAnHtmlPageAFeedAndJsonLinesOverHttp() {
        Reading r = Reading.of(base + "/story", base + "/feed", base + "/articles");

        assertEquals(List.of("Floods close roads", "Bridge reopens", "Rates & prices", "Remote"),
                r.articles().stream().map(RawArticle::title).toList());
        RawArticle story = r.articles().get(0);
        assertEquals(base + "/story", story.url(), "without a canonical link the page's URL is the article's");
        assertEquals("127.0.0.1", story.source());
        assertEquals("https://www.example.com/news/bridge", r.articles().get(1).url());
        assertEquals(List.of("item 3: no body text"), r.failures().stream().map(ReadFailure::reason).toList());
    }

    @Test
    void shouldReportHttpErrorsAndTimeoutsAndGoOn() {
        long start = System.nanoTime();
        Reading r = Reading.with(o -> o.withHttpTimeout(Duration.ofMillis(700)),
                base + "/missing", base + "/slow", base + "/story");

        assertEquals(1, r.articles().size());
        assertEquals("HTTP 404", r.failures().get(0).reason());
        assertTrue(r.failures().get(1).reason().contains("within 700 ms"), r.failureText());
        assertTrue(System.nanoTime() - start < 2_500_000_000L, "the slow page cost about the timeout");
    }

    @Test
    void shouldRefuseAPageOverTheSizeLimit() {
        Reading r = Reading.with(o -> o.withMaxDocumentBytes(100), base + "/story");

        assertTrue(r.articles().isEmpty());
        assertTrue(r.failures().get(0).reason().startsWith("larger than 100 bytes"), r.failureText());
    }

    @Test
    void shouldReportAnUnreachableHost() {
        Reading r = Reading.with(o -> o.withHttpTimeout(Duration.ofSeconds(2)), "http://127.0.0.1:1/news");

        assertTrue(r.articles().isEmpty());
        assertTrue(r.failures().get(0).reason().startsWith("request failed"), r.failureText());
    }

    private void serve(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }
}
