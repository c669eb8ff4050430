package io.newsflow.core.schema;

import java.util.List;

/**
 * An article as enrich publishes it to {@code news.enriched}: the raw fields, then what enrich found.
 * Entities are ordered by salience (first position, then mention count).
 */
public record EnrichedArticle(
        String id,
        String url,
        String source,
        String title,
        String body,
        String language,
        String publishedAt,
        String ingestedAt,
        List<Entity> entities,
        List<Figure> figures,
        String enrichedAt,
        String pipelineVersion) {

    public EnrichedArticle {
        entities = List.copyOf(entities);
        figures = List.copyOf(figures);
    }

    public static EnrichedArticle of(RawArticle raw, List<Entity> entities, List<Figure> figures,
                                     String enrichedAt, String pipelineVersion) {
        return new EnrichedArticle(raw.id(), raw.url(), raw.source(), raw.title(), raw.body(), raw.language(),
                raw.publishedAt(), raw.ingestedAt(), entities, figures, enrichedAt, pipelineVersion);
    }
}
