package io.newsflow.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs http(s) inputs. The whole exchange, body included, is bounded by the timeout, and the body by a size limit,
 * so that a slow or endless server costs one failed input, never a stuck ingest.
 */
final class HttpFetcher {

    /** A fetched page or feed. {@code uri} is where redirects ended, {@code charset} null when undeclared. */
    record Fetched(URI uri, String contentType, String charset, byte[] body) {
    }

    static final class FetchException extends Exception {
        FetchException(String message) {
            super(message);
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    HttpFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    Fetched fetch(String url) throws FetchException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a valid URL");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", "newsflow-ingest/0.1 (+https://github.com/newsflow)")
                .header("Accept", "text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                        + "application/json;q=0.8, text/plain;q=0.7, */*;q=0.5")
                .GET()
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<InputStream> response;
        try {
            response = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new FetchException("no response within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new FetchException("request failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + JsonLinesArticles.clip(cause.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new FetchException("HTTP " + response.statusCode());
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new FetchException("larger than " + maxBytes + " bytes (" + declared + ")");
            }
            byte[] bytes = readBefore(body, deadline);
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            return new Fetched(response.uri(), contentType, charsetOf(contentType), bytes);
        } catch (IOException e) {
            throw new FetchException(System.nanoTime() - deadline >= 0
                    ? "body not received within " + timeout.toMillis() + " ms"
                    : "cannot read the response: " + e.getClass().getSimpleName());
        }
    }

    /** Reads the body, closing it at the deadline: a stalled server ends the read with an IOException. */
    private byte[] readBefore(InputStream body, long deadline) throws IOException, FetchException {
        long remainingMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> {
            try {
                body.close();
            } catch (IOException ignored) {
                // closing is all the watchdog is for
            }
        }, CompletableFuture.delayedExecutor(remainingMs, TimeUnit.MILLISECONDS));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            byte[] chunk = new byte[16384];
            int n;
            while ((n = body.read(chunk)) != -1) {
                if (out.size() + (long) n > maxBytes) {
                    throw new FetchException("larger than " + maxBytes + " bytes");
                }
                out.write(chunk, 0, n);
            }
        } finally {
            if (!watchdog.cancel(false)) { // it fired: what was read may be cut short
                throw new FetchException("body not received within " + timeout.toMillis() + " ms");
            }
        }
        return out.toByteArray();
    }

    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String cs = p.substring("charset=".length()).replace("\"", "").strip();
                return cs.isEmpty() ? null : cs;
            }
        }
        return null;
    }
}
