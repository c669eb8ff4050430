package io.newsflow.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.ArticleIds;
import io.newsflow.core.schema.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextAndJsonLinesTest {

    static final Path SEED_TEXT = Path.of("../samples/seed/000_7f08109064facaf3.txt");
    static final Path SEED_JSONL = Path.of("../samples/seed/seed.jsonl");
    static final String SEED_TITLE = "Kazakhstan unrest was coup attempt, says president";

    @TempDir
    Path dir;

    @Test
    void shouldReadATextFileAsTitleBlankLineAndBody() throws IOException {
        Path file = write("a.txt", "Storm hits the coast\r\n\r\nWinds of 120 km/h.  \r\n\r\n\r\nPower is out.\r\n");

        RawArticle a = Reading.of(file.toString()).only();

        assertEquals("Storm hits the coast", a.title());
        assertEquals("Winds of 120 km/h.\n\nPower is out.", a.body());
        assertEquals("file", a.source());
        assertEquals("en", a.language());
        assertNull(a.url());
        assertNull(a.publishedAt());
        assertEquals(Reading.NOW.toString(), a.ingestedAt());
        assertEquals(ArticleIds.of(null, a.title(), a.body()), a.id());
    }

    @Test
    void shouldReadTheSeedTextWithItsTitleAndBody() throws IOException {
        RawArticle a = Reading.with(o -> o.withPublishedAt("2022-01-10"), SEED_TEXT.toString()).only();

        assertEquals(SEED_TITLE, a.title());
        assertTrue(a.body().startsWith("Kazakhstan’s President Kassym-Jomart Tokayev has described deadly violence"),
                a.body().substring(0, 80));
        assertTrue(a.body().endsWith("colour revolutions.”"));
        assertFalse(a.body().contains(SEED_TITLE), "the title line is not part of the body");
        assertEquals(Files.readString(SEED_TEXT).split("\n", 2)[1].strip(), a.body());
        assertEquals("2022-01-10", a.publishedAt());
    }

    @Test
    void shouldReadTheSeedJsonLinesAsGiven() {
        RawArticle a = Reading.of(SEED_JSONL.toString()).only();

        assertEquals(SEED_TITLE, a.title());
        assertEquals("bbc", a.source());
        assertEquals("2022-01-10", a.publishedAt());
        assertEquals("en", a.language());
        assertEquals(Reading.NOW.toString(), a.ingestedAt());
        assertEquals(16, a.id().length());
    }

    @Test
    void shouldGiveTheSeedTheSameIdAsTextAndAsJsonLines() {
        RawArticle fromText = Reading.of(SEED_TEXT.toString()).only();
        RawArticle fromJson = Reading.of(SEED_JSONL.toString()).only();

        assertEquals(fromJson.body(), fromText.body());
        assertEquals(fromJson.id(), fromText.id());
    }

    @Test
    void shouldGiveTheSameIdsWhenTheSameInputIsReadTwice() {
        List<String> first = Reading.of(SEED_TEXT.toString(), SEED_JSONL.toString()).articles().stream()
                .map(RawArticle::id).toList();
        List<String> second = Reading.of(SEED_TEXT.toString(), SEED_JSONL.toString()).articles().stream()
                .map(RawArticle::id).toList();

        assertEquals(first, second);
    }

    @Test
    void shouldKeepTheIdAndFieldsThatAJsonLineGives() throws IOException {
        Path file = write("a.jsonl", """
                {"id":"given-1","url":"https://example.org/a","source":"wire","title":"T","body":"  B\\n\\n\\nC  ","language":"de-AT","publishedAt":"2021-03-04T05:06:07Z","ingestedAt":"2021-03-05T00:00:00Z"}
                """);

        RawArticle a = Reading.with(o -> o.withPublishedAt("2020-01-01"), file.toString()).only();

        assertEquals(new RawArticle("given-1", "https://example.org/a", "wire", "T", "  B\n\n\nC  ", "de",
                "2021-03-04T05:06:07Z", "2021-03-05T00:00:00Z"), a);
    }

    @Test
    void shouldDeriveTheIdFromTheUrlWhenAJsonLineHasNone() throws IOException {
        Path file = write("a.jsonl", "{\"url\":\"http://www.example.org/a/?utm_source=x\",\"title\":\"T\",\"body\":\"B\"}\n");

        RawArticle a = Reading.of(file.toString()).only();

        assertEquals(ArticleIds.of("https://example.org/a", "other", "text"), a.id());
        assertEquals("example", a.source());
    }

    @Test
    void shouldSkipAMalformedJsonLineAndReadTheLinesAround() throws IOException {
        Path file = write("mixed.jsonl", """
                {"title":"First","body":"Secret body one."}
                {"title":"Second","body":"Secret body two.
                {"title":"Third","body":"Secret body three."}

                [1, 2]
                {"title":"No body"}
                {"body":"A body without title"}
                """);

        Reading r = Reading.of(file.toString());

        assertEquals(List.of("First", "Third"), r.articles().stream().map(RawArticle::title).toList());
        assertEquals(List.of(2L, 5L, 6L, 7L), r.failures().stream().map(ReadFailure::line).toList());
        assertTrue(r.failures().get(0).reason().startsWith("malformed JSON"), r.failureText());
        assertTrue(r.failures().get(2).reason().contains("no body"), r.failureText());
        assertTrue(r.failures().get(3).reason().contains("missing title"), r.failureText());
        assertFalse(r.failureText().contains("Secret body"), "no article text in failures: " + r.failureText());
    }

    @Test
    void shouldReadAJsonArrayOfArticles() throws IOException {
        Path file = write("articles.json", """
                [
                  {"title": "One", "body": "First body."},
                  {"title": {"text": "nested"}, "body": "Not a string title."},
                  {"title": "Two", "body": "Second body."}
                ]
                """);

        Reading r = Reading.of(file.toString());

        assertEquals(List.of("One", "Two"), r.articles().stream().map(RawArticle::title).toList());
        assertEquals(1, r.failures().size(), r.failureText());
    }

    @Test
    void shouldRefuseTextWithoutATitleLine() throws IOException {
        Path file = write("untitled.txt", "\nThe body starts at once, with no headline.\n");

        Reading r = Reading.of(file.toString());

        assertTrue(r.articles().isEmpty());
        assertEquals(1, r.failures().get(0).line());
        assertTrue(r.failures().get(0).reason().startsWith("missing title"), r.failureText());
    }

    @Test
    void shouldRefuseATitleWithoutABody() throws IOException {
        Reading r = Reading.of(write("title-only.txt", "Just a headline\n\n").toString());

        assertTrue(r.articles().isEmpty());
        assertTrue(r.failures().get(0).reason().contains("no body"), r.failureText());
    }

    @Test
    void shouldReportEmptyFilesOfEveryFormat() throws IOException {
        Reading r = Reading.of(write("e.txt", "").toString(), write("e.jsonl", "\n\n").toString(),
                write("e.csv", "").toString(), write("e.html", " ").toString(), write("e.xml", "").toString());

        assertTrue(r.articles().isEmpty());
        assertEquals(5, r.failures().size(), r.failureText());
        r.failures().forEach(f -> assertEquals("empty input", f.reason(), r.failureText()));
    }

    @Test
    void shouldRefuseBinaryFiles() throws IOException {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28};
        Path txt = dir.resolve("image.txt");
        Files.write(txt, binary);
        Path jsonl = dir.resolve("image.jsonl");
        Files.write(jsonl, binary);
        Path html = dir.resolve("image.html");
        Files.write(html, binary);

        Reading r = Reading.of(txt.toString(), jsonl.toString(), html.toString());

        assertTrue(r.articles().isEmpty());
        assertEquals(3, r.failures().size(), r.failureText());
        assertTrue(r.failures().get(0).reason().contains("not UTF-8") || r.failures().get(0).reason().contains("binary"));
        assertTrue(r.failures().get(2).reason().contains("binary"), r.failureText());
    }

    @Test
    void shouldReportAMissingFileAndReadTheNextInput() {
        Reading r = Reading.of(dir.resolve("nope.txt").toString(), SEED_TEXT.toString());

        assertEquals(1, r.articles().size());
        assertEquals("no such file or directory", r.failures().get(0).reason());
        assertEquals(dir.resolve("nope.txt").toString(), r.failures().get(0).input());
    }

    @Test
    void shouldOverrideTheSourceAndFillOnlyMissingDates() throws IOException {
        Path file = write("two.jsonl", """
                {"title":"Dated","body":"B","publishedAt":"2021-03-04","source":"wire"}
                {"title":"Undated","body":"B"}
                """);

        List<RawArticle> as = Reading.with(o -> o.withSource("mine").withPublishedAt("2022-01-10"), file.toString())
                .articles();

        assertEquals(List.of("2021-03-04", "2022-01-10"), as.stream().map(RawArticle::publishedAt).toList());
        assertEquals(List.of("mine", "mine"), as.stream().map(RawArticle::source).toList());
    }

    @Test
    void shouldSkipADocumentOverTheSizeLimit() throws IOException {
        Path big = write("big.txt", "Title\n\n" + "word ".repeat(100));

        Reading r = Reading.with(o -> o.withMaxDocumentBytes(100), big.toString(), SEED_JSONL.toString());

        assertEquals(1, r.articles().size(), "JSON Lines are streamed, not limited");
        assertEquals("larger than 100 bytes, skipped", r.failures().get(0).reason());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
