package io.newsflow.ingest.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsflow.admin.ServiceMetrics;
import io.newsflow.core.json.Json;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.ingest.read.ArticleReaders;
import io.newsflow.ingest.read.InputFormat;
import io.newsflow.ingest.read.ReadFailure;
import io.newsflow.ingest.read.ReaderOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles}. Answers, with a JSON body listing the {@code published} ids, the {@code failed} records
 * (line and reason) and the {@code unpublished} ones (id and reason):
 * <ul>
 *   <li>202 when every article was acknowledged by the broker;</li>
 *   <li>400 when a record is not a valid article; the valid ones of the request are published all the same;</li>
 *   <li>401 without the bearer token, 413 over the size limit, 405/404 for other methods and paths;</li>
 *   <li>503 with {@code Retry-After} while the broker does not answer, or when it did not acknowledge in time.
 *       Sending the same request again is safe: ids are stable, so a repeat is the same record again.</li>
 * </ul>
 */
final class ArticlesHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ArticlesHandler.class);
    static final String RETRY_AFTER_SECONDS = "5";

    private final IntakeOptions options;
    private final String topic;
    private final ReaderOptions readerOptions;
    private final Producer<String, RawArticle> producer;
    private final BrokerProbe probe;
    private final ServiceMetrics metrics;
    private final byte[] expectedAuth;

    ArticlesHandler(IntakeOptions options, String topic, ReaderOptions readerOptions,
                    Producer<String, RawArticle> producer, BrokerProbe probe, ServiceMetrics metrics) {
        this.options = options;
        this.topic = topic;
        this.readerOptions = readerOptions;
        this.producer = producer;
        this.probe = probe;
        this.metrics = metrics;
        this.expectedAuth = ("Bearer " + options.token()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestURI().getPath().equals("/articles")) {
                answer(ex, 404, Map.of("error", "not found; POST articles to /articles"));
            } else if (!ex.getRequestMethod().equals("POST")) {
                ex.getResponseHeaders().set("Allow", "POST");
                answer(ex, 405, Map.of("error", "only POST"));
            } else if (!authorized(ex)) {
                ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                answer(ex, 401, Map.of("error", "a bearer token is required (Authorization: Bearer ...)"));
            } else {
                post(ex);
            }
        } catch (RuntimeException e) { // a bug must cost one request, not the intake
            LOG.error("event=intake_error", e);
            try {
                answer(ex, 500, Map.of("error", "internal error"));
            } catch (IOException | RuntimeException ignored) {
                // the answer may have begun already
            }
        }
    }

    private boolean authorized(HttpExchange ex) {
        if (options.token().isEmpty()) {
            return true;
        }
        String given = ex.getRequestHeaders().getFirst("Authorization");
        return given != null && MessageDigest.isEqual(given.strip().getBytes(StandardCharsets.UTF_8), expectedAuth);
    }

    private void post(HttpExchange ex) throws IOException {
        long declared = parseLong(ex.getRequestHeaders().getFirst("Content-Length"));
        byte[] body = declared > options.maxRequestBytes() ? null : readAtMost(ex.getRequestBody(),
                options.maxRequestBytes());
        if (body == null) {
            ex.getResponseHeaders().set("Connection", "close"); // the rest of the body is not read
            answer(ex, 413, Map.of("error", "the request is larger than " + options.maxRequestBytes() + " bytes"));
            return;
        }
        if (!probe.reachable()) {
            ex.getResponseHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
            answer(ex, 503, Map.of("error", "the broker is unreachable; nothing was published, try again later"));
            return;
        }
        List<ReadFailure> failed = new ArrayList<>();
        List<RawArticle> articles;
        ReaderOptions opts = readerOptions.withOnFailure(failed::add);
        try (Stream<RawArticle> s = ArticleReaders.read(new ByteArrayInputStream(oneLineIfOneObject(body)), "request",
                InputFormat.JSON_LINES, opts)) {
            articles = s.toList();
        }
        Map<String, CompletableFuture<Void>> sent = new LinkedHashMap<>();
        for (RawArticle a : articles) {
            metrics.articleIn();
            sent.put(a.id(), send(a));
        }
        long deadline = System.nanoTime() + options.ackTimeout().toNanos();
        List<String> published = new ArrayList<>();
        List<Map<String, Object>> unpublished = new ArrayList<>();
        for (Map.Entry<String, CompletableFuture<Void>> e : sent.entrySet()) {
            try {
                e.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                published.add(e.getKey());
                metrics.articleOut();
            } catch (TimeoutException | ExecutionException err) {
                Throwable cause = err instanceof ExecutionException ? err.getCause() : err;
                unpublished.add(Map.of("id", e.getKey(), "reason", cause.getClass().getSimpleName()));
            } catch (InterruptedException err) {
                Thread.currentThread().interrupt();
                unpublished.add(Map.of("id", e.getKey(), "reason", "interrupted"));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("published", published);
        result.put("failed", failed.stream().map(f -> Map.<String, Object>of("line", f.line(), "reason", f.reason()))
                .toList());
        int status = 202;
        if (!unpublished.isEmpty()) {
            probe.markUnreachable();
            result.put("unpublished", unpublished);
            result.put("error", "the broker did not acknowledge every article in time; send them again later");
            ex.getResponseHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
            status = 503;
        } else if (!failed.isEmpty()) {
            result.put("error", failed.size() + " record(s) are not valid articles; the others were published");
            status = 400;
        }
        LOG.info("event=intake_request status={} published={} failed={} unpublished={}", status, published.size(),
                failed.size(), unpublished.size());
        answer(ex, status, result);
    }

    private CompletableFuture<Void> send(RawArticle a) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, a.id(), a), (metadata, e) -> {
                if (e == null) {
                    acked.complete(null);
                } else {
                    acked.completeExceptionally(e);
                }
            });
        } catch (KafkaException | IllegalStateException e) { // metadata not in time, or closing
            acked.completeExceptionally(e);
        }
        return acked;
    }

    /** A single JSON object, even pretty-printed over many lines, becomes one line of JSON Lines. */
    static byte[] oneLineIfOneObject(byte[] body) {
        int i = 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i >= body.length || body[i] != '{') {
            return body;
        }
        try (JsonParser p = Json.MAPPER.createParser(body)) {
            JsonNode node = p.readValueAsTree();
            if (node != null && node.isObject() && p.nextToken() == null) {
                return Json.MAPPER.writeValueAsBytes(node);
            }
        } catch (IOException notOneObject) {
            // JSON Lines, or broken: the reader reports it by line
        }
        return body;
    }

    /** The body, or null when it is longer than {@code max}. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[16384];
        int n;
        while ((n = in.read(chunk)) != -1) {
            if (out.size() + (long) n > max) {
                return null;
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    private static long parseLong(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void answer(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
