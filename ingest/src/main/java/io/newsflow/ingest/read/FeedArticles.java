package io.newsflow.ingest.read;

import io.newsflow.core.xml.SafeXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Articles from an RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom feed, one per item: link, title, the full content when the
 * feed carries it ({@code content:encoded}, Atom {@code content}) else the description or summary, and the date.
 * The parser comes from {@link SafeXml}: the JDK's, with no external entity, no external DTD and no entity
 * expansion, so a feed cannot make ingest read local files, call other hosts (XXE) or exhaust memory.
 */
final class FeedArticles {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private FeedArticles() {
    }

    /** @param feedUrl the URL the feed was fetched from, against which relative links resolve; null for a file */
    static Stream<Draft> read(byte[] bytes, String feedUrl, InputContext ctx) {
        Document doc;
        try {
            DocumentBuilder builder = SafeXml.documentBuilder();
            InputSource source = new InputSource(new ByteArrayInputStream(bytes));
            doc = builder.parse(source);
        } catch (SAXParseException e) {
            ctx.fail(Math.max(0, e.getLineNumber()), "not well-formed XML: " + clip(e.getMessage()));
            return Stream.empty();
        } catch (SAXException | IOException e) {
            ctx.fail(0, "cannot parse XML: " + clip(e.getMessage()));
            return Stream.empty();
        }
        Element root = doc.getDocumentElement();
        String kind = root.getLocalName() == null ? root.getTagName() : root.getLocalName();
        List<Draft> drafts = switch (kind) {
            case "rss", "RDF" -> rss(root, feedUrl);
            case "feed" -> atom(root, feedUrl);
            default -> {
                ctx.fail(0, "not an RSS or Atom feed (root element <" + kind + ">)");
                yield List.of();
            }
        };
        return drafts.stream(); // a feed without items is valid, and simply has no articles now
    }

    private static List<Draft> rss(Element root, String feedUrl) {
        Element channel = child(root, "channel");
        String channelLink = channel == null ? null : childText(channel, "link");
        String channelLanguage = channel == null ? null : firstNonBlank(childText(channel, "language"), lang(root));
        // Relative item links belong to the site the channel links to; the feed may be served from elsewhere.
        String base = channelLink != null && channelLink.matches("(?i)https?://.*") ? channelLink : feedUrl;
        String source = firstNonBlank(SiteNames.of(channelLink), SiteNames.of(feedUrl));
        List<Draft> out = new ArrayList<>();
        // RSS 2.0 nests the items in the channel, RSS 1.0 puts them beside it.
        List<Element> items = new ArrayList<>(children(root, "item"));
        if (channel != null) {
            items.addAll(children(channel, "item"));
        }
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            String link = childText(item, "link");
            if (link == null) {
                Element guid = child(item, "guid");
                if (guid != null && !"false".equalsIgnoreCase(guid.getAttribute("isPermaLink"))) {
                    link = text(guid);
                }
            }
            String body = firstNonBlank(childText(item, "encoded"), childText(item, "description"));
            out.add(Draft.extracted(
                    absolute(base, link),
                    source,
                    HtmlText.inlineText(childText(item, "title")),
                    HtmlText.fragmentToText(body),
                    firstNonBlank(childText(item, "language"), channelLanguage),
                    firstNonBlank(childText(item, "pubDate"), childText(item, "date")),
                    0,
                    "item " + (i + 1)));
        }
        return out;
    }

    private static List<Draft> atom(Element feed, String feedUrl) {
        String base = firstNonBlank(feed.getAttributeNS(XML_NS, "base"), feedUrl);
        String feedLink = absolute(base, alternateLink(feed));
        String source = firstNonBlank(SiteNames.of(feedLink), SiteNames.of(feedUrl));
        List<Draft> out = new ArrayList<>();
        int n = 0;
        for (Node node = feed.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element entry) || !"entry".equals(entry.getLocalName())) {
                continue;
            }
            n++;
            String entryBase = firstNonBlank(entry.getAttributeNS(XML_NS, "base"), base);
            String link = alternateLink(entry);
            if (link == null) {
                String id = childText(entry, "id");
                link = id != null && id.startsWith("http") ? id : null;
            }
            Element content = child(entry, "content");
            if (content != null && content.hasAttribute("src")) {
                content = null; // out-of-line content: only the summary is here
            }
            String body = atomText(content);
            if (body == null || body.isBlank()) {
                body = atomText(child(entry, "summary"));
            }
            out.add(Draft.extracted(
                    absolute(entryBase, link),
                    source,
                    atomText(child(entry, "title")),
                    body,
                    firstNonBlank(lang(entry), lang(feed)),
                    firstNonBlank(childText(entry, "published"), childText(entry, "updated")),
                    0,
                    "entry " + n));
        }
        return out;
    }

    /** Atom text constructs: type text (the default), html (escaped markup) or xhtml (inline markup). */
    private static String atomText(Element e) {
        if (e == null) {
            return null;
        }
        String type = e.getAttribute("type");
        return switch (type) {
            case "html", "text/html" -> HtmlText.fragmentToText(e.getTextContent());
            case "xhtml", "application/xhtml+xml" -> HtmlText.fragmentToText(xhtmlMarkup(e));
            default -> e.getTextContent();
        };
    }

    /** The inline XHTML re-serialized, so that its paragraphs stay paragraphs. */
    private static String xhtmlMarkup(Element e) {
        StringBuilder sb = new StringBuilder();
        appendMarkup(e, sb, false);
        return sb.toString();
    }

    private static void appendMarkup(Node node, StringBuilder sb, boolean self) {
        if (node instanceof Element el && self) {
            String name = el.getLocalName() == null ? el.getTagName() : el.getLocalName();
            sb.append('<').append(name).append('>');
            for (Node c = el.getFirstChild(); c != null; c = c.getNextSibling()) {
                appendMarkup(c, sb, true);
            }
            sb.append("</").append(name).append('>');
        } else if (node instanceof Element el) {
            for (Node c = el.getFirstChild(); c != null; c = c.getNextSibling()) {
                appendMarkup(c, sb, true);
            }
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            sb.append(node.getNodeValue().replace("&", "&amp;").replace("<", "&lt;"));
        }
    }

    private static String alternateLink(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element link && "link".equals(link.getLocalName())) {
                String rel = link.getAttribute("rel");
                if ((rel.isEmpty() || rel.equals("alternate")) && !link.getAttribute("href").isBlank()) {
                    return link.getAttribute("href").strip();
                }
            }
        }
        return null;
    }

    private static String absolute(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(link.strip());
            if (!uri.isAbsolute() && base != null && base.matches("(?i)https?://.*")) {
                return URI.create(base).resolve(uri).toString();
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static String lang(Element e) {
        String lang = e.getAttributeNS(XML_NS, "lang");
        return lang.isEmpty() ? null : lang;
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String childText(Element parent, String localName) {
        return text(child(parent, localName));
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().strip();
        return t.isEmpty() ? null : t;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String clip(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 160 ? t : t.substring(0, 160) + "...";
    }
}
