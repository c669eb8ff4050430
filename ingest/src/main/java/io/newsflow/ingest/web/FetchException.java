package io.newsflow.ingest.web;

import java.net.URI;

/** A fetch that produced no page, with the {@link Kind} of failure so that callers can count and retry by kind. */
public final class FetchException extends Exception {

    /** Why a fetch failed; {@link #label()} is the form used in logs and metric labels. */
    public enum Kind {
        /** No answer, or no complete body, within the connect, read or total timeout. */
        TIMEOUT,
        /** Connection refused or reset, unknown host, TLS failure, a body cut short. */
        NETWORK,
        /** A status other than 2xx and 304, after the retries of 5xx and 429. */
        HTTP_STATUS,
        /** The body is larger than the size limit. */
        TOO_LARGE,
        /** robots.txt forbids the URL, or the host's robots.txt is unreachable (which forbids everything). */
        ROBOTS,
        /** Too many redirects, a loop, or a redirect to something other than http(s). */
        REDIRECT,
        /** Not an absolute http(s) URL. */
        INVALID_URL,
        /** The fetcher was closed or the waiting thread interrupted. */
        CANCELLED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Kind kind;
    private final URI uri;
    private final int status;

    public FetchException(Kind kind, URI uri, String message) {
        this(kind, uri, 0, message, null);
    }

    public FetchException(Kind kind, URI uri, int status, String message, Throwable cause) {
        super(kind.label() + ": " + message + (uri == null ? "" : " (" + uri + ")"), cause);
        this.kind = kind;
        this.uri = uri;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The URL whose fetch failed (after redirects, the one that failed), or null for an unparsable one. */
    public URI uri() {
        return uri;
    }

    /** The HTTP status for {@link Kind#HTTP_STATUS}, else 0. */
    public int status() {
        return status;
    }
}
