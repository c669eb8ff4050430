package io.newsflow.ingest.read;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Plain text out of HTML: what a reader sees, without scripts, styles or page furniture, paragraphs kept apart. */
final class HtmlText {

    /** Never text of the article. Forms stay: some sites wrap the whole page in one. */
    private static final String NON_CONTENT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "nav, header, footer, aside, button, input, select, textarea, dialog, [hidden], [aria-hidden=true]";

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "pre",
            "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
            "figcaption", "hr", "address", "body");

    private HtmlText() {
    }

    static void dropNonContent(Element root) {
        root.select(NON_CONTENT).remove();
    }

    /** The text of an HTML fragment (a feed item's description or content), blocks as paragraphs. */
    static String fragmentToText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        dropNonContent(body);
        return blockText(body);
    }

    /** A title that may carry markup or entities ("AT&amp;amp;T"): its text on one line. */
    static String inlineText(String s) {
        if (s == null || (s.indexOf('<') < 0 && s.indexOf('&') < 0)) {
            return s;
        }
        return Jsoup.parseBodyFragment(s).body().text();
    }

    /** The text under {@code root}: block elements become paragraphs, {@code <br>} a line break. */
    static String blockText(Element root) {
        StringBuilder sb = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    sb.append(text.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        sb.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        sb.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append("\n\n");
                }
            }
        });
        return Texts.body(sb.toString());
    }
}
