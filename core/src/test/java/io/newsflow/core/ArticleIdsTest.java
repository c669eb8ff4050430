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
}
