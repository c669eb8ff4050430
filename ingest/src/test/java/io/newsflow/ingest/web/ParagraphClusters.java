package io.newsflow.ingest.web;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A candidate main-text method kept for the comparison (docs/page-extraction.md), in the manner of jusText and
 * boilerpipe: the pruned page is cut into text blocks in reading order; a block is content when it has at least
 * eight words and little link text; the run of blocks with the most content text, bridging up to two short
 * non-link blocks (subheads, list items), is the article.
 */
final class ParagraphClusters {

    private record Block(String text, int words, double linkDensity) {
        boolean content() {
            return words >= 8 && linkDensity < 0.33;
        }

        boolean bridge() {
            return linkDensity < 0.33 && words > 0;
        }
    }

    private ParagraphClusters() {
    }

    static String of(Document doc, String title) {
        Boilerplate.prune(doc);
        List<Block> blocks = blocks(doc.body());
        int bestStart = -1;
        int bestEnd = -1;
        long bestChars = 0;
        int i = 0;
        while (i < blocks.size()) {
            if (!blocks.get(i).content()) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            long chars = 0;
            int gap = 0;
            for (int j = i; j < blocks.size(); j++) {
                Block b = blocks.get(j);
                if (b.content()) {
                    chars += b.text().length();
                    end = j;
                    gap = 0;
                } else if (b.bridge() && ++gap <= 2) {
                    continue;
                } else {
                    break;
                }
            }
            if (chars > bestChars) {
                bestChars = chars;
                bestStart = start;
                bestEnd = end;
            }
            i = end + 1;
        }
        if (bestStart < 0) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (Block b : blocks.subList(bestStart, bestEnd + 1)) {
            if (b.bridge() && (title == null || !b.text().equalsIgnoreCase(title.strip()))) {
                out.add(b.text());
            }
        }
        return String.join("\n\n", out);
    }

    private static List<Block> blocks(Element root) {
        List<Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        int[] inLink = {0};
        Runnable flush = () -> {
            String t = text.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!t.isEmpty()) {
                out.add(new Block(t, t.split(" ").length, Math.min(1, linkChars[0] / (double) t.length())));
            }
            text.setLength(0);
            linkChars[0] = 0;
        };
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                    if (inLink[0] > 0) {
                        linkChars[0] += t.text().strip().length();
                    }
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        inLink[0]++;
                    } else if (e.normalName().equals("br")) {
                        if (text.toString().endsWith("\u0001")) {
                            text.setLength(text.length() - 1);
                            flush.run();
                        } else {
                            text.append('\u0001');
                        }
                    } else if (MainText.BLOCKS.contains(e.normalName())) {
                        flush.run();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        inLink[0]--;
                    } else if (MainText.BLOCKS.contains(e.normalName())) {
                        flush.run();
                    }
                }
            }
        });
        flush.run();
        out.replaceAll(b -> new Block(b.text().replace("\u0001", " ").strip(), b.words(), b.linkDensity()));
        return out;
    }
}
