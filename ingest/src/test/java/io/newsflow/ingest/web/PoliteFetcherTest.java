package io.newsflow.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {

    private final TestSite site = new TestSite();
    private PoliteFetcher fetcher = new PoliteFetcher(fast());

    static FetchOptions fast() {
        return FetchOptions.defaults()
                .withPerHostDelay(Duration.ZERO)
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(2))
                .withRetries(2, Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void shouldFetchAPageNamingNewsflowInTheUserAgent() throws Exception {
        site.page("/a.html", "text/html; charset=utf-8", "<p>hello</p>");
        FetchResult r = fetcher.fetch(site.uri("/a.html"));
        assertEquals(200, r.status());
        assertEquals("<p>hello</p>", r.text());
        assertEquals("utf-8", r.charset());
        assertTrue(site.requestsTo("/a.html").get(0).header("User-agent").startsWith("Newsflow/"));
    }

    @Test
    void shouldRefuseAPathThatRobotsTxtForbids() {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.page("/private/x.html", "text/html", "secret");
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(site.uri("/private/x.html")));
        assertEquals(FetchException.Kind.ROBOTS, e.kind());
        assertTrue(site.requestsTo("/private/x.html").isEmpty(), "the forbidden page was never requested");
    }
}
