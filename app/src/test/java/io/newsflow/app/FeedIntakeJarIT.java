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
}
