package io.newsflow.ingest.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.json.Json;
import io.newsflow.ingest.read.PublishedDates;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's publication time from its metadata, most trustworthy first: JSON-LD of a {@code NewsArticle} (or another
 * article type), {@code article:published_time}, {@code itemprop=datePublished}, then {@code <time datetime>} inside
 * the article, then anywhere. Dates are normalized to ISO-8601; unreadable ones are skipped.
 */
final class PublicationTime {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "blogposting", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "liveblogposting", "socialmediaposting", "report");

    private PublicationTime() {
    }

    static String of(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String found = fromJsonLd(script.data());
            if (found != null) {
                return found;
            }
        }
        String[] candidates = {
                doc.select("meta[property=article:published_time], meta[name=article:published_time]").attr("content"),
                doc.select("meta[itemprop=datePublished]").attr("content"),
                doc.select("[itemprop=datePublished][datetime]").attr("datetime"),
                doc.select("article time[datetime]").attr("datetime"),
                doc.select("meta[name=date], meta[name=pubdate], meta[name=dc.date], meta[name=DC.date]")
                        .attr("content"),
                doc.select("time[datetime]").attr("datetime"),
        };
        for (String c : candidates) {
            String normalized = PublishedDates.normalize(c);
            if (normalized != null) {
                return normalized;
            }
        }
        return null;
    }

    static String fromJsonLd(String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (Exception e) {
            return null; // broken JSON-LD is common; the other sources remain
        }
        return search(root, 0);
    }

    /** Depth-first through arrays and {@code @graph}, into objects of an article type. */
    private static String search(JsonNode node, int depth) {
        if (node == null || depth > 6) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                String found = search(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticle(node.get("@type"))) {
            String date = PublishedDates.normalize(node.path("datePublished").asText(null));
            if (date != null) {
                return date;
            }
        }
        String found = search(node.get("@graph"), depth + 1);
        return found != null ? found : search(node.get("mainEntity"), depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText("").toLowerCase(Locale.ROOT).replace("schema:", ""));
    }
}
