package io.newsflow.ingest.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fetches pages, feeds and sitemaps as a good citizen of the web: a {@code User-Agent} that names Newsflow and a
 * contact, robots.txt honoured (cached per host), one request at a time per host with a delay between requests,
 * connect, read and total timeouts, a size limit per body, gzip, conditional GET, retries of 5xx and 429 with
 * exponential backoff that honours {@code Retry-After}, and a limited number of redirects that never leave http(s).
 *
 * <p>Each host has its own queue ({@link HostQueue}): a slow, hanging or failing host delays its own requests only.
 * Thread-safe; one instance is meant to serve a whole process.
 */
public final class PoliteFetcher implements AutoCloseable {

    static final String ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    /** How long an unreachable robots.txt is remembered before it is asked for again. */
    static final Duration ROBOTS_FAILURE_TTL = Duration.ofMinutes(1);

    private final FetchOptions options;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final HttpExchange http;
    private final Map<String, HostQueue> hosts = new ConcurrentHashMap<>();
    private final Map<String, RobotsEntry> robots = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** A failure is remembered briefly, so that the host's queued requests fail at once and are not all retried. */
    private record RobotsEntry(CompletableFuture<RobotsRules> rules, long fetchedNanos) {
        boolean expiredAfter(Duration ttl) {
            if (!rules.isDone()) {
                return false;
            }
            Duration keep = rules.isCompletedExceptionally() ? ROBOTS_FAILURE_TTL : ttl;
            return System.nanoTime() - fetchedNanos > keep.toNanos();
        }
    }

