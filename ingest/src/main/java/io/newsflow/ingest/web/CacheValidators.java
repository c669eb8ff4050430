package io.newsflow.ingest.web;

/**
 * What a server said about a page's version, sent back on the next fetch so that an unchanged page costs a 304:
 * {@code ETag} as {@code If-None-Match}, {@code Last-Modified} as {@code If-Modified-Since}. Either may be null.
 */
public record CacheValidators(String etag, String lastModified) {

    public static final CacheValidators NONE = new CacheValidators(null, null);

    public boolean isEmpty() {
        return (etag == null || etag.isBlank()) && (lastModified == null || lastModified.isBlank());
    }
}
