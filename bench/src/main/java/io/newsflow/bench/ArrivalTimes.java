package io.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Latencies of enriched articles: from the {@code ingestedAt} that ingest stamped, to the moment an article was seen
 * at a watched place. Only articles ingested at or after {@code since} count; each id once.
 */
final class ArrivalTimes {

    private final Instant since;
    private final Set<String> seen = new HashSet<>();
    private final List<Double> millis = new ArrayList<>();
    private final List<Instant> ingestedAt = new ArrayList<>();

    ArrivalTimes(Instant since) {
        this.since = since;
    }

    /** Records one enriched article's JSON seen at {@code now}; returns whether it counted. */
    synchronized boolean arrived(byte[] json, Instant now) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            return false;
        }
        String id = node.path("id").asText("");
        Instant ingested;
        try {
            ingested = Instant.parse(node.path("ingestedAt").asText(""));
        } catch (DateTimeParseException e) {
            return false;
        }
        if (ingested.isBefore(since) || !seen.add(id)) {
            return false;
        }
        millis.add(Duration.between(ingested, now).toNanos() / 1e6);
        ingestedAt.add(ingested);
        return true;
    }

    synchronized int count() {
        return millis.size();
    }

    synchronized Latencies latencies() {
        return Latencies.of(List.copyOf(millis));
    }

    /**
     * The median latency of the last quarter of the articles (in ingest order) over that of the first quarter: well
     * above 1 means a queue built up, i.e. the pipeline did not keep up with the offered rate.
     */
    synchronized double growth() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < millis.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> ingestedAt.get(a).compareTo(ingestedAt.get(b)));
        int quarter = order.size() / 4;
        if (quarter == 0) {
            return 1;
        }
        List<Double> first = order.subList(0, quarter).stream().map(millis::get).toList();
        List<Double> last = order.subList(order.size() - quarter, order.size()).stream().map(millis::get).toList();
        return Latencies.of(last).p50() / Latencies.of(first).p50();
    }
}