    public PoliteFetcher(FetchOptions options) {
        this.options = options;
        this.workers = Executors.newCachedThreadPool(daemons("fetch"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemons("fetch-timer"));
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // followed here, to check each hop
                .version(HttpClient.Version.HTTP_1_1)
                .executor(workers)
                .build();
        this.http = new HttpExchange(client, options, timer);
    }

    public FetchOptions options() {
        return options;
    }

    /** {@link #fetchAsync(URI, CacheValidators)}, waiting for the result. */
    public FetchResult fetch(URI uri, CacheValidators validators) throws FetchException {
        CompletableFuture<FetchResult> f = fetchAsync(uri, validators);
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Kind.CANCELLED, uri, "interrupted");
        } catch (ExecutionException e) {
            throw asFetchException(e.getCause(), uri);
        }
    }

    /** A fetch without validators. */
    public FetchResult fetch(URI uri) throws FetchException {
        return fetch(uri, CacheValidators.NONE);
    }

    /**
     * Fetches {@code uri} in its host's turn. The future fails with a {@link FetchException}; a 304 completes it
     * normally, with {@link FetchResult#notModified()}.
     */
    public CompletableFuture<FetchResult> fetchAsync(URI uri, CacheValidators validators) {
        try {
            checkUrl(uri, uri);
        } catch (FetchException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<FetchResult> result = new CompletableFuture<>();
        step(new Request(uri, validators == null ? CacheValidators.NONE : validators), uri, result);
        return result;
    }

    /** One fetch's progress through redirects and retries. */
    private static final class Request {
        final URI requested;
        final CacheValidators validators;
        final Set<URI> visited = new HashSet<>();
        int redirects;
        int retries;

        Request(URI requested, CacheValidators validators) {
            this.requested = requested;
            this.validators = validators;
        }
    }

    private void step(Request req, URI uri, CompletableFuture<FetchResult> result) {
        if (closed) {
            result.completeExceptionally(new FetchException(FetchException.Kind.CANCELLED, uri, "the fetcher is closed"));
            return;
        }
        HostQueue queue = queueFor(uri);
        rulesFor(uri, queue).thenCompose(rules -> {
            if (!rules.allows(pathAndQuery(uri))) {
                throw new CompletionException(new FetchException(FetchException.Kind.ROBOTS, uri,
                        "robots.txt disallows it for " + options.robotsToken()));
            }
            // Only the first request asks conditionally: a redirect target is another resource.
            CacheValidators v = uri.equals(req.requested) ? req.validators : CacheValidators.NONE;
            return queue.submit(() -> http.get(uri, v, ACCEPT, options.maxBytes(), false));
        }).whenComplete((answer, error) -> {
            if (error != null) {
                result.completeExceptionally(asFetchException(error, uri));
                return;
            }
            try {
                handle(req, uri, answer, queue, result);
            } catch (FetchException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException e) {
                result.completeExceptionally(asFetchException(e, uri));
            }
        });
    }

    private void handle(Request req, URI uri, HttpExchange.Answer answer, HostQueue queue,
                        CompletableFuture<FetchResult> result) throws FetchException {
        int status = answer.status();
        if (status / 100 == 2 || status == 304) {
            CacheValidators sent = uri.equals(req.requested) ? req.validators : CacheValidators.NONE;
            String etag = answer.header("ETag");
            String lastModified = answer.header("Last-Modified");
            CacheValidators next = etag == null && lastModified == null && status == 304 ? sent
                    : new CacheValidators(etag, lastModified);
            String type = answer.header("Content-Type");
            result.complete(new FetchResult(req.requested, uri, status, type, charsetOf(type), answer.body(), next));
        } else if (status / 100 == 3 && answer.header("Location") != null) {
            if (++req.redirects > options.maxRedirects()) {
                throw new FetchException(FetchException.Kind.REDIRECT, uri,
                        "more than " + options.maxRedirects() + " redirects");
            }
            URI target;
            try {
                target = uri.resolve(answer.header("Location").strip());
            } catch (IllegalArgumentException e) {
                throw new FetchException(FetchException.Kind.REDIRECT, uri, "redirect to an unparsable Location");
            }
            checkUrl(target, uri);
            req.visited.add(uri);
            if (!req.visited.add(target)) {
                throw new FetchException(FetchException.Kind.REDIRECT, uri, "redirect loop via " + target);
            }
            step(req, target, result);
        } else if ((status == 429 || status / 100 == 5) && req.retries < options.retries()) {
            Duration wait = RetryAfter.parse(answer.header("Retry-After"), ZonedDateTime.now());
            Duration backoff = FetchOptions.FIRST_BACKOFF.multipliedBy(1L << Math.min(20, req.retries));
            Duration delay = wait != null && wait.compareTo(backoff) > 0 ? wait : backoff;
            if (delay.compareTo(options.maxBackoff()) > 0) {
                if (wait != null) {
                    throw new FetchException(FetchException.Kind.HTTP_STATUS, uri, status,
                            "HTTP " + status + " asks to retry after " + wait.toSeconds() + " s, more than the "
                                    + options.maxBackoff().toSeconds() + " s waited at most", null);
                }
                delay = options.maxBackoff();
            }
            req.retries++;
            queue.pauseUntil(System.nanoTime() + delay.toNanos());
            step(req, uri, result); // queued behind the pause, with the host's other requests
        } else {
            throw new FetchException(FetchException.Kind.HTTP_STATUS, uri, status,
                    "HTTP " + status + (req.retries > 0 ? " after " + req.retries + " retries" : ""), null);
        }
    }

    /** The host's robots.txt, fetched once per {@link FetchOptions#robotsTtl()} in the host's own queue. */
    private CompletableFuture<RobotsRules> rulesFor(URI uri, HostQueue queue) {
        String key = hostKey(uri);
        RobotsEntry entry = robots.compute(key, (k, old) -> old == null || old.expiredAfter(options.robotsTtl()) ? fetchRobots(uri, queue) : old);
        return entry.rules();
    }

    private RobotsEntry fetchRobots(URI uri, HostQueue queue) {
        URI robotsUri = URI.create(hostKey(uri) + "/robots.txt");
        CompletableFuture<RobotsRules> rules = queue.submit(() -> {
            URI at = robotsUri;
            for (int hop = 0; hop <= 5; hop++) {
                HttpExchange.Answer a = http.get(at, CacheValidators.NONE, "text/plain, */*;q=0.5",
                        RobotsRules.MAX_BYTES, true);
                int s = a.status();
                if (s / 100 == 2) {
                    return RobotsRules.parse(new String(a.body(), StandardCharsets.UTF_8), options.robotsToken());
                }
                if (s / 100 == 3 && a.header("Location") != null) {
                    at = at.resolve(a.header("Location").strip());
                    checkUrl(at, robotsUri);
                    continue;
                }
                if (s / 100 == 4) {
                    return RobotsRules.ALLOW_ALL; // no robots.txt: no restrictions (RFC 9309)
                }
                throw new FetchException(FetchException.Kind.ROBOTS, robotsUri, s,
                        "robots.txt answered HTTP " + s + ", which forbids the whole host for now", null);
            }
            return RobotsRules.ALLOW_ALL; // RFC 9309: after five redirects, as if there were none
        });
        rules.thenAccept(r -> queue.atLeast(r.crawlDelay().toNanos()));
        return new RobotsEntry(rules, System.nanoTime());
    }

    private HostQueue queueFor(URI uri) {
        return hosts.computeIfAbsent(hostKey(uri),
                k -> new HostQueue(k, options.perHostDelay().toNanos(), workers, timer));
    }

    static String hostKey(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static void checkUrl(URI uri, URI from) throws FetchException {
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(uri == from ? FetchException.Kind.INVALID_URL : FetchException.Kind.REDIRECT, from,
                    uri == from ? "not an http(s) URL" : "redirect to a non-http(s) URL " + uri);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException(uri == from ? FetchException.Kind.INVALID_URL : FetchException.Kind.REDIRECT, from,
                    "no host in " + uri);
        }
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

    static FetchException asFetchException(Throwable e, URI uri) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof FetchException fe) {
            return fe;
        }
        if (t instanceof java.util.concurrent.CancellationException) {
            return new FetchException(FetchException.Kind.CANCELLED, uri, "cancelled");
        }
        return new FetchException(FetchException.Kind.NETWORK, uri, 0, "unexpected " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage()), t);
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "newsflow-" + prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Fails the requests still waiting and stops the threads; a request in flight ends with its timeout. */
    @Override
    public void close() {
        closed = true;
        hosts.values().forEach(HostQueue::close);
        workers.shutdownNow();
        timer.shutdownNow();
    }
}
