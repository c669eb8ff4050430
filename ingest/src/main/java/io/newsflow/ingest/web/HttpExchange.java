package io.newsflow.ingest.web;

import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;

/** One GET, no redirects followed, no retries: the building block {@link PoliteFetcher} schedules per host. */
final class HttpExchange {

    /** What one request got: a body for 2xx, else just the status and headers. */
    record Answer(URI uri, int status, HttpHeaders headers, byte[] body) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient client;
    private final FetchOptions options;
    private final ScheduledExecutorService timer;

    HttpExchange(HttpClient client, FetchOptions options, ScheduledExecutorService timer) {
        this.client = client;
        this.options = options;
        this.timer = timer;
    }

    Answer get(URI uri, CacheValidators validators, String accept, long maxBytes, boolean truncate)
            throws FetchException {
        long deadline = System.nanoTime() + options.totalTimeout().toNanos();
        Duration headerTimeout = min(options.readTimeout(), options.totalTimeout());
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(headerTimeout)
                .header("User-Agent", options.userAgent())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip")
                .GET();
        if (validators != null && validators.etag() != null && !validators.etag().isBlank()) {
            b.header("If-None-Match", validators.etag());
        }
        if (validators != null && validators.lastModified() != null && !validators.lastModified().isBlank()) {
            b.header("If-Modified-Since", validators.lastModified());
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException(FetchException.Kind.TIMEOUT, uri, 0,
                    "no connection within " + options.connectTimeout().toMillis() + " ms", e);
        } catch (HttpTimeoutException e) {
            throw new FetchException(FetchException.Kind.TIMEOUT, uri, 0,
                    "no response within " + headerTimeout.toMillis() + " ms", e);
        } catch (ConnectException e) {
            throw new FetchException(FetchException.Kind.NETWORK, uri, 0, "connection refused or failed", e);
        } catch (java.io.IOException e) {
            throw new FetchException(FetchException.Kind.NETWORK, uri, 0,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Kind.CANCELLED, uri, "interrupted");
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.INVALID_URL, uri, 0, "cannot request it", e);
        }
        int status = response.statusCode();
        InputStream body = response.body();
        if (status / 100 != 2) {
            BoundedBody.closeQuietly(body); // an error page or redirect body is never needed
            return new Answer(response.uri(), status, response.headers(), new byte[0]);
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes && !truncate) {
            BoundedBody.closeQuietly(body);
            throw new FetchException(FetchException.Kind.TOO_LARGE, uri,
                    "Content-Length " + declared + " is over the limit of " + maxBytes + " bytes");
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("").strip()
                .toLowerCase(Locale.ROOT);
        boolean gzip = encoding.equals("gzip") || encoding.equals("x-gzip");
        byte[] bytes = BoundedBody.read(body, gzip, maxBytes, truncate, options.readTimeout().toNanos(), deadline,
                timer, uri);
        return new Answer(response.uri(), status, response.headers(), bytes);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
