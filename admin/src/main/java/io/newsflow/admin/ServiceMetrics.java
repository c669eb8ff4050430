package io.newsflow.admin;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The metrics of one service, in a Prometheus registry that {@link AdminServer} serves at {@code /metrics}. Every
 * meter carries the tag {@code service} (ingest, enrich, sink). It holds:
 * <ul>
 *   <li>JVM and process metrics ({@code jvm_*}, {@code process_*}, {@code system_*});</li>
 *   <li>the bound Kafka clients' own metrics ({@code kafka_producer_*}, {@code kafka_consumer_*},
 *       {@code kafka_stream_*}, ...);</li>
 *   <li>the pipeline's: {@code newsflow_articles_in_total}, {@code newsflow_articles_out_total},
 *       {@code newsflow_dlq_records_total{reason}}, {@code newsflow_enrich_latency_seconds} (histogram),
 *       {@code newsflow_entities_per_article} and {@code newsflow_figures_per_article} (histograms) and
 *       {@code newsflow_consumer_lag} (records behind, summed over the assigned partitions).</li>
 * </ul>
 * All methods are thread-safe.
 */
public final class ServiceMetrics implements AutoCloseable {

    private static final Duration[] LATENCY_SLOS = {
            Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    // Bounds must be positive: the 0.5 bucket counts the articles where nothing was found.
    private static final double[] COUNT_BUCKETS = {0.5, 1, 2, 5, 10, 20, 50, 100};

    private final String service;
    private final PrometheusMeterRegistry registry;
    private final Counter articlesIn;
    private final Counter articlesOut;
    private final Timer enrichLatency;
    private final DistributionSummary entities;
    private final DistributionSummary figures;
    private final List<Supplier<? extends Number>> lagSources = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> closeables = new CopyOnWriteArrayList<>();
    // One daemon thread refreshes the meter lists of all bound Kafka clients (they add metrics per partition).
    private final ScheduledExecutorService kafkaScheduler;
    private volatile boolean lagGaugeRegistered;

    /** @param service the service's name, the value of the {@code service} tag on every meter */
    public ServiceMetrics(String service) {
        this.service = Objects.requireNonNull(service, "service");
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("service", service);

        List<MeterBinder> jvm = new ArrayList<>(List.of(new ClassLoaderMetrics(), new JvmMemoryMetrics(),
                new JvmThreadMetrics(), new JvmInfoMetrics(), new ProcessorMetrics(), new UptimeMetrics(),
                new FileDescriptorMetrics()));
        JvmGcMetrics gc = new JvmGcMetrics();
        closeables.add(gc);
        jvm.add(gc);
        jvm.forEach(binder -> binder.bindTo(registry));

        articlesIn = Counter.builder("newsflow.articles.in")
                .description("Articles read by this service").register(registry);
        articlesOut = Counter.builder("newsflow.articles.out")
                .description("Articles written on by this service").register(registry);
        enrichLatency = Timer.builder("newsflow.enrich.latency")
                .description("Time to enrich one article (entities, figures, dates)")
                .publishPercentileHistogram()
                .serviceLevelObjectives(LATENCY_SLOS)
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        entities = DistributionSummary.builder("newsflow.entities.per.article")
                .description("Distinct entities found in one article")
                .serviceLevelObjectives(COUNT_BUCKETS).register(registry);
        figures = DistributionSummary.builder("newsflow.figures.per.article")
                .description("Figures (counts, amounts, dates, durations) found in one article")
                .serviceLevelObjectives(COUNT_BUCKETS).register(registry);

        kafkaScheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "metrics-kafka-" + service);
            t.setDaemon(true);
            return t;
        });
    }

    public String service() {
        return service;
    }

    /** The registry, for a service's own extra meters and for {@link AdminServer}. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** All meters in the Prometheus text format, as {@code /metrics} serves them. */
    public String scrape() {
        return registry.scrape();
    }

    public void articleIn() {
        articlesIn.increment();
    }

    public void articleOut() {
        articlesOut.increment();
    }

    /** Several articles at once, e.g. a committed file or transaction. */
    public void articlesIn(long count) {
        articlesIn.increment(count);
    }

    public void articlesOut(long count) {
        articlesOut.increment(count);
    }

    /**
     * An article recognised as one seen before, by how: {@code id} (the same id and content re-sent: dropped),
     * {@code content} (the same normalized text under another id: published as a copy), {@code superseded} (an older
     * version that arrived after a newer one: dropped).
     */
    public void duplicate(String by) {
        Counter.builder("newsflow.duplicates")
                .description("Articles recognised as seen before, by how (id, content, superseded)")
                .tag("by", by == null || by.isBlank() ? "unknown" : by)
                .register(registry)
                .increment();
    }

    /** An article published marked as a near-duplicate of an earlier one. */
    public void nearDuplicate() {
        Counter.builder("newsflow.near.duplicates")
                .description("Articles published marked as near-duplicates of an earlier one (MinHash similarity)")
                .register(registry)
                .increment();
    }

    /** A record sent to the dead-letter topic; {@code reason} as in the DLQ header (a short word, few values). */
    public void deadLettered(String reason) {
        deadLettered(reason, 1);
    }

    public void deadLettered(String reason, long count) {
        Counter.builder("newsflow.dlq.records")
                .description("Records sent to the dead-letter topic, by reason")
                .tag("reason", reason == null || reason.isBlank() ? "unknown" : reason)
                .register(registry)
                .increment(count);
    }

    public void recordEnrichLatency(Duration latency) {
        enrichLatency.record(latency);
    }

    public void recordEntities(int count) {
        entities.record(count);
    }

    public void recordFigures(int count) {
        figures.record(count);
    }

    /**
     * Publishes the producer's metrics as {@code kafka_producer_*}. The returned handle removes them again, for a
     * client closed before the service ends (the same holds for every {@code bind} method); otherwise
     * {@link #close()} does it.
     */
    public AutoCloseable bindProducer(Producer<?, ?> producer) {
        return bind(new KafkaClientMetrics(producer, List.of(), kafkaScheduler), null);
    }

    /**
     * Publishes the consumer's metrics as {@code kafka_consumer_*} (per-partition lag among them:
     * {@code kafka_consumer_fetch_manager_records_lag}) and adds its total lag to {@code newsflow_consumer_lag}.
     */
    public AutoCloseable bindConsumer(Consumer<?, ?> consumer) {
        return bind(new KafkaClientMetrics(consumer, List.of(), kafkaScheduler),
                () -> ConsumerLag.total(consumer.metrics()));
    }

    /** Publishes an admin client's metrics as {@code kafka_admin_client_*}. */
    public AutoCloseable bindAdmin(Admin admin) {
        if (!(admin instanceof AdminClient client)) {
            throw new IllegalArgumentException("not a Kafka admin client: " + admin.getClass().getName());
        }
        return bind(new KafkaClientMetrics(client, List.of(), kafkaScheduler), null);
    }

    /**
     * Publishes the metrics of a Streams instance and of its embedded clients ({@code kafka_stream_*},
     * {@code kafka_consumer_*}, {@code kafka_producer_*}) and adds its input lag to {@code newsflow_consumer_lag}.
     */
    public AutoCloseable bindStreams(KafkaStreams streams) {
        return bind(new KafkaStreamsMetrics(streams, List.of(), kafkaScheduler),
                () -> ConsumerLag.total(streams.metrics()));
    }

    /**
     * Adds a source of consumer lag (records behind) to the gauge {@code newsflow_consumer_lag}, which sums all
     * sources; a source answering null or NaN counts as 0. Bound consumers and Streams instances are added
     * by themselves.
     */
    public void registerLag(Supplier<? extends Number> lag) {
        lagSources.add(Objects.requireNonNull(lag));
        synchronized (this) {
            if (!lagGaugeRegistered) {
                // Registered on the first source only: a service without consumers shows no lag rather than 0.
                Gauge.builder("newsflow.consumer.lag", lagSources, ServiceMetrics::sum)
                        .description("Records not yet consumed, summed over the assigned partitions")
                        .strongReference(true)
                        .register(registry);
                lagGaugeRegistered = true;
            }
        }
    }

    private static double sum(List<Supplier<? extends Number>> sources) {
        double total = 0;
        for (Supplier<? extends Number> source : sources) {
            Number n = source.get();
            if (n != null && Double.isFinite(n.doubleValue())) {
                total += n.doubleValue();
            }
        }
        return total;
    }

    private <B extends MeterBinder & AutoCloseable> AutoCloseable bind(B binder, Supplier<Double> lag) {
        binder.bindTo(registry);
        closeables.add(binder);
        if (lag != null) {
            registerLag(lag);
        }
        return () -> {
            closeables.remove(binder);
            if (lag != null) {
                lagSources.remove(lag);
            }
            binder.close();
        };
    }

    @Override
    public void close() {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                // Closing is best effort: the registry goes next anyway.
            }
        }
        closeables.clear();
        kafkaScheduler.shutdownNow();
        registry.close();
    }
}
