package io.newsflow.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.schema.Mention;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figure gold set ({@code eval/figures/dev.jsonl} and {@code heldout.jsonl}, format and guidelines in
 * {@code eval/figures/README.md}): one article per line, with every figure a person annotated in it.
 */
public final class FigureGold {

    public static final String DEV = "dev";
    public static final String HELD_OUT = "heldout";

    /** One gold article: the text, where it comes from, and its figures. Missing labels read as "unknown". */
    public record Article(String id, String split, String source, String style, String topic, String title,
                          String body, String publishedAt, List<FigureMatch.Item> figures) {

        public String field(String name) {
            return Mention.TITLE.equals(name) ? title : body;
        }

        public boolean heldOut() {
            return HELD_OUT.equals(split);
        }
    }

    private FigureGold() {
    }

    /** Reads a gold file; a line that is not a gold article fails with its line number. */
    public static List<Article> read(Path file) throws IOException {
        return GoldLines.read(file, FigureGold::article);
    }

    static Article article(JsonNode a) {
        List<FigureMatch.Item> figures = new ArrayList<>();
        for (JsonNode g : a.path("figures")) {
            String field = text(g, "field");
            figures.add(new FigureMatch.Item(field == null ? Mention.BODY : field, g.path("start").asInt(),
                    g.path("end").asInt(), text(g, "text"), number(g.get("value")), text(g, "object"),
                    upper(text(g, "kind")), text(g, "normalized"), upper(text(g, "event"))));
        }
        String split = text(a, "split");
        return new Article(text(a, "id") == null ? text(a, "url") : text(a, "id"), split == null ? DEV : split,
                label(a, "source"), label(a, "style"), label(a, "topic"), text(a, "title"), text(a, "body"),
                text(a, "publishedAt"), List.copyOf(figures));
    }

    private static String label(JsonNode node, String name) {
        String v = text(node, name);
        return v == null || v.isBlank() ? "unknown" : v;
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal number(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        try {
            return new BigDecimal(v.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
