package io.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.json.Json;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleLineTest {

    @Test
    void shouldAcceptAnArticleAndStoreItsBytesUnchanged() {
        byte[] json = Articles.json(Articles.article("a1"));
        assertNull(ArticleLine.check(json));
        assertSame(json, ArticleLine.of(json));
    }

    @Test
    void shouldStoreArticlesWhoseIdsAreUrlsOrNonAsciiUnchanged() {
        for (String id : java.util.List.of("https://en.wikinews.org/wiki/Three_killed,_three_others_injured_in_stabbing_attack_in_Reading,_UK",
                "https://example.com/news?id=5&lang=en%20GB", "tag:example.com,2024:新闻/北京/42", "\"quoted\" \\ id")) {
            byte[] json = Articles.json(Articles.article(id));
            assertNull(ArticleLine.check(json), id);
            assertEquals(id, Serdes.ENRICHED.fromBytes(ArticleLine.of(json)).id());
        }
    }

    @Test
    void shouldPutAPrettyPrintedArticleOnOneLineWithTheSameContent() throws Exception {
        EnrichedArticle article = Articles.article("a2");
        byte[] pretty = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(article)
                .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        assertNull(ArticleLine.check(pretty));
        byte[] line = ArticleLine.of(pretty);
        String text = new String(line, StandardCharsets.UTF_8);
        assertTrue(text.indexOf('\n') < 0 && text.indexOf('\r') < 0, text);
        assertEquals(article, Serdes.ENRICHED.fromBytes(line));
        assertEquals(Json.MAPPER.readTree(pretty), Json.MAPPER.readTree(line));
    }

    @Test
    void shouldDropAByteOrderMark() {
        byte[] json = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertNull(ArticleLine.check(withBom));
        assertArrayEquals(json, ArticleLine.of(withBom));
    }

    @Test
    void shouldRejectATombstoneAndAnEmptyValue() {
        assertEquals("invalid", ArticleLine.check(null).reason());
        assertEquals("invalid", ArticleLine.check(new byte[0]).reason());
    }

    @Test
    void shouldRejectWhatIsNotOneJsonObjectWithAnId() {
        assertReason("deserialization", "garbage \u0001\u0002");
        assertReason("deserialization", "{\"id\":\"a\",\"title\":\"cut");
        assertReason("deserialization", "{\"id\":\"a\"} {\"id\":\"b\"}");
        assertReason("invalid", "[{\"id\":\"a\"}]");
        assertReason("invalid", "\"just a string\"");
        assertReason("invalid", "{\"title\":\"no id\"}");
        assertReason("invalid", "{\"id\":42}");
        assertReason("invalid", "{\"id\":\"  \"}");
    }

    @Test
    void shouldRejectARawLineBreakInsideAString() {
        // Valid JSON never has one; storing it would split the record over two lines.
        assertReason("deserialization", "{\"id\":\"a\",\"body\":\"line one\nline two\"}");
    }

    @Test
    void shouldRejectInvalidUtf8EvenInAFieldItDoesNotRead() {
        byte[] prefix = "{\"id\":\"a\",\"body\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] value = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, value, 0, prefix.length);
        value[prefix.length] = (byte) 0xC3; // a lead byte followed by no continuation byte
        value[prefix.length + 1] = '"';
        value[prefix.length + 2] = '}';
        ArticleLine.Rejection rejection = ArticleLine.check(value);
        assertNotNull(rejection);
        assertEquals("deserialization", rejection.reason());
    }

    private static void assertReason(String reason, String value) {
        ArticleLine.Rejection rejection = ArticleLine.check(value.getBytes(StandardCharsets.UTF_8));
        assertNotNull(rejection, value);
        assertEquals(reason, rejection.reason(), value + ": " + rejection.detail());
    }
}
