package io.newsflow.core.schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as ingest publishes it to {@code news.raw}, keyed by {@link #id()}.
 *
 * @param id          stable id: derived from the canonical URL when there is one, else from title and body
 * @param url         canonical URL, or null
 * @param source      where it came from (a feed, a file, "stdin")
 * @param title       headline, may be empty
 * @param body        plain text; paragraphs separated by blank lines
 * @param language    ISO 639-1 code, "en" unless known otherwise
 * @param publishedAt ISO-8601 date or date-time, or null; dates in the text are resolved against it
 * @param ingestedAt  ISO-8601 instant at which ingest read it
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RawArticle(
        String id,
        String url,
        String source,
        String title,
        String body,
        String language,
        String publishedAt,
        String ingestedAt) {

    public RawArticle withId(String newId) {
        return new RawArticle(newId, url, source, title, body, language, publishedAt, ingestedAt);
    }

    public RawArticle withIngestedAt(String instant) {
        return new RawArticle(id, url, source, title, body, language, publishedAt, instant);
    }
}
