package io.newsflow.ingest.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** A way to find a page's main text. The measured comparison of the candidates is in docs/page-extraction.md. */
interface MainText {

    /** The main text of {@code doc} (which it may modify), paragraphs separated by blank lines; "" when none. */
    String of(Document doc, String title);

    /** The method kept after measuring. */
    MainText BEST = MainText::textDensity;

    Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li",
            "dl", "dt", "dd", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "hr",
            "address", "body", "form");

    /**
     * Text density: furniture pruned by tag, role, class and id; then every paragraph-like element (a {@code <p>}
     * or an element with text of its own) of 25 characters or more scores by its length and commas, credited to its
     * parent in full and to its grandparent by half; the container with the best score, discounted by the share of
     * its text that is link text, holds the article; its paragraphs that are mostly links are dropped.
     */
    static String textDensity(Document doc, String title) {
        Boilerplate.prune(doc);
        return densest(doc, title);
    }

    /** {@link #textDensity} on a page whose furniture is not pruned first (for the measurements). */
    static String densest(Document doc, String title) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element e : doc.body().getAllElements()) {
            boolean paragraph = e.normalName().equals("p") || e.normalName().equals("pre")
                    || e.normalName().equals("blockquote") || ownTextLength(e) >= 25;
            if (!paragraph) {
                continue;
            }
            String text = e.normalName().equals("p") ? e.text() : e.ownText();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + text.split(",").length + Math.min(text.length() / 100.0, 3);
            Element parent = e.normalName().equals("p") ? e.parent() : e;
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null && parent != e) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> c : scores.entrySet()) {
            double s = c.getValue() * (1 - linkDensity(c.getKey()));
            if (s > bestScore) {
                bestScore = s;
                best = c.getKey();
            }
        }
        if (best == null) {
            return blockText(doc.body(), title);
        }
        // "Read more: <link>" lines and link lists inside the article are not its text.
        best.select("p, li, div").stream()
                .filter(e -> !e.select("a").isEmpty() && linkDensity(e) > 0.5)
                .toList()
                .forEach(Element::remove);
        return blockText(best, title);
    }

    static int ownTextLength(Element e) {
        int n = 0;
        for (TextNode t : e.textNodes()) {
            n += t.text().strip().length();
        }
        return n;
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 1;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, links / (double) all);
    }

    /**
     * The text under {@code root}: block elements become paragraphs, {@code <br>} a line break, and the headline
     * (a heading equal to the title) is left out since it is the title.
     */
    /** The headline, also when the title around it names the site ("Herald: Record crowds ..."). */
    static boolean isHeadline(String paragraph, String title) {
        if (title == null) {
            return false;
        }
        String p = paragraph.toLowerCase(java.util.Locale.ROOT);
        String t = title.strip().toLowerCase(java.util.Locale.ROOT);
        return p.equals(t) || (p.length() >= 12 && p.length() < 200 && t.contains(p));
    }

    static String blockText(Element root, String title) {
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
        List<String> paragraphs = new ArrayList<>();
        for (String p : sb.toString().split("\n\\s*\n")) {
            String clean = p.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!clean.isEmpty() && !isHeadline(clean, title)) {
                paragraphs.add(clean);
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
