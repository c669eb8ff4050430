package io.newsflow.serve.query;

import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import java.time.Instant;
import java.util.List;

/**
 * An article in a list: enough to show and open it.
 *
 * @param time     the article's time (publication, else ingestion), ISO-8601 UTC
 * @param entities its most salient entities, "TYPE:text"
 */
public record ArticleSummary(String id, String title, String source, String url, String publishedAt, String time,
                             int version, List<String> entities) {

    static final int TOP_ENTITIES = 5;

    public static ArticleSummary of(EnrichedArticle a, long time) {
        List<String> top = a.entities().stream().limit(TOP_ENTITIES).map(ArticleSummary::label).toList();
        return new ArticleSummary(a.id(), a.title(), a.source(), a.url(), a.publishedAt(),
                Instant.ofEpochMilli(time).toString(), a.version(), top);
    }

    private static String label(Entity e) {
        return e.type() + ":" + e.text();
    }
}
