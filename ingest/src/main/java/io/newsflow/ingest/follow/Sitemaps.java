package io.newsflow.ingest.follow;

import io.newsflow.core.xml.SafeXml;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * News sitemaps ({@code <urlset>}, with Google's {@code news:news} title, date and language when present) and
 * sitemap indexes ({@code <sitemapindex>}), read as a stream with {@link SafeXml}: a sitemap of 50,000 URLs costs the
 * entries kept, not a document tree, and at most {@code maxEntries} are kept.
 */
final class Sitemaps {

    /** One {@code <url>}: its page, and what the news extension says of it (null when absent). */
    record Entry(String loc, String title, String publishedAt, String language) {
    }

    /** A parsed sitemap: entries of a urlset, or the child sitemaps of an index. */
    record Sitemap(boolean index, List<Entry> entries, List<String> children) {
    }

    private Sitemaps() {
    }

    /** Whether the bytes start like a sitemap (its root element), without parsing them all. */
    static boolean looksLikeSitemap(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 2048), java.nio.charset.StandardCharsets.UTF_8);
        return s.contains("<urlset") || s.contains("<sitemapindex") || s.contains(":urlset") || s.contains(":sitemapindex");
    }

    static Sitemap parse(byte[] bytes, int maxEntries) throws XMLStreamException {
        XMLStreamReader r = SafeXml.streamReader(new ByteArrayInputStream(bytes));
        try {
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // the prolog
            }
            if (!r.isStartElement()) {
                throw new XMLStreamException("no root element");
            }
            String root = r.getLocalName();
            if (!root.equals("urlset") && !root.equals("sitemapindex")) {
                throw new XMLStreamException("not a sitemap (root element <" + root + ">)");
            }
            boolean index = root.equals("sitemapindex");
            List<Entry> entries = new ArrayList<>();
            List<String> children = new ArrayList<>();
            String loc = null;
            String title = null;
            String date = null;
            String lastmod = null;
            String language = null;
            while (r.hasNext() && entries.size() + children.size() < maxEntries) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "url", "sitemap" -> {
                            loc = null;
                            title = null;
                            date = null;
                            lastmod = null;
                            language = null;
                        }
                        case "loc" -> loc = text(r);
                        case "title" -> title = text(r);
                        case "publication_date" -> date = text(r);
                        case "lastmod" -> lastmod = text(r);
                        case "language" -> language = text(r);
                        default -> {
                            // other extensions (images, videos, alternates) are not articles
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && loc != null) {
                    if (r.getLocalName().equals("url")) {
                        entries.add(new Entry(loc, title, date != null ? date : lastmod, language));
                        loc = null;
                    } else if (r.getLocalName().equals("sitemap")) {
                        children.add(loc);
                        loc = null;
                    }
                }
            }
            return new Sitemap(index, entries, children);
        } finally {
            r.close();
        }
    }

    /** The element's text; entity references (never expanded) contribute nothing. */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (sb.length() < 4096) {
                    sb.append(r.getText());
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        String t = sb.toString().strip();
        return t.isEmpty() ? null : t;
    }
}
