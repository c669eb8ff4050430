package io.newsflow.ingest.read;

import io.newsflow.core.schema.RawArticle;

/**
 * An article as a format reader found it, before defaults and checks.
 *
 * @param article    the fields the input gave; any may be null
 * @param line       1-based line where the record starts, or 0
 * @param item       names the record when lines do not ("item 3" of a feed), or null
 * @param normalized whether title and body are cleaned up; false keeps JSON text exactly as given
 */
record Draft(RawArticle article, long line, String item, boolean normalized) {

    static Draft extracted(String url, String source, String title, String body, String language,
                           String publishedAt, long line, String item) {
        return new Draft(new RawArticle(null, url, source, title, body, language, publishedAt, null), line, item, true);
    }
}
