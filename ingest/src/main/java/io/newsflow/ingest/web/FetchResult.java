package io.newsflow.ingest.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A fetched page, or the news that it has not changed.
 *
 * @param requested   the URL asked for
 * @param uri         where redirects ended
 * @param status      200..299, or 304 when {@link #notModified()}
 * @param contentType the {@code Content-Type} header, or null
 * @param charset     the charset it declares, or null
 * @param body        the body, decompressed; empty for a 304
 * @param validators  the ETag and Last-Modified to send next time (those sent, for a 304 without new ones)
 */
public record FetchResult(URI requested, URI uri, int status, String contentType, String charset, byte[] body,
                          CacheValidators validators) {

    public boolean notModified() {
        return status == 304;
    }

    /** The body as text in its declared charset, UTF-8 when none is declared or it is unknown. */
    public String text() {
        Charset cs = StandardCharsets.UTF_8;
        if (charset != null) {
            try {
                cs = Charset.forName(charset);
            } catch (IllegalArgumentException ignored) {
                // an unknown charset name: UTF-8 is the web's default
            }
        }
        return new String(body, cs);
    }
}
