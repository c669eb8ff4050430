package io.newsflow.ingest.web;

import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import java.time.Duration;
import java.util.List;

/**
 * How politely and how patiently {@link PoliteFetcher} fetches.
 *
 * @param userAgent     the {@code User-Agent}; it names Newsflow and a contact, and its first word is the token
 *                      robots.txt groups are matched against
 * @param perHostDelay  the least time between the end of one request to a host and the start of the next
 * @param connectTimeout establishing the connection
 * @param readTimeout   the longest wait for the response headers and for each part of the body
 * @param totalTimeout  the whole exchange, body included, retries and redirects excluded
 * @param maxBytes      the largest body read, after decompression
 * @param retries       how often a 5xx or 429 answer is retried
 * @param maxBackoff    the longest wait before a retry; a longer {@code Retry-After} fails the fetch instead
 * @param maxRedirects  redirects followed per fetch
 * @param robotsTtl     how long a host's robots.txt is trusted before it is fetched again
 */
public record FetchOptions(String userAgent, Duration perHostDelay, Duration connectTimeout, Duration readTimeout,
                           Duration totalTimeout, long maxBytes, int retries, Duration maxBackoff, int maxRedirects,
                           Duration robotsTtl) {

    public static final String DEFAULT_USER_AGENT =
            "Newsflow/0.1 (+https://github.com/newsflow/newsflow; news pipeline; contact: newsflow@example.org)";

    public static final Setting<String> USER_AGENT = Setting.string("user-agent", DEFAULT_USER_AGENT,
                    "User-Agent of page, feed and robots.txt requests: name Newsflow and a contact for site owners.")
            .validatedBy(v -> v.isBlank() ? "must not be empty" : v.chars().anyMatch(c -> c < 0x20 || c > 0x7e)
                    ? "must be printable ASCII" : null);
    public static final Setting<Duration> PER_HOST_DELAY = Setting.duration("per-host-delay", "1s",
            "Least time between two requests to the same host; requests to one host never overlap.");
    public static final Setting<Duration> CONNECT_TIMEOUT = Setting.duration("http-connect-timeout", "10s",
                    "Timeout of connecting to a web host.")
            .validatedBy(v -> v.isZero() ? "must be positive" : null);
    public static final Setting<Duration> READ_TIMEOUT = Setting.duration("http-read-timeout", "20s",
                    "Longest wait for a web host's response headers, and for each further part of its body.")
            .validatedBy(v -> v.isZero() ? "must be positive" : null);
    public static final Setting<Duration> FETCH_TIMEOUT = Setting.duration("fetch-timeout", "60s",
                    "Longest time for one page or feed download, body included (retries come on top).")
            .validatedBy(v -> v.isZero() ? "must be positive" : null);
    public static final Setting<Long> MAX_PAGE_BYTES = Setting.bytes("max-page-bytes", 10L * 1024 * 1024, 1024,
            "Largest page, feed or sitemap read (after decompression); a larger one fails as too-large.");
    public static final Setting<Integer> FETCH_RETRIES = Setting.integer("fetch-retries", 3, 0, 10,
            "Retries of a 5xx or 429 answer, with exponential backoff from 1s that honours Retry-After.");
    public static final Setting<Integer> MAX_REDIRECTS = Setting.integer("max-redirects", 5, 0, 20,
            "Redirects followed per request; they never leave http(s).");

    public static final List<Setting<?>> SETTINGS = List.of(USER_AGENT, PER_HOST_DELAY, CONNECT_TIMEOUT, READ_TIMEOUT,
            FETCH_TIMEOUT, MAX_PAGE_BYTES, FETCH_RETRIES, MAX_REDIRECTS);

    /** The first retry waits this long, each further one twice as long. */
    public static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    public static FetchOptions defaults() {
        return new FetchOptions(DEFAULT_USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofSeconds(20), Duration.ofSeconds(60), 10L * 1024 * 1024, 3, Duration.ofMinutes(2), 5,
                Duration.ofHours(24));
    }

    public static FetchOptions from(Settings settings) {
        return new FetchOptions(settings.get(USER_AGENT).strip(), settings.get(PER_HOST_DELAY),
                settings.get(CONNECT_TIMEOUT), settings.get(READ_TIMEOUT), settings.get(FETCH_TIMEOUT),
                settings.get(MAX_PAGE_BYTES), settings.get(FETCH_RETRIES), Duration.ofMinutes(2),
                settings.get(MAX_REDIRECTS), Duration.ofHours(24));
    }

    public FetchOptions withUserAgent(String v) {
        return new FetchOptions(v, perHostDelay, connectTimeout, readTimeout, totalTimeout, maxBytes, retries,
                maxBackoff, maxRedirects, robotsTtl);
    }

    public FetchOptions withPerHostDelay(Duration v) {
        return new FetchOptions(userAgent, v, connectTimeout, readTimeout, totalTimeout, maxBytes, retries,
                maxBackoff, maxRedirects, robotsTtl);
    }

    public FetchOptions withTimeouts(Duration connect, Duration read, Duration total) {
        return new FetchOptions(userAgent, perHostDelay, connect, read, total, maxBytes, retries, maxBackoff,
                maxRedirects, robotsTtl);
    }

    public FetchOptions withMaxBytes(long v) {
        return new FetchOptions(userAgent, perHostDelay, connectTimeout, readTimeout, totalTimeout, v, retries,
                maxBackoff, maxRedirects, robotsTtl);
    }

    public FetchOptions withRetries(int v, Duration maxBackoffV) {
        return new FetchOptions(userAgent, perHostDelay, connectTimeout, readTimeout, totalTimeout, maxBytes, v,
                maxBackoffV, maxRedirects, robotsTtl);
    }

    public FetchOptions withMaxRedirects(int v) {
        return new FetchOptions(userAgent, perHostDelay, connectTimeout, readTimeout, totalTimeout, maxBytes, retries,
                maxBackoff, v, robotsTtl);
    }

    /** The product token robots.txt groups are matched against: the User-Agent's first word, without version. */
    public String robotsToken() {
        String first = userAgent.strip().split("[\\s/]", 2)[0];
        return first.isEmpty() ? "newsflow" : first.toLowerCase(java.util.Locale.ROOT);
    }
}
