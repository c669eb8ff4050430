package io.newsflow.serve.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsflow.core.json.Json;
import io.newsflow.core.schema.EntityType;
import io.newsflow.serve.query.InternalQueries;
import io.newsflow.serve.query.LocalQueries;
import io.newsflow.serve.query.QueryException;
import io.newsflow.serve.query.QueryService;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API: {@code /api/...} for people and pages, {@code /internal/...} for other serve instances (answers from
 * this instance's stores only). Every answer is JSON; an error is {@code {"status": n, "error": "..."}}.
 */
public final class ApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    static final int MAX_LIMIT = 200;

    private final QueryService queries;
    private final Supplier<LocalQueries> local;

    public ApiHandler(QueryService queries, Supplier<LocalQueries> local) {
        this.queries = queries;
        this.local = local;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = 200;
            Object body;
            try {
                if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                    throw new QueryException(405, "only GET is supported");
                }
                body = route(exchange.getRequestURI().getRawPath(), HttpParams.parse(exchange.getRequestURI().getRawQuery()));
            } catch (QueryException e) {
                status = e.status();
                body = error(status, e.getMessage());
            } catch (InvalidStateStoreException e) {
                status = 503;
                body = error(status, "the views are moving between instances; retry in a moment");
            } catch (RuntimeException e) {
                LOG.error("event=query_failed uri=\"{}\"", exchange.getRequestURI(), e);
                status = 500;
                body = error(status, "internal error: " + e);
            }
            byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, Object> error(int status, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("error", message);
        return m;
    }

    /** Path segments are URL-decoded one by one, so an id or a name may contain an encoded '/'. */
    Object route(String rawPath, HttpParams params) {
        List<String> path = Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty()).map(HttpParams::decode).toList();
        if (path.size() == 2 && rawPath.startsWith(InternalQueries.PATH)) {
            return InternalQueries.call(local.get(), path.get(1), params.all());
        }
        if (path.isEmpty() || !path.get(0).equals("api")) {
            throw QueryException.notFound("no such path: " + rawPath);
        }
        List<String> rest = path.subList(1, path.size());
        if (rest.equals(List.of("articles"))) {
            params.allow("entity", "type", "q", "since", "limit");
            EntityType type = params.type("type");
            String entity = params.text("entity");
            if (type != null && entity == null) {
                throw QueryException.badRequest("type: only with entity (the type of the entity asked for)");
            }
            return queries.articles(entity, type, params.text("q"), params.time("since"), params.limit(20, MAX_LIMIT));
        }
        if (rest.size() == 2 && rest.get(0).equals("articles")) {
            params.allow();
            return queries.article(rest.get(1));
        }
        if (rest.equals(List.of("entities", "trending"))) {
            params.allow("window", "type", "limit", "at");
            String window = params.oneOf("window", "24h", "1h", "24h");
            EntityType type = params.type("type");
            int hours = window.equals("1h") ? 1 : 24;
            // The usual rate: the day before for the last hour, the week before for the last day.
            int baseline = window.equals("1h") ? 24 : 7;
            return queries.trending(window, hours, baseline, type == null ? null : type.name(), params.limit(20, MAX_LIMIT), params.time("at"));
        }
        if (rest.size() == 3 && rest.get(0).equals("entities")) {
            params.allow();
            return queries.entity(HttpParams.entityType(rest.get(1)), rest.get(2));
        }
        if (rest.equals(List.of("events"))) {
            params.allow("event", "since", "by");
            boolean byCountry = params.oneOf("by", "day", "day", "country").equals("country");
            return queries.events(params.event("event"), params.day("since"), byCountry);
        }
        if (rest.equals(List.of("countries"))) {
            params.allow("since");
            return queries.countries(params.day("since"));
        }
        throw QueryException.notFound("no such path: " + rawPath + " (see /api/articles, /api/entities/trending, /api/events)");
    }
}
