package io.newsflow.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void shouldGiveTheSameIdToTheSameCanonicalUrl() {
        String a = ArticleIds.of("https://www.BBC.co.uk/news/world-asia-59937429?utm_source=x#top", "t", "b");
        String b = ArticleIds.of("http://bbc.co.uk/news/world-asia-59937429/", "other title", "other body");
        assertEquals(a, b);
        assertTrue(a.matches("[0-9a-f]{16}"));
    }

    @Test
    void shouldDeriveTheIdFromTitleAndBodyWithoutAUrl() {
        assertEquals(ArticleIds.of(null, "Title", "Body  text"), ArticleIds.of("", "title", "body text"));
        assertNotEquals(ArticleIds.of(null, "Title", "Body"), ArticleIds.of(null, "Title", "Another body"));
    }

    @Test
    void shouldHashTheSameTextAlikeWhateverItsQuotesAndSpacing() {
        assertEquals(ArticleIds.contentHash("Kazakhstan\u2019s", "It was \u201cclean-up\u201d."),
                ArticleIds.contentHash("Kazakhstan's", "It  was\n\"clean-up\"."));
    }

    @Test
    void shouldKeepMeaningfulQueryParametersInTheCanonicalUrl() {
        assertEquals("https://example.com/a?id=2&page=1", ArticleIds.canonicalUrl("https://example.com/a/?page=1&utm_medium=m&id=2"));
        assertEquals("not a url", ArticleIds.canonicalUrl(" not a url "));
    }

    @Test
    void shouldTakeUrlsCommasAndNonAsciiLettersAsIds() {
        for (String id : java.util.List.of("https://en.wikinews.org/wiki/Three_killed,_three_others_injured_in_stabbing_attack_in_Reading,_UK",
                "https://example.com/news?id=5&x=%20#frag", "Bürgermeister Müller tritt zurück", "新闻/42", "../../etc/passwd",
                "\uD83D\uDE00 emoji", "é".repeat(ArticleIds.MAX_ID_BYTES / 2))) {
            assertEquals(null, ArticleIds.problemWithId(id), id);
        }
    }

    @Test
    void shouldRefuseIdsThatNoKeyLogLineOrConsumerCanCarry() {
        assertTrue(ArticleIds.problemWithId(null).contains("empty"));
        assertTrue(ArticleIds.problemWithId("").contains("empty"));
        assertTrue(ArticleIds.problemWithId(" \t ").contains("whitespace"));
        assertTrue(ArticleIds.problemWithId("a\nb").contains("U+000A"));
        assertTrue(ArticleIds.problemWithId("a\u0000b").contains("U+0000"));
        assertTrue(ArticleIds.problemWithId("a\uD800b").contains("surrogate"));
        assertTrue(ArticleIds.problemWithId("é".repeat(ArticleIds.MAX_ID_BYTES / 2) + "x").contains("1025 UTF-8 bytes"));
    }

    @Test
    void shouldFingerprintAnIdAsAShortSafeName() {
        String f = ArticleIds.fingerprint("https://example.com/a/../b?c=d");
        assertTrue(f.matches("[0-9a-f]{16}"), f);
        assertEquals(f, ArticleIds.fingerprint("https://example.com/a/../b?c=d"));
        assertNotEquals(f, ArticleIds.fingerprint("https://example.com/a/../b?c=e"));
    }
}
