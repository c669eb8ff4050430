package io.newsflow.ingest.follow;

import io.newsflow.admin.AdminServer;
import io.newsflow.admin.ServiceMetrics;
import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.intake.HttpIntake;
import io.newsflow.ingest.intake.IntakeOptions;
import io.newsflow.ingest.read.ReaderOptions;
import io.newsflow.ingest.web.ArticleExtractor;
import io.newsflow.ingest.web.FetchOptions;
import io.newsflow.ingest.web.PoliteFetcher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ingest --follow}: follows feeds, news sitemaps and directories until stopped, publishing each new article
 * once. Each source is polled on its own schedule in its own task, so a slow or hanging source delays only itself;
 * what was published is remembered in the compacted state topic ({@link IngestState}), so a restart publishes
 * nothing again. An article is remembered once the broker has acknowledged it: a crash between the two leaves it
 * to be published again, with the same id and key. With {@code --http-port} the HTTP intake runs beside the
 * sources, in the same process, with a producer of its own (see {@link HttpIntake}).
 */
public final class FollowService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FollowService.class);
    private static final long TICK_MS = 200;

    private final Settings settings;
    private final SourceList sources;
    private final Properties producerProperties;
    private final String topic;
    private final IntakeOptions intakeOptions;
    private volatile HttpIntake intake;
    private final ServiceMetrics metrics = new ServiceMetrics("ingest");
    private final SourceMetrics sourceMetrics = new SourceMetrics(metrics.registry());
    private final Map<String, Scheduled> scheduled = new ConcurrentHashMap<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile AdminServer admin;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch runFinished = new CountDownLatch(1);
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService polls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "follow-poll-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** A source with its poller and when it is next due. */
    private static final class Scheduled {
        volatile SourceSpec spec;
        final SourcePoller poller;
        volatile long nextDueNanos;
        final AtomicBoolean running = new AtomicBoolean();

        Scheduled(SourceSpec spec, SourcePoller poller) {
            this.spec = spec;
            this.poller = poller;
        }
    }

    private FollowService(Settings settings) {
        this.settings = settings;
        String file = settings.get(FollowSettings.SOURCES).strip();
        this.sources = new SourceList(settings.positional(), file.isEmpty() ? null : Path.of(file),
                settings.get(FollowSettings.POLL_INTERVAL));
        try {
            // An empty sources file is fine: sources may be added to it while ingest runs.
            if (sources.current(true).isEmpty() && file.isEmpty()) {
                throw new SettingsException("input", "give at least one source to follow (a feed or sitemap URL, a "
                        + "directory) or --sources FILE");
            }
        } catch (IllegalArgumentException e) {
            throw new SettingsException(FollowSettings.SOURCES.name(), e.getMessage());
        }
        this.topic = settings.get(IngestService.TOPIC).strip();
        this.producerProperties = IngestService.producerProperties(settings);
        this.intakeOptions = IntakeOptions.from(settings);
    }

    /** The HTTP intake's port (-1 when it is off); known once {@link #run()} has started it. */
    public int httpPort() {
        HttpIntake i = intake;
        return i == null ? -1 : i.port();
    }

    /** The admin server's port (-1 when it is off); known once {@link #run()} has started it. */
    public int adminPort() {
        AdminServer a = admin;
        return a == null ? -1 : a.port();
    }

    public static FollowService create(Settings settings) {
        return new FollowService(settings);
    }

    /** Follows the sources until {@link #close()}. */
    public void run() {
        try (Admin kafkaAdmin = Admin.create(IngestState.adminProperties(producerProperties));
             KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(producerProperties,
                     new StringSerializer(), Serdes.RAW.serializer());
             PoliteFetcher fetcher = new PoliteFetcher(FetchOptions.from(settings))) {
            metrics.bindProducer(producer);
            BrokerHealth health = new BrokerHealth(kafkaAdmin);
            AdminServer admin = AdminServer.start(settings.get(AdminServer.ADMIN_PORT), metrics, health);
            this.admin = admin;
            if (admin.isEnabled()) {
                LOG.info("event=admin_started port={}", admin.port());
            }
            awaitTopic(kafkaAdmin);
            if (closing.get()) {
                return;
            }
            if (intakeOptions.enabled()) {
                intake = HttpIntake.start(intakeOptions, producerProperties, IngestState.adminProperties(producerProperties),
                        topic, ReaderOptions.defaults()
                                .withSource(settings.get(IngestService.SOURCE))
                                .withLanguage(settings.get(IngestService.LANGUAGE))
                                .withPublishedAt(settings.get(IngestService.PUBLISHED_AT)), metrics);
            }
            Duration timeout = Duration.ofMinutes(2);
            try (IngestState state = IngestState.open(settings.get(FollowSettings.STATE_TOPIC), producerProperties,
                    producerProperties, timeout)) {
                health.started();
                ReaderOptions readerOptions = ReaderOptions.defaults()
                        .withLanguage(settings.get(IngestService.LANGUAGE))
                        .withPublishedAt(settings.get(IngestService.PUBLISHED_AT))
                        .withMaxDocumentBytes(settings.get(FetchOptions.MAX_PAGE_BYTES));
                FollowContext ctx = new FollowContext(fetcher, new ArticleExtractor(), state,
                        new ArticlePublisher(producer, topic), readerOptions, sourceMetrics,
                        settings.get(FollowSettings.MAX_ATTEMPTS), settings.get(FollowSettings.MAX_ITEMS_PER_POLL),
                        settings.get(FollowSettings.MIN_BODY_CHARS), Clock.systemUTC());
                LOG.info("event=follow_start sources={} topic={} state_topic={}", sources.current(false).size(), topic,
                        settings.get(FollowSettings.STATE_TOPIC));
                while (!closing.get()) {
                    schedule(ctx);
                    if (stopped.await(TICK_MS, TimeUnit.MILLISECONDS)) {
                        break;
                    }
                }
                drain();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (intake != null) {
                intake.close();
            }
            if (admin != null) {
                admin.close();
            }
            metrics.close();
            runFinished.countDown();
            LOG.info("event=follow_stopped");
        }
    }

    private void schedule(FollowContext ctx) {
        Map<String, SourceSpec> now = sources.current(false);
        scheduled.keySet().removeIf(label -> !now.containsKey(label));
        for (SourceSpec spec : now.values()) {
            Scheduled s = scheduled.computeIfAbsent(spec.label(), l -> {
                sourceMetrics.register(l);
                SourcePoller p = spec.isWeb() ? new WebSourcePoller(spec, ctx) : new DirectoryPoller(spec, ctx);
                return new Scheduled(spec, p);
            });
            s.spec = spec;
            if (System.nanoTime() - s.nextDueNanos >= 0 && s.running.compareAndSet(false, true)) {
                s.nextDueNanos = System.nanoTime() + spec.interval().toNanos();
                polls.execute(() -> pollOnce(s, ctx));
            }
        }
    }

    private void pollOnce(Scheduled s, FollowContext ctx) {
        SourceSpec spec = s.spec;
        long start = System.nanoTime();
        PollTally tally = new PollTally();
        try {
            s.poller.poll(tally);
        } catch (InterruptedException e) {
            tally.failure = "stopped";
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // A bug must cost one poll of one source, not the service.
            tally.errors++;
            tally.failure = "unexpected " + e.getClass().getSimpleName();
            LOG.error("event=source_poll_error source={}", spec.label(), e);
        } finally {
            record(spec, tally, ctx, start);
            s.running.set(false);
        }
    }

    private void record(SourceSpec spec, PollTally tally, FollowContext ctx, long startNanos) {
        String label = spec.label();
        Instant now = Instant.now(ctx.clock());
        SourceStatus before = ctx.state().source(label);
        SourceStatus after = tally.addTo(before == null ? SourceStatus.fresh(spec) : before, now.toString());
        try {
            ctx.state().put(after);
        } catch (RuntimeException e) {
            LOG.warn("event=source_status_not_saved source={} reason={}", label, e.getClass().getSimpleName());
        }
        sourceMetrics.polled(label);
        sourceMetrics.seen(label, tally.seen);
        sourceMetrics.published(label, tally.published);
        sourceMetrics.skipped(label, tally.skipped);
        sourceMetrics.notModified(label, tally.notModified);
        sourceMetrics.givenUp(label, tally.givenUp);
        metrics.articlesOut(tally.published);
        if (tally.failure == null) {
            sourceMetrics.succeeded(label, now.getEpochSecond());
        }
        LOG.info("event=source_polled source={} status={} seen={} published={} skipped={} not_modified={} errors={} "
                        + "retrying={} given_up={} ms={}{}", label,
                tally.failure != null ? "failed" : tally.notModified > 0 ? "not-modified" : "ok", tally.seen,
                tally.published, tally.skipped, tally.notModified, tally.errors, tally.retrying, tally.givenUp,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos),
                tally.failure == null ? "" : " reason=\"" + tally.failure + "\"");
    }

    /** Lets running polls finish (their acknowledged items are remembered) for the shutdown timeout, then stops them. */
    private void drain() throws InterruptedException {
        polls.shutdown();
        if (!polls.awaitTermination(settings.get(IngestService.SHUTDOWN_TIMEOUT).toMillis(), TimeUnit.MILLISECONDS)) {
            polls.shutdownNow();
            polls.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** The articles' topic must exist; the broker is waited for as long as the connect timeout allows. */
    private void awaitTopic(Admin admin) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!closing.get()) {
            try {
                admin.describeTopics(List.of(topic)).allTopicNames().get(15, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    throw new IllegalStateException("topic " + topic + " does not exist; create it first");
                }
                LOG.warn("event=ingest_waiting_for_broker reason={}", e.getCause().getClass().getSimpleName());
            } catch (TimeoutException e) {
                LOG.warn("event=ingest_waiting_for_broker reason=timeout");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka unreachable for 10 minutes");
            }
            if (stopped.await(1, TimeUnit.SECONDS)) {
                return;
            }
        }
    }

    /** Stops polling, lets running polls finish within the shutdown timeout, closes. Idempotent, thread-safe. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        stopped.countDown();
        try {
            runFinished.await(settings.get(IngestService.SHUTDOWN_TIMEOUT).toMillis() + 10_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
