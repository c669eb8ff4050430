package io.newsflow.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.schema.RawArticle;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedArticlesTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Example News</title>
                <link>https://www.example.com/</link>
                <language>en-us</language>
                <item>
                  <title>Bridge reopens</title>
                  <link>/news/bridge</link>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>The bridge reopened on Monday.</p><p>Traffic is back to <b>normal</b>.</p>]]></content:encoded>
                  <pubDate>Mon, 10 Jan 2022 08:15:00 GMT</pubDate>
                </item>
                <item>
                  <title>Rates &amp;amp; prices</title>
                  <guid isPermaLink="true">https://www.example.com/news/rates</guid>
                  <description>&lt;p&gt;Rates rose by 0.25 points.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description>
                  <dc:date>2022-01-11T09:00:00Z</dc:date>
                </item>
                <item>
                  <title>Only a title</title>
                  <link>https://www.example.com/news/empty</link>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
              <title>Exemple</title>
              <link href="https://atom.example.net/"/>
              <entry>
                <title type="html">Le pont &lt;em&gt;rouvre&lt;/em&gt;</title>
                <link rel="alternate" href="https://atom.example.net/pont"/>
                <link rel="edit" href="https://atom.example.net/edit/1"/>
                <id>tag:atom.example.net,2022:1</id>
                <published>2022-01-10T08:00:00-05:00</published>
                <summary>Résumé.</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Premier paragraphe.</p><p>Second.</p></div></content>
              </entry>
              <entry>
                <title>Texte</title>
                <id>https://atom.example.net/texte</id>
                <updated>2022-01-12T00:00:00Z</updated>
                <summary>Seulement un résumé.</summary>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    @Test
    void shouldReadEachRssItemWithItsContentAndDate() throws IOException {
        Reading r = Reading.of(write("news.rss", RSS).toString());

        assertEquals(2, r.articles().size(), r.failureText());
        RawArticle bridge = r.articles().get(0);
        assertEquals("Bridge reopens", bridge.title());
        assertEquals("The bridge reopened on Monday.\n\nTraffic is back to normal.", bridge.body());
        assertEquals("https://www.example.com/news/bridge", bridge.url());
        assertEquals("2022-01-10T08:15:00Z", bridge.publishedAt());
        assertEquals("example", bridge.source());
        assertEquals("en", bridge.language());

        RawArticle rates = r.articles().get(1);
        assertEquals("Rates & prices", rates.title());
        assertEquals("Rates rose by 0.25 points.", rates.body());
        assertEquals("https://www.example.com/news/rates", rates.url());
        assertEquals("2022-01-11T09:00:00Z", rates.publishedAt());

        assertEquals(List.of("item 3: no body text"), r.failures().stream().map(ReadFailure::reason).toList());
    }

    @Test
    void shouldReadAtomEntries() throws IOException {
        Reading r = Reading.of(write("news.atom", ATOM).toString());

        assertEquals(List.of(), r.failures());
        RawArticle pont = r.articles().get(0);
        assertEquals("Le pont rouvre", pont.title());
        assertEquals("Premier paragraphe.\n\nSecond.", pont.body());
        assertEquals("https://atom.example.net/pont", pont.url());
        assertEquals("2022-01-10T08:00:00-05:00", pont.publishedAt());
        assertEquals("fr", pont.language());
        assertEquals("example", pont.source());
        RawArticle texte = r.articles().get(1);
        assertEquals("Seulement un résumé.", texte.body());
        assertEquals("https://atom.example.net/texte", texte.url());
        assertEquals("2022-01-12T00:00:00Z", texte.publishedAt());
    }

    @Test
    void shouldNeverResolveExternalEntitiesOrLoadExternalDtds() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-PASSWORD");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY remote 'REMOTE-ENTITY'>".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String feed = "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE rss SYSTEM \"" + base + "/rss.dtd\" [\n"
                    + "  <!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                    + "  <!ENTITY web SYSTEM \"" + base + "/entity\">\n"
                    + "  <!ENTITY % param SYSTEM \"" + base + "/param.dtd\"> %param;\n"
                    + "]>\n"
                    + "<rss version=\"2.0\"><channel><title>x</title>\n"
                    + "<item><title>Leak &file;</title><description>Body &file; &web; &remote;</description></item>\n"
                    + "</channel></rss>\n";

            Reading r = Reading.of(write("xxe.xml", feed).toString());

            String everything = r.articles() + " " + r.failures();
            assertFalse(everything.contains("TOP-SECRET"), everything);
            assertFalse(everything.contains("REMOTE-ENTITY"), everything);
            assertEquals(0, requests.get(), "the parser fetched nothing");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shouldPublishTheItemsOfABillionLaughsFeedWithoutExpandingTheEntity() throws IOException {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [" + dtd + "]>\n"
                + "<rss version=\"2.0\"><channel><title>x</title>\n"
                + "<item><title>Laughs</title><link>https://example.com/a</link>"
                + "<description>Before &lol9; after.</description></item>\n"
                + "</channel></rss>\n";

        Reading r = Reading.of(write("laughs.xml", feed).toString());

        assertEquals("Before after.", r.only().body().replaceAll("\\s+", " "));
    }

    @Test
    void shouldReportXmlThatIsNotWellFormedOrNotAFeed() throws IOException {
        Reading r = Reading.of(write("broken.xml", "<rss><channel>\n<item></channel>").toString(),
                write("other.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>").toString());

        assertTrue(r.articles().isEmpty());
        assertTrue(r.failures().get(0).reason().startsWith("not well-formed XML"), r.failureText());
        assertEquals(2, r.failures().get(0).line());
        assertEquals("not an RSS or Atom feed (root element <catalog>)", r.failures().get(1).reason());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
