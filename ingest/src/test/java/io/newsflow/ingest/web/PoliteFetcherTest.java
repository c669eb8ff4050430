package io.newsflow.ingest.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {

    private final TestSite site = new TestSite();
    private PoliteFetcher fetcher = new PoliteFetcher(fast());

    /** No per-host delay and short timeouts (yet long enough for a busy machine), so that the tests take seconds. */
    static FetchOptions fast() {
        return FetchOptions.defaults()
                .withPerHostDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(4))
                .withRetries(2, Duration.ofSeconds(2));
    }

    private void use(FetchOptions options) {
        fetcher.close();
        fetcher = new PoliteFetcher(options);
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
    void shouldRefuseAPathThatRobotsTxtForbidsWithoutRequestingIt() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.page("/private/x.html", "text/html", "secret");
        site.page("/public.html", "text/html", "open");
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(site.uri("/private/x.html")));
        assertEquals(FetchException.Kind.ROBOTS, e.kind());
        assertTrue(site.requestsTo("/private/x.html").isEmpty());
        assertEquals("open", fetcher.fetch(site.uri("/public.html")).text());
        assertEquals(1, site.requestsTo("/robots.txt").size(), "robots.txt is cached per host");
    }

    @Test
    void shouldTreatAHostWhoseRobotsTxtFailsAsForbidden() {
        site.on("/robots.txt", ex -> TestSite.send(ex, 503, "text/plain", "down"));
        site.page("/a.html", "text/html", "page");
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(site.uri("/a.html")));
        assertEquals(FetchException.Kind.ROBOTS, e.kind());
        assertTrue(site.requestsTo("/a.html").isEmpty());
    }

    @Test
    void shouldTimeOutOnAHostThatNeverAnswers() {
        site.on("/hang", ex -> sleep(10_000));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(site.uri("/hang")));
        assertEquals(FetchException.Kind.TIMEOUT, e.kind());
    }

    @Test
    void shouldTimeOutOnABodyThatStopsComing() {
        site.on("/stall", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked
            OutputStream out = ex.getResponseBody();
            out.write("<p>the beginning".getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(10_000);
        });
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(site.uri("/stall")));
        assertEquals(FetchException.Kind.TIMEOUT, e.kind());
    }

    @Test
    void shouldNotLetAHangingHostDelayAnotherHost() throws Exception {
        site.on("/hang", ex -> sleep(10_000));
        try (TestSite other = new TestSite()) {
            other.page("/quick.html", "text/html", "quick");
            CompletableFuture<FetchResult> hanging = fetcher.fetchAsync(site.uri("/hang"), CacheValidators.NONE);
            CompletableFuture<FetchResult> second = fetcher.fetchAsync(site.uri("/hang"), CacheValidators.NONE);
            awaitRequest(site, "/hang");
            FetchResult quick = fetcher.fetch(other.uri("/quick.html"));
            assertEquals("quick", quick.text());
            assertFalse(hanging.isDone(), "the other host answered while the hanging one was still waited for");
            assertFalse(second.isDone());
        }
    }

    @Test
    void shouldSendOneRequestAtATimePerHostWithTheDelayBetween() throws Exception {
        use(fast().withPerHostDelay(Duration.ofMillis(200)));
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        site.on("/p", ex -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            sleep(50);
            inFlight.decrementAndGet();
            TestSite.send(ex, 200, "text/plain", "ok");
        });
        List<CompletableFuture<FetchResult>> all = List.of(
                fetcher.fetchAsync(site.uri("/p?1"), null), fetcher.fetchAsync(site.uri("/p?2"), null),
                fetcher.fetchAsync(site.uri("/p?3"), null));
        for (CompletableFuture<FetchResult> f : all) {
            assertEquals("ok", f.get(10, TimeUnit.SECONDS).text());
        }
        assertEquals(1, maxInFlight.get());
        List<TestSite.Seen> seen = site.requestsTo("/p?1").isEmpty() ? List.of() : site.requests.stream()
                .filter(r -> r.path().startsWith("/p?")).toList();
        assertEquals(3, seen.size());
        for (int i = 1; i < seen.size(); i++) {
            long gapMs = TimeUnit.NANOSECONDS.toMillis(seen.get(i).atNanos() - seen.get(i - 1).atNanos());
            assertTrue(gapMs >= 200, "requests " + gapMs + " ms apart, less than the per-host delay");
        }
    }

    @Test
    void shouldRetryA500AndReturnTheLater200() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.on("/flaky", ex -> {
            if (calls.incrementAndGet() == 1) {
                TestSite.send(ex, 500, "text/plain", "oops");
            } else {
                TestSite.send(ex, 200, "text/plain", "fine");
            }
        });
        assertEquals("fine", fetcher.fetch(site.uri("/flaky")).text());
        assertEquals(2, calls.get());
    }

    @Test
    void shouldHonourRetryAfterOfA429() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.on("/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "2");
                TestSite.send(ex, 429, "text/plain", "slow down");
            } else {
                TestSite.send(ex, 200, "text/plain", "fine");
            }
        });
        assertEquals("fine", fetcher.fetch(site.uri("/busy")).text());
        List<TestSite.Seen> seen = site.requestsTo("/busy");
        long gapMs = TimeUnit.NANOSECONDS.toMillis(seen.get(1).atNanos() - seen.get(0).atNanos());
        assertTrue(gapMs >= 2000, "retried after " + gapMs + " ms, not the 2 s asked for");
    }

    @Test
    void shouldGiveUpAtOnceWhenRetryAfterIsLongerThanTheLongestBackoff() {
        site.on("/later", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            TestSite.send(ex, 503, "text/plain", "maintenance");
        });
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(site.uri("/later")));
        assertEquals(FetchException.Kind.HTTP_STATUS, e.kind());
        assertEquals(503, e.status());
        assertEquals(1, site.requestsTo("/later").size());
    }

    @Test
    void shouldReportTheStatusWhenRetriesRunOut() {
        use(fast().withRetries(1, Duration.ofSeconds(2)));
        site.on("/broken", ex -> TestSite.send(ex, 502, "text/plain", "bad gateway"));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(site.uri("/broken")));
        assertEquals(FetchException.Kind.HTTP_STATUS, e.kind());
        assertEquals(502, e.status());
        assertEquals(2, site.requestsTo("/broken").size());
    }

    @Test
    void shouldNotRetryA404() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(site.uri("/missing")));
        assertEquals(FetchException.Kind.HTTP_STATUS, e.kind());
        assertEquals(404, e.status());
        assertEquals(1, site.requestsTo("/missing").size());
    }

    @Test
    void shouldGetA304ForAnUnchangedPageWhenSendingItsValidators() throws Exception {
        site.on("/feed.xml", ex -> {
            String etag = ex.getRequestHeaders().getFirst("If-None-Match");
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT");
            TestSite.send(ex, "\"v1\"".equals(etag) ? 304 : 200, "application/rss+xml", "<rss/>");
        });
        FetchResult first = fetcher.fetch(site.uri("/feed.xml"));
        assertEquals(200, first.status());
        assertEquals(new CacheValidators("\"v1\"", "Tue, 01 Dec 2026 10:00:00 GMT"), first.validators());

        FetchResult second = fetcher.fetch(site.uri("/feed.xml"), first.validators());
        assertTrue(second.notModified());
        assertEquals(0, second.body().length);
        assertEquals(first.validators(), second.validators());
        assertEquals("Tue, 01 Dec 2026 10:00:00 GMT", site.requestsTo("/feed.xml").get(1).header("If-modified-since"));
    }

    @Test
    void shouldAskForGzipAndDecompressIt() throws Exception {
        String page = "<p>" + "compressible text ".repeat(500) + "</p>";
        site.on("/z.html", ex -> {
            byte[] gz = gzip(page.getBytes(StandardCharsets.UTF_8));
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, gz.length);
            ex.getResponseBody().write(gz);
        });
        FetchResult r = fetcher.fetch(site.uri("/z.html"));
        assertEquals(page, r.text());
        assertEquals("gzip", site.requestsTo("/z.html").get(0).header("Accept-encoding"));
    }

    @Test
    void shouldRefuseABodyOverTheLimitWhetherDeclaredStreamedOrCompressed() throws Exception {
        use(fast().withMaxBytes(64 * 1024));
        byte[] big = new byte[200 * 1024];
        site.on("/declared", ex -> {
            ex.sendResponseHeaders(200, big.length);
            ex.getResponseBody().write(big);
        });
        AtomicInteger written = new AtomicInteger();
        site.on("/endless", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked, no length: only counting can stop it
            byte[] chunk = new byte[16 * 1024];
            try {
                for (int i = 0; i < 50 * 64; i++) { // 50 MB if nobody stops it
                    ex.getResponseBody().write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException closedByTheClient) {
                // what the test expects
            }
        });
        site.on("/bomb", ex -> {
            byte[] gz = gzip(new byte[20 * 1024 * 1024]);
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, gz.length);
            ex.getResponseBody().write(gz);
        });
        for (String path : List.of("/declared", "/endless", "/bomb")) {
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(site.uri(path)), path);
            assertEquals(FetchException.Kind.TOO_LARGE, e.kind(), path);
        }
        assertTrue(written.get() < 50 * 1024 * 1024, "the endless body was not read to its end");
    }

    @Test
    void shouldFollowARedirectButNotALoop() throws Exception {
        site.on("/old", ex -> redirect(ex, "/new"));
        site.page("/new", "text/plain", "moved here");
        site.on("/a", ex -> redirect(ex, "/b"));
        site.on("/b", ex -> redirect(ex, "/a"));
        FetchResult r = fetcher.fetch(site.uri("/old"));
        assertEquals("moved here", r.text());
        assertEquals(site.uri("/old"), r.requested());
        assertEquals(site.uri("/new"), r.uri());
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(site.uri("/a")));
        assertEquals(FetchException.Kind.REDIRECT, e.kind());
        assertTrue(site.requestsTo("/a").size() <= 2);
    }

    @Test
    void shouldStopAfterTheLimitOfRedirects() {
        use(fast().withMaxRedirects(3));
        for (int i = 0; i < 10; i++) {
            int next = i + 1;
            site.on("/r" + i, ex -> redirect(ex, "/r" + next));
        }
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(site.uri("/r0")));
        assertEquals(FetchException.Kind.REDIRECT, e.kind(), e.getMessage() + site.requests);
        assertEquals(List.of(), site.requestsTo("/r4"));
    }

    @Test
    void shouldNeverFollowARedirectOutOfHttp() {
        site.on("/evil", ex -> redirect(ex, "file:///etc/passwd"));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(site.uri("/evil")));
        assertEquals(FetchException.Kind.REDIRECT, e.kind());
    }

    @Test
    void shouldRefuseWhatIsNotAnHttpUrl() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create("ftp://example.org/x")));
        assertEquals(FetchException.Kind.INVALID_URL, e.kind());
    }

    @Test
    void shouldReportARefusedConnectionAsNetwork() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetch(URI.create("http://127.0.0.1:" + port + "/x")));
        assertEquals(FetchException.Kind.NETWORK, e.kind());
        assertNull(null);
    }

    @Test
    void shouldFailWaitingRequestsWhenClosed() throws Exception {
        site.on("/hang", ex -> sleep(10_000));
        CompletableFuture<FetchResult> first = fetcher.fetchAsync(site.uri("/hang"), null);
        awaitRequest(site, "/hang");
        CompletableFuture<FetchResult> queued = fetcher.fetchAsync(site.uri("/hang"), null);
        fetcher.close();
        FetchException e = PoliteFetcher.asFetchException(
                assertThrows(Exception.class, () -> queued.get(10, TimeUnit.SECONDS)), null);
        assertEquals(FetchException.Kind.CANCELLED, e.kind());
        assertThrows(Exception.class, () -> first.get(10, TimeUnit.SECONDS));
        assertArrayEquals(new int[] {1}, new int[] {site.requestsTo("/hang").size()});
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static void awaitRequest(TestSite site, String path) throws InterruptedException {
        for (int i = 0; i < 500 && site.requestsTo(path).isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertFalse(site.requestsTo(path).isEmpty(), "the request reached the site");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
