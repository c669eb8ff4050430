package io.newsflow.serve.query;

import com.fasterxml.jackson.databind.JavaType;
import io.newsflow.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Sends a query where its data is: a key query to the instance that owns the key's partition (Kafka Streams'
 * metadata, from every instance's {@code application.server}), a range query to every instance that has a part of the
 * store. The owner answers from its local stores; this instance asks it over HTTP unless it is the owner itself.
 */
public final class Router {

    private static final StringSerializer KEYS = new StringSerializer();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final LocalQueries local;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public Router(KafkaStreams streams, HostInfo self, LocalQueries local) {
        this.streams = streams;
        this.self = self;
        this.local = local;
    }

    /** The host that owns {@code key} of {@code store}. */
    public HostInfo owner(String store, String key) {
        KeyQueryMetadata md;
        try {
            md = streams.queryMetadataForKey(store, key, KEYS);
        } catch (IllegalStateException notRunning) {
            throw QueryException.unavailable("serve is not running yet: " + notRunning.getMessage());
        }
        if (md == null || md == KeyQueryMetadata.NOT_AVAILABLE || md.activeHost() == null) {
            throw QueryException.unavailable("the views are being assigned to the instances; retry in a moment");
        }
        return md.activeHost();
    }

    /** Runs the named local query on the owner of {@code key}. */
    public <T> T onOwner(String store, String key, String query, Map<String, List<String>> params, JavaType type) {
        return on(owner(store, key), query, params, type);
    }

    /** Runs the named local query on {@code host}. */
    @SuppressWarnings("unchecked")
    public <T> T on(HostInfo host, String query, Map<String, List<String>> params, JavaType type) {
        if (host.equals(self)) {
            try {
                return (T) InternalQueries.call(local, query, params);
            } catch (InvalidStateStoreException moving) {
                throw QueryException.unavailable("the views are moving between instances; retry in a moment");
            }
        }
        return join(remote(host, query, params, type));
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Runs the named local query on every instance with a part of {@code store}, in parallel; one answer each. */
    @SuppressWarnings("unchecked")
    public <T> List<T> onAll(String store, String query, Map<String, List<String>> params, JavaType type) {
        Collection<StreamsMetadata> hosts;
        try {
            hosts = streams.streamsMetadataForStore(store);
        } catch (IllegalStateException notRunning) {
            throw QueryException.unavailable("serve is not running yet: " + notRunning.getMessage());
        }
        // Only the instances with active parts: a standby copy is not queried, so nothing is counted twice.
        hosts = hosts.stream().filter(m -> m.stateStoreNames().contains(store)).toList();
        if (hosts.isEmpty()) {
            throw QueryException.unavailable("the views are being assigned to the instances; retry in a moment");
        }
        List<CompletableFuture<T>> answers = new ArrayList<>();
        for (StreamsMetadata m : hosts) {
            answers.add(m.hostInfo().equals(self)
                    ? CompletableFuture.completedFuture(on(self, query, params, type))
                    : remote(m.hostInfo(), query, params, type));
        }
        List<T> all = new ArrayList<>();
        for (CompletableFuture<T> f : answers) {
            all.add(join(f));
        }
        return all;
    }

    private <T> CompletableFuture<T> remote(HostInfo host, String query, Map<String, List<String>> params, JavaType type) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + InternalQueries.PATH + query + queryString(params));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, failure) -> {
            if (failure != null) {
                throw QueryException.unavailable("instance " + host.host() + ":" + host.port() + " does not answer: " + failure.getMessage());
            }
            if (response.statusCode() != 200) {
                throw new QueryException(response.statusCode() == 404 ? 404 : 503, "instance " + host.host() + ":" + host.port()
                        + " answered " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            try {
                return Json.MAPPER.readValue(response.body(), type);
            } catch (IOException e) {
                throw QueryException.unavailable("instance " + host.host() + ":" + host.port() + " sent an unreadable answer: " + e.getMessage());
            }
        });
    }

    static String queryString(Map<String, List<String>> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((name, values) -> {
            for (String v : values) {
                sb.append(sb.length() == 0 ? '?' : '&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }

    /** Parameters in order, for building a query: {@code params("id", id, "limit", "10")}; null values are left out. */
    public static Map<String, List<String>> params(String... namesAndValues) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                p.computeIfAbsent(namesAndValues[i], n -> new ArrayList<>()).add(namesAndValues[i + 1]);
            }
        }
        return p;
    }
}
