package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.schema.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds through the shipped jar, whose classpath holds CoreNLP's Xerces: the module's own tests cannot see a parser
 * that wins the JAXP lookup there. Hostile feeds (XXE, billion laughs) publish nothing from their entities.
 */
class FeedIntakeJarIT {

    @TempDir
    static Path work;

    private static LocalKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = LocalKafkaBroker.start(work.resolve("broker"), 0);
        broker.createTopics(Map.of(Topics.RAW, 1));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    static String rss(String extraDoctype, String... items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n").append(extraDoctype)
                .append("<rss version=\"2.0\"><channel><title>Local news</title><link>https://local.example/</link>\n");
        for (String item : items) {
            sb.append(item).append('\n');
        }
        return sb.append("</channel></rss>\n").toString();
    }

    static String item(String slug, String title, String body) {
        return "<item><title>" + title + "</title><link>https://local.example/" + slug + "</link>"
                + "<description>" + body + "</description><pubDate>Mon, 10 Jan 2022 08:00:00 GMT</pubDate></item>";
    }

    @Test
    void shouldPublishNormalAndHostileFeedsThroughTheJarWithoutAnyEntityContent() throws Exception {
        Path secret = Files.writeString(work.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
        StringBuilder laughs = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path normal = Files.writeString(work.resolve("normal.xml"), rss("",
                item("a", "Council approves budget", "The council approved the budget on Monday."),
                item("b", "Bridge reopens", "The bridge reopened after two years of repairs.")));
        Path xxe = Files.writeString(work.resolve("xxe.xml"), rss(
                "<!DOCTYPE rss [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">]>\n",
                item("c", "Leak &file;", "Body &file; stays clean.")));
        Path bomb = Files.writeString(work.resolve("laughs.xml"), rss("<!DOCTYPE rss [" + laughs + "]>\n",
                item("d", "Laughs", "Before &lol9; after.")));

        try (ServiceProcess ingest = new ServiceProcess(work.resolve("ingest.log"), "ingest",
                "--bootstrap-servers", broker.bootstrapServers(), normal.toString(), xxe.toString(), bomb.toString())) {
            ingest.start();
            assertTrue(ingest.waitFor(120), "ingest did not finish");
            assertEquals(0, ingest.exitValue(), ingest::log);
            assertFalse(ingest.log().contains("accessExternalDTD"), ingest::log);

            List<RawArticle> got = RawRecords.read(broker.bootstrapServers(), Topics.RAW, 4, Duration.ofSeconds(1), Duration.ofSeconds(30));
            Set<String> urls = got.stream().map(RawArticle::url).collect(Collectors.toSet());
            assertEquals(Set.of("https://local.example/a", "https://local.example/b", "https://local.example/c",
                    "https://local.example/d"), urls);
            String everything = got.toString();
            assertFalse(everything.contains("TOP-SECRET"), everything);
            assertFalse(everything.contains("lollol"), everything);
            RawArticle d = got.stream().filter(a -> a.url().endsWith("/d")).findFirst().orElseThrow();
            assertEquals("Before after.", d.body().replaceAll("\\s+", " "));
        }
    }

    @Test
    void shouldPublishEachItemOfAFollowedFeedOnceAcrossSigtermAndSigkill() throws Exception {
        String topic = "follow.raw";
        broker.createTopics(Map.of(topic, 1));
        List<String> items = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger polls = new java.util.concurrent.atomic.AtomicInteger();
        String longText = " The council met for four hours and heard from residents about roads, schools and parks.".repeat(6);
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", ex -> {
            polls.incrementAndGet();
            byte[] body = rss("", items.toArray(String[]::new)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        String feed = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
        items.add(item("f1", "First story", "First." + longText));
        items.add(item("f2", "Second story", "Second." + longText));
        try (ServiceProcess ingest = new ServiceProcess(work.resolve("follow.log"), "ingest", "--follow",
                "--bootstrap-servers", broker.bootstrapServers(), "--topic", topic, "--state-topic", "follow.state",
                "--poll-interval", "1s", "--per-host-delay", "0s", "--shutdown-timeout", "5s", feed)) {
            ingest.start();
            awaitCount(topic, 2, ingest);
            assertTrue(ingest.terminate(30), "SIGTERM stops it");

            ingest.start();
            awaitPolls(polls, 2, ingest);
            items.add(item("f3", "Third story", "Third." + longText));
            awaitCount(topic, 3, ingest);
            ingest.kill();

            ingest.start();
            awaitPolls(polls, 3, ingest);
            List<RawArticle> got = RawRecords.read(broker.bootstrapServers(), topic, 3, Duration.ofSeconds(1), Duration.ofSeconds(30));
            Map<String, Long> counts = got.stream().collect(Collectors.groupingBy(RawArticle::url, Collectors.counting()));
            assertEquals(Map.of("https://local.example/f1", 1L, "https://local.example/f2", 1L,
                    "https://local.example/f3", 1L), counts, ingest::log);
        } finally {
            server.stop(0);
        }
    }

    private static void awaitCount(String topic, int n, ServiceProcess p) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (RawRecords.read(broker.bootstrapServers(), topic, 0, Duration.ZERO, Duration.ofMillis(500)).size() < n) {
            assertTrue(p.isAlive(), p::log);
            assertTrue(System.nanoTime() < deadline, () -> "timed out waiting for " + n + " articles\n" + p.log());
        }
    }

    /** Waits for {@code more} polls beyond those seen so far: the restarted process has read its state and polled. */
    private static void awaitPolls(java.util.concurrent.atomic.AtomicInteger polls, int more, ServiceProcess p)
            throws InterruptedException {
        int target = polls.get() + more;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (polls.get() < target) {
            assertTrue(p.isAlive(), p::log);
            assertTrue(System.nanoTime() < deadline, () -> "timed out waiting for polls\n" + p.log());
            Thread.sleep(100);
        }
    }
}
