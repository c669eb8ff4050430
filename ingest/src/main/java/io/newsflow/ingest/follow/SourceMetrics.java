package io.newsflow.ingest.follow;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The per-source meters of follow mode, each tagged {@code source}: {@code newsflow_source_items_seen_total},
 * {@code _published_total}, {@code _skipped_total} (published already), {@code _given_up_total},
 * {@code newsflow_source_fetch_errors_total{kind}}, {@code newsflow_source_not_modified_total} (304s),
 * {@code newsflow_source_polls_total} and {@code newsflow_source_last_success_seconds} (Unix time of the last
 * successful poll, 0 before the first).
 */
final class SourceMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    SourceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    private Counter counter(String name, String description, String source) {
        return Counter.builder(name).description(description).tag("source", source).register(registry);
    }

    /** Registers a source's meters at zero, so that they show before its first poll ends. */
    void register(String source) {
        seen(source, 0);
        published(source, 0);
        skipped(source, 0);
        givenUp(source, 0);
        notModified(source, 0);
        lastSuccess.computeIfAbsent(source, s -> {
            AtomicLong v = new AtomicLong();
            Gauge.builder("newsflow.source.last.success.seconds", v, AtomicLong::get)
                    .description("Unix time of the source's last successful poll (0 before the first)")
                    .tag("source", s).register(registry);
            return v;
        });
    }

    void seen(String source, long n) {
        counter("newsflow.source.items.seen", "Items found in the source, counted on every poll", source).increment(n);
    }

    void published(String source, long n) {
        counter("newsflow.source.items.published", "Articles from the source published to the topic", source).increment(n);
    }

    void skipped(String source, long n) {
        counter("newsflow.source.items.skipped", "Items skipped as published already", source).increment(n);
    }

    void givenUp(String source, long n) {
        counter("newsflow.source.items.given.up", "Items given up after --max-attempts page fetches", source).increment(n);
    }

    void notModified(String source, long n) {
        counter("newsflow.source.not.modified", "Polls answered 304 Not Modified", source).increment(n);
    }

    void polled(String source) {
        counter("newsflow.source.polls", "Polls of the source", source).increment();
    }

    void fetchError(String source, String kind) {
        Counter.builder("newsflow.source.fetch.errors").description("Failed fetches of the source or its pages, by kind")
                .tag("source", source).tag("kind", kind).register(registry).increment();
    }

    void succeeded(String source, long epochSeconds) {
        register(source);
        lastSuccess.get(source).set(epochSeconds);
    }
}
