package io.newsflow.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvArticlesTest {

    static final Path WIKINEWS = Path.of("../samples/wikinews/wikinews_2019.csv");

    @TempDir
    Path dir;

    @Test
    void shouldReadEveryRowOfTheWikinewsSample() {
        Reading r = Reading.of(WIKINEWS.toString());

        assertEquals(List.of(), r.failures());
        assertEquals(171, r.articles().size());
        assertEquals(171, r.articles().stream().map(RawArticle::id).distinct().count(), "ids are distinct");
        RawArticle first = r.articles().get(0);
        assertEquals("Magnitogorsk apartment building collapses after explosion, dozens dead", first.title());
        assertEquals("2019-01-04", first.publishedAt());
        assertTrue(first.body().startsWith("Friday, January 4, 2019\n\nAn apartment building collapsed on Monday"),
                first.body().substring(0, 60));
        assertTrue(first.body().contains("\"presumably between 36 and 40 people under the rubble\""),
                "doubled quotes inside a quoted field are one quote");
        for (RawArticle a : r.articles()) {
            assertEquals("wikinews", a.source());
            assertTrue(a.url().startsWith("https://en.wikinews.org/"), a.url());
            assertTrue(a.publishedAt().matches("2019-\\d\\d-\\d\\d"), a.publishedAt());
            assertTrue(!a.title().isBlank() && !a.body().isBlank());
            assertTrue(!a.body().contains("\n\n\n"), "paragraphs are separated by one blank line");
        }
    }

    @Test
    void shouldGiveTheWikinewsRowsTheSameIdsOnEveryRead() {
        assertEquals(ids(Reading.of(WIKINEWS.toString())), ids(Reading.of(WIKINEWS.toString())));
    }

    @Test
    void shouldSkipARowShortOfFieldsAndCountLinesAcrossQuotedLineBreaks() throws IOException {
        Path csv = dir.resolve("news.csv");
        Files.writeString(csv, "url,date,title,text\r\n"
                + "https://example.org/1,2020-01-01,One,\"First line\r\n\r\nsecond \"\"quoted\"\" paragraph\"\r\n"
                + "https://example.org/2,2020-01-02,Two\r\n"
                + "\r\n"
                + "https://example.org/3,2020-01-03,\"Three, with comma\",Third body\r\n"
                + "https://example.org/4,2020-01-04,Four,Body,extra\r\n"
                + "https://example.org/5,2020-01-05,,Body without title\n");

        Reading r = Reading.of(csv.toString());

        assertEquals(List.of("One", "Three, with comma"), r.articles().stream().map(RawArticle::title).toList());
        assertEquals("First line\n\nsecond \"quoted\" paragraph", r.articles().get(0).body());
        assertEquals(List.of(5L, 8L, 9L), r.failures().stream().map(ReadFailure::line).toList(), r.failureText());
        assertEquals("row has 3 fields, the header has 4", r.failures().get(0).reason());
        assertEquals("row has 5 fields, the header has 4", r.failures().get(1).reason());
        assertEquals("missing title", r.failures().get(2).reason());
    }

    @Test
    void shouldFindColumnsByNameInAnyOrder() throws IOException {
        Path csv = dir.resolve("other.csv");
        Files.writeString(csv, "\uFEFFBody,Title,Source,Published_At\nSome text.,A title,agency,2020-02-02T10:00:00+01:00\n");

        RawArticle a = Reading.of(csv.toString()).only();

        assertEquals("A title", a.title());
        assertEquals("Some text.", a.body());
        assertEquals("agency", a.source());
        assertEquals("2020-02-02T10:00:00+01:00", a.publishedAt());
    }

    @Test
    void shouldRefuseACsvWithoutTitleAndTextColumns() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "a,b\n1,2\n");

        Reading r = Reading.of(csv.toString());

        assertTrue(r.articles().isEmpty());
        assertTrue(r.failures().get(0).reason().startsWith("the CSV header must name a title and a text column"));
    }

    @Test
    void shouldStopAtAQuoteThatNeverCloses() throws IOException {
        Path csv = dir.resolve("open.csv");
        Files.writeString(csv, "title,text\nGood,Body\nBad,\"never closed\nmore\n");

        Reading r = Reading.of(csv.toString());

        assertEquals(1, r.articles().size());
        assertEquals(3, r.failures().get(0).line());
        assertTrue(r.failures().get(0).reason().contains("never closes"), r.failureText());
    }

    private static String ids(Reading r) {
        return r.articles().stream().map(RawArticle::id).collect(Collectors.joining(","));
    }
}
