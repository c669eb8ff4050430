package io.newsflow.ingest.web;

/**
 * What {@link ArticleExtractor} found in an article page.
 *
 * @param title        the headline, or null
 * @param text         the article's main text, paragraphs separated by blank lines; empty when none was found
 * @param publishedAt  ISO-8601 publication date or date-time from the page's metadata, or null (callers fall back to
 *                     the feed's)
 * @param language     the page's ISO 639-1 language ({@code <html lang>}), or null
 * @param canonicalUrl the canonical URL ({@code link rel=canonical}, {@code og:url}), or null
 */
public record ExtractedPage(String title, String text, String publishedAt, String language, String canonicalUrl) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
