package io.newsflow.core.schema;

import java.util.List;

/**
 * An article as enrich publishes it to {@code news.enriched}: the raw fields, then what enrich found, then what it
 * knows of the article's history (versions and copies) and its places.
 * Entities are ordered by salience (first position, then mention count).
 *
 * @param publishedAtUtc      {@code publishedAt} normalized to one type, an ISO-8601 instant in UTC (a bare date is its
 *                            start in UTC; a local date-time without offset is read as UTC), or null when absent or unreadable
 * @param version             1 for the first content seen under this id, then 2, 3, ... for each changed content
 * @param contentHash         hash of the normalized title and body that was enriched
 * @param previousContentHash the content hash of the previous version of this id, or null for version 1
 * @param duplicateOf         for a copy of another article's content (exact or normalized text): the first id; its
 *                            entities and figures are the first one's
 * @param nearDuplicateOf     for a near-copy (MinHash/LSH over shingles): the most similar earlier id, or null
 * @param similarity          the estimated Jaccard similarity to {@code nearDuplicateOf}, or null
 * @param countries           countries the article names (directly, through places, or by demonyms), most mentioned first
 * @param primaryLocation     the place the story is about (dateline, else the most salient place), or null
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
        String pipelineVersion,
        String publishedAtUtc,
        Integer version,
        String contentHash,
        String previousContentHash,
        String duplicateOf,
        String nearDuplicateOf,
        Double similarity,
        List<CountryCount> countries,
        Geo primaryLocation) {

    public EnrichedArticle {
        entities = List.copyOf(entities);
        figures = List.copyOf(figures);
        countries = countries == null ? List.of() : List.copyOf(countries);
        version = version == null ? 1 : version;
    }

    /** An article as the enricher first produces it: version 1, no copies known, not yet placed. */
    public EnrichedArticle(String id, String url, String source, String title, String body, String language,
                           String publishedAt, String ingestedAt, List<Entity> entities, List<Figure> figures,
                           String enrichedAt, String pipelineVersion) {
        this(id, url, source, title, body, language, publishedAt, ingestedAt, entities, figures, enrichedAt,
                pipelineVersion, null, 1, null, null, null, null, null, List.of(), null);
    }

    public static EnrichedArticle of(RawArticle raw, List<Entity> entities, List<Figure> figures,
                                     String enrichedAt, String pipelineVersion) {
        return new EnrichedArticle(raw.id(), raw.url(), raw.source(), raw.title(), raw.body(), raw.language(),
                raw.publishedAt(), raw.ingestedAt(), entities, figures, enrichedAt, pipelineVersion);
    }

    public EnrichedArticle withPublishedAtUtc(String instant) {
        return new EnrichedArticle(id, url, source, title, body, language, publishedAt, ingestedAt, entities, figures,
                enrichedAt, pipelineVersion, instant, version, contentHash, previousContentHash, duplicateOf,
                nearDuplicateOf, similarity, countries, primaryLocation);
    }

    /** This article as version {@code n} of its id, after the content whose hash was {@code previous}. */
    public EnrichedArticle withVersion(int n, String hash, String previous) {
        return new EnrichedArticle(id, url, source, title, body, language, publishedAt, ingestedAt, entities, figures,
                enrichedAt, pipelineVersion, publishedAtUtc, n, hash, previous, duplicateOf, nearDuplicateOf,
                similarity, countries, primaryLocation);
    }

    public EnrichedArticle withDuplicateOf(String firstId) {
        return new EnrichedArticle(id, url, source, title, body, language, publishedAt, ingestedAt, entities, figures,
                enrichedAt, pipelineVersion, publishedAtUtc, version, contentHash, previousContentHash, firstId,
                nearDuplicateOf, similarity, countries, primaryLocation);
    }

    public EnrichedArticle withNearDuplicateOf(String otherId, double score) {
        return new EnrichedArticle(id, url, source, title, body, language, publishedAt, ingestedAt, entities, figures,
                enrichedAt, pipelineVersion, publishedAtUtc, version, contentHash, previousContentHash, duplicateOf,
                otherId, score, countries, primaryLocation);
    }

    /** This article with its entities (now carrying {@code geo}), figures (with locations) and places. */
    public EnrichedArticle withPlaces(List<Entity> placedEntities, List<Figure> placedFigures,
                                      List<CountryCount> articleCountries, Geo primary) {
        return new EnrichedArticle(id, url, source, title, body, language, publishedAt, ingestedAt, placedEntities,
                placedFigures, enrichedAt, pipelineVersion, publishedAtUtc, version, contentHash, previousContentHash,
                duplicateOf, nearDuplicateOf, similarity, articleCountries, primary);
    }
}
