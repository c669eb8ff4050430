package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Settings;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.ingest.follow.FollowService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest --follow} on the in-JVM broker against local web servers: growing feeds, 304s, failing and hanging hosts. */
class FollowServiceIT {

    static final String TEXT = "The city council approved a new budget for the coming year on Monday evening after a long debate "
            + "that lasted well into the night and drew a large crowd of residents to the town hall.\n\n"
            + "The budget raises spending on schools and road repairs, and the mayor said the plan would keep taxes "
            + "flat for most households while paying down part of the debt left by the previous administration.\n\n"
            + "Opposition members argued that the spending plan relies on optimistic revenue forecasts, but the "
            + "measure passed by seven votes to four and takes effect at the start of the fiscal year in July.";

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final String rawTopic = SharedBroker.newTopic("follow-raw", 1);
    private final String stateTopic = "follow-state-" + System.nanoTime();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private NewsSite site() throws Exception {
        NewsSite s = new NewsSite();
        open.add(s);
        return s;
    }

    private FollowService follow(String... sourcesAndOptions) throws Exception {
        List<String> args = new ArrayList<>(List.of("--follow", "--bootstrap-servers", SharedBroker.get().bootstrapServers(),
                "--topic", rawTopic, "--state-topic", stateTopic, "--poll-interval", "1s", "--per-host-delay", "0s",
                "--fetch-retries", "0", "--http-read-timeout", "2s", "--fetch-timeout", "3s", "--shutdown-timeout", "5s",
                "--admin-port", "0", "--max-attempts", "2", "--min-body-chars", "200"));
        args.addAll(List.of(sourcesAndOptions));
        FollowService service = FollowService.create(Settings.parse(io.newsflow.ingest.IngestService.SETTINGS,
                args.toArray(String[]::new), Map.of()));
        CountDownLatch done = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            service.run();
            done.countDown();
        }, "follow-under-test");
        t.start();
        open.add(() -> {
            service.close();
            assertTrue(done.await(30, TimeUnit.SECONDS), "follow did not stop");
        });
        return service;
    }

    private List<RawArticle> published() {
        return TopicContents.readAll(SharedBroker.get().bootstrapServers(), rawTopic).stream()
                .map(r -> Serdes.RAW.fromBytes(r.value())).toList();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static Map<String, Long> countsById(List<RawArticle> articles) {
        return articles.stream().collect(Collectors.groupingBy(RawArticle::id, Collectors.counting()));
    }

    private static String metrics(FollowService service) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.adminPort()
                + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void shouldPublishEachNewItemOfAGrowingFeedOnceWithThePagesArticleText() throws Exception {
        NewsSite site = site();
        site.addArticle("budget", "Council approves budget", TEXT);
        site.addArticle("bridge", "Bridge reopens", TEXT.replace("budget", "bridge"));
        FollowService service = follow(site.feedUrl());

        await("the first two articles", () -> published().size() >= 2);
        site.addArticle("school", "New school opens", TEXT.replace("budget", "school"));
        await("the new article", () -> published().size() >= 3);
        await("a 304 for the unchanged feed", () -> site.notModified.get() >= 2);

        List<RawArticle> got = published();
        assertEquals(3, got.size(), got::toString);
        assertTrue(countsById(got).values().stream().allMatch(n -> n == 1), got::toString);
        RawArticle budget = got.stream().filter(a -> a.url().endsWith("/news/budget")).findFirst().orElseThrow();
        assertEquals("Council approves budget", budget.title());
        assertTrue(budget.body().contains("seven votes to four"), budget.body());
        assertFalse(budget.body().contains("Subscribe"), budget.body());
        assertFalse(budget.body().contains("All rights reserved"), budget.body());
        assertFalse(budget.body().contains("Share on"), budget.body());
        assertTrue(budget.publishedAt().startsWith("2022-01-10T09:30"), budget.publishedAt());
        String label = site.feedUrl();
        String scrape = metrics(service);
        assertTrue(scrape.contains("newsflow_source_items_published_total{service=\"ingest\",source=\"" + label + "\"} 3.0")
                || scrape.contains("newsflow_source_items_published_total{source=\"" + label + "\",service=\"ingest\"} 3.0"), scrape);
        assertTrue(scrape.contains("newsflow_source_not_modified_total"), scrape);
    }

    @Test
    void shouldServeTheHttpIntakeBesideTheFollowedSourcesInOneProcess() throws Exception {
        NewsSite site = site();
        site.addArticle("budget", "Council approves budget", TEXT);
        FollowService service = follow(site.feedUrl(), "--http-port", "0", "--http-token", "secret", "--source", "posted");
        await("the HTTP intake", () -> service.httpPort() > 0);

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.httpPort() + "/articles"))
                .header("Authorization", "Bearer secret").header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"posted-1\",\"title\":\"Posted\",\"body\":\""
                        + "Sent to the intake while the feed is followed.\"}\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, answer.statusCode(), answer.body());
        await("the followed feed's article", () -> published().stream().anyMatch(a -> a.url() != null
                && a.url().endsWith("/news/budget")));

        List<RawArticle> got = published();
        assertEquals(2, got.size(), got::toString);
        RawArticle posted = got.stream().filter(a -> a.id().equals("posted-1")).findFirst().orElseThrow();
        assertEquals("posted", posted.source(), "the intake takes ingest's defaults");
        assertTrue(got.stream().anyMatch(a -> a.title().equals("Council approves budget")), got::toString);
        assertEquals(401, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + service.httpPort() + "/articles")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "the token is required");
    }

    @Test
    void shouldPublishNothingAgainAfterARestart() throws Exception {
        NewsSite site = site();
        site.addArticle("budget", "Council approves budget", TEXT);
        site.addArticle("bridge", "Bridge reopens", TEXT.replace("budget", "bridge"));
        FollowService first = follow(site.feedUrl());
        await("both articles", () -> published().size() >= 2);
        first.close();

        int feedRequestsBefore = site.feedRequests.get();
        follow(site.feedUrl());
        await("two polls of the restarted service", () -> site.feedRequests.get() >= feedRequestsBefore + 2);
        site.addArticle("school", "New school opens", TEXT.replace("budget", "school"));
        await("the new article", () -> published().size() >= 3);
        Thread.sleep(1500); // a duplicate would come with the next poll

        assertEquals(3, published().size(), () -> published().toString());
    }

    @Test
    void shouldRetryAPageThatFailedOnALaterPollAndGiveUpOnOneThatKeepsFailing() throws Exception {
        NewsSite site = site();
        site.on("/news/flaky", (ex, hit) -> {
            if (hit == 1) {
                NewsSite.send(ex, 500, "text/plain", "oops");
            } else {
                NewsSite.send(ex, 200, "text/html", NewsSite.page("Flaky page", TEXT));
            }
        });
        site.on("/news/gone", (ex, hit) -> NewsSite.send(ex, 500, "text/plain", "down"));
        site.addItemAt("/news/flaky", "Flaky page");
        site.addItemAt("/news/gone", "Gone page");
        FollowService service = follow(site.feedUrl());

        await("the flaky page on its second attempt", () -> published().size() >= 1);
        await("the failing page given up", () -> {
            try {
                return metrics(service).contains("newsflow_source_items_given_up_total{service=\"ingest\",source=\""
                        + site.feedUrl() + "\"} 1.0");
            } catch (Exception e) {
                return false;
            }
        });
        int goneHits = site.hits.get("/news/gone").get();
        Thread.sleep(2500);

        assertEquals(List.of("Flaky page"), published().stream().map(RawArticle::title).toList());
        assertEquals(2, goneHits, "two attempts (--max-attempts 2)");
        assertEquals(2, site.hits.get("/news/gone").get(), "a given-up page is not fetched again");
        assertTrue(metrics(service).contains("kind=\"http-status\""));
    }

    @Test
    void shouldNotLetAHangingSourceDelayTheOthers() throws Exception {
        NewsSite hanging = site();
        CountDownLatch release = new CountDownLatch(1);
        open.add(release::countDown);
        hanging.on("/feed.xml", (ex, hit) -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        NewsSite good = site();
        good.addArticle("budget", "Council approves budget", TEXT);
        follow(hanging.feedUrl(), good.feedUrl());

        await("the good source's article", () -> published().size() >= 1);
        good.addArticle("bridge", "Bridge reopens", TEXT.replace("budget", "bridge"));
        await("the good source's next article", () -> published().size() >= 2);
        assertTrue(good.feedRequests.get() >= 2);
    }

    @Test
    void shouldIngestAFileRenamedIntoAFollowedDirectoryOnce() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        follow(inbox.toString());
        Path tmp = inbox.resolve(".incoming.tmp");
        Files.writeString(tmp, "{\"title\":\"Dropped in\",\"body\":\"A file renamed into the directory.\",\"url\":\"https://x.example/1\"}\n");
        Files.move(tmp, inbox.resolve("batch.jsonl"), StandardCopyOption.ATOMIC_MOVE);

        await("the file's article", () -> published().size() >= 1);
        Thread.sleep(2500); // two more polls

        assertEquals(List.of("Dropped in"), published().stream().map(RawArticle::title).toList());
    }

    @Test
    void shouldFollowNewsSitemapsAndSourcesAddedToTheSourcesFile() throws Exception {
        NewsSite site = site();
        site.addArticle("budget", "Council approves budget", TEXT); // serves the page; the feed is not followed
        AtomicInteger sitemapHits = new AtomicInteger();
        site.on("/sitemap.xml", (ex, hit) -> {
            sitemapHits.incrementAndGet();
            NewsSite.send(ex, 200, "application/xml", "<?xml version=\"1.0\"?>"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                    + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + site.base()
                    + "/news/budget</loc><news:news><news:publication><news:name>Local Daily</news:name>"
                    + "<news:language>en</news:language></news:publication>"
                    + "<news:publication_date>2022-01-10T09:30:00Z</news:publication_date>"
                    + "<news:title>Council approves budget</news:title></news:news></url></urlset>");
        });
        site.on("/index.xml", (ex, hit) -> NewsSite.send(ex, 200, "application/xml", "<?xml version=\"1.0\"?>"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" + site.base()
                + "/sitemap.xml</loc></sitemap></sitemapindex>"));
        Path sources = Files.writeString(dir.resolve("sources.txt"), "# none yet\n");
        follow("--sources", sources.toString());

        Thread.sleep(1500);
        assertTrue(published().isEmpty());
        Files.writeString(sources, "# the index lists the sitemap\n" + site.base() + "/index.xml interval=1s source=local-daily\n");

        await("the sitemap's article", () -> published().size() >= 1);
        Thread.sleep(2500);
        List<RawArticle> got = published();
        assertEquals(1, got.size(), got::toString);
        assertEquals("local-daily", got.get(0).source());
        assertTrue(got.get(0).body().contains("seven votes to four"));
        assertTrue(sitemapHits.get() >= 2, "re-read on every poll");
    }

    @Test
    void shouldPublishTheItemsOfHostileFeedsWithoutTheirEntitiesAndKeepPolling() throws Exception {
        NewsSite site = site();
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
        StringBuilder laughs = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String longBody = TEXT.replace("\n\n", " ");
        site.on("/xxe.xml", (ex, hit) -> NewsSite.send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE rss [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">" + laughs + "]>"
                + "<rss version=\"2.0\"><channel><title>x</title><item><title>Leak &file;</title>"
                + "<link>https://hostile.example/1</link><description>" + longBody + " &file; &lol9;</description>"
                + "</item></channel></rss>"));
        follow(site.base() + "/xxe.xml");

        await("the hostile feed's item", () -> published().size() >= 1);
        await("more polls", () -> site.hits.get("/xxe.xml").get() >= 3);

        String everything = published().toString();
        assertEquals(1, published().size(), everything);
        assertFalse(everything.contains("TOP-SECRET"), everything);
        assertFalse(everything.contains("lollol"), everything);
    }

    /**
     * A SIGKILL between the publish and the state write leaves the article published but not remembered: the state
     * topic is put in that position by deleting the item's record, and the restarted service publishes the article
     * again with the same id and key, and nothing else again.
     */
    @Test
    void shouldPublishAnArticleAgainWithTheSameIdWhenItsStateWriteWasLost() throws Exception {
        NewsSite site = site();
        site.addArticle("budget", "Council approves budget", TEXT);
        site.addArticle("bridge", "Bridge reopens", TEXT.replace("budget", "bridge"));
        FollowService first = follow(site.feedUrl());
        await("both articles", () -> published().size() >= 2);
        first.close();
        String lostKey = "item " + site.feedUrl() + " " + io.newsflow.core.ArticleIds.canonicalUrl(site.base() + "/news/budget");
        java.util.Properties p = new java.util.Properties();
        p.put("bootstrap.servers", SharedBroker.get().bootstrapServers());
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, byte[]>(p,
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(stateTopic, lostKey, null)).get();
        }

        follow(site.feedUrl());
        await("the article whose state was lost, again", () -> published().size() >= 3);
        Thread.sleep(2000);

        List<RawArticle> got = published();
        assertEquals(3, got.size(), got::toString);
        Map<String, Long> byId = countsById(got);
        RawArticle budget = got.stream().filter(a -> a.url().endsWith("/news/budget")).findFirst().orElseThrow();
        assertEquals(2L, byId.get(budget.id()), "the same id twice");
        assertEquals(1L, byId.values().stream().filter(n -> n == 1).count(), "the other article once");
        var keys = TopicContents.readAll(SharedBroker.get().bootstrapServers(), rawTopic).stream()
                .map(r -> new String(r.key(), java.nio.charset.StandardCharsets.UTF_8)).toList();
        assertEquals(2, keys.stream().filter(budget.id()::equals).count(), "under the same key");
    }
}
