package io.newsflow.ingest;

import io.newsflow.admin.AdminServer;
import io.newsflow.admin.Readiness;
import io.newsflow.admin.ServiceMetrics;
import io.newsflow.core.Topics;
import io.newsflow.core.config.CommonSettings;
import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.kafka.BrokerConnection;
import io.newsflow.core.kafka.BrokerUnreachableException;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.ingest.follow.FollowSettings;
import io.newsflow.ingest.intake.HttpIntake;
import io.newsflow.ingest.intake.IntakeOptions;
import io.newsflow.ingest.read.ArticleReaders;
import io.newsflow.ingest.read.Languages;
import io.newsflow.ingest.read.PublishedDates;
import io.newsflow.ingest.read.ReadFailure;
import io.newsflow.ingest.read.ReaderOptions;
import io.newsflow.ingest.web.FetchOptions;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles from files, directories, URLs or stdin (see {@link ArticleReaders}) and publishes each as RawArticle
 * JSON to {@code news.raw}, keyed by its id.
 *
 * <p>The producer is idempotent with {@code acks=all} and unlimited retries, and it waits up to
 * {@code delivery.timeout.ms} (10 minutes) for a broker that is down: an outage delays articles, it does not drop or
 * duplicate them. Bad input never stops a run; it is counted in {@link IngestReport#failed()} and logged with its file
 * and line, never with article text.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final int MAX_ERRORS_KEPT = 100;
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    public static final String SUMMARY = "Reads articles (plain text, JSON Lines, CSV, HTML, RSS/Atom; files, "
            + "directories, http(s) URLs, or - for stdin) and publishes them to news.raw, keyed by article id.";

    public static final Setting<String> BOOTSTRAP_SERVERS = CommonSettings.BOOTSTRAP_SERVERS;
    public static final Setting<String> TOPIC = Setting.string("topic", Topics.RAW,
            "Topic the articles are published to; it must exist.");
    public static final Setting<String> PUBLISHED_AT = Setting.string("published-at", "",
                    "ISO-8601 date or date-time for articles whose input gives none (dates in the text resolve against it).")
            .validatedBy(v -> v.isBlank() || PublishedDates.normalize(v) != null ? null
                    : "is not an ISO-8601 date (2022-01-10) or date-time (2022-01-10T08:00:00Z)");
    public static final Setting<String> SOURCE = Setting.string("source", "",
            "Source name given to every article, replacing what the input says.");
    public static final Setting<String> LANGUAGE = Setting.string("language", "en",
                    "ISO 639-1 language of articles whose input gives none.")
            .validatedBy(v -> Languages.normalize(v) != null ? null : "is not an ISO 639-1 language code");
    public static final Setting<Duration> HTTP_TIMEOUT = Setting.duration("http-timeout", "30s",
                    "Timeout of each http(s) input: connecting and receiving the whole page or feed.")
            .validatedBy(v -> v.isZero() ? "must be positive" : null);
    public static final Setting<Duration> PROGRESS_INTERVAL = Setting.duration("progress-interval", "10s",
            "How often a progress line (event=ingest_progress) is logged; 0s for never.");
    public static final Setting<Duration> SHUTDOWN_TIMEOUT = CommonSettings.SHUTDOWN_TIMEOUT;

    /** Ingest's own settings, the HTTP intake's, the web fetcher's, then follow mode's (--follow). */
    public static final List<Setting<?>> SETTINGS = Stream.of(
            List.<Setting<?>>of(BOOTSTRAP_SERVERS, TOPIC, PUBLISHED_AT, SOURCE, LANGUAGE, HTTP_TIMEOUT,
                    PROGRESS_INTERVAL, CommonSettings.CONNECT_TIMEOUT, SHUTDOWN_TIMEOUT, AdminServer.ADMIN_PORT),
            IntakeOptions.SETTINGS, FetchOptions.SETTINGS, FollowSettings.SETTINGS).flatMap(List::stream).toList();

    private final Settings settings;
    private final List<String> inputs;
    private final IntakeOptions intakeOptions;
    private volatile HttpIntake intake;
    private final String topic;
    private final ReaderOptions readerOptions;
    private final Properties producerProperties;
    private final KafkaProducer<String, RawArticle> producer;
    private final ServiceMetrics metrics = new ServiceMetrics("ingest");
    private final Readiness readiness = new Readiness("starting");
    private volatile AdminServer admin;

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong publishFailures = new AtomicLong();
    private final List<String> errors = new ArrayList<>();

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch runFinished = new CountDownLatch(1);
    private final CountDownLatch stopRequested = new CountDownLatch(1);

    private IngestService(Settings settings, InputStream stdin) {
        this.settings = settings;
        this.inputs = List.copyOf(settings.positional());
        this.intakeOptions = IntakeOptions.from(settings);
        if (inputs.isEmpty() && !keepsRunning()) {
            throw SettingsException.argument("give at least one INPUT: a file, directory, http(s) URL, or - for stdin");
        }
        this.topic = settings.get(TOPIC).strip();
        if (topic.isEmpty()) {
            throw new SettingsException(TOPIC.name(), "must not be empty");
        }
        this.readerOptions = ReaderOptions.defaults()
                .withSource(settings.get(SOURCE))
                .withPublishedAt(settings.get(PUBLISHED_AT))
                .withLanguage(settings.get(LANGUAGE))
                .withHttpTimeout(settings.get(HTTP_TIMEOUT))
                .withStdin(stdin)
                .withOnFailure(this::readFailed);
        this.producerProperties = producerProperties(settings);
        try {
            this.producer = new KafkaProducer<>(producerProperties, new StringSerializer(), Serdes.RAW.serializer());
            metrics.bindProducer(producer);
        } catch (KafkaException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new SettingsException("kafka", "invalid Kafka producer configuration: " + cause.getMessage());
        }
    }

    /** Whether it runs until stopped (an intake or a source to follow) rather than until the inputs are read. */
    public boolean keepsRunning() {
        return intakeOptions.enabled();
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

    /** Validates the settings and creates the producer; connects to nothing yet. Inputs are the positional arguments. */
    public static IngestService create(Settings settings) {
        return new IngestService(settings, System.in);
    }

    /** As {@link #create(Settings)}, with {@code stdin} read for the input "-". */
    public static IngestService create(Settings settings, InputStream stdin) {
        return new IngestService(settings, stdin);
    }

    /**
     * The producer's configuration: idempotent, {@code acks=all}, unlimited retries for 10 minutes, so that a broker
     * outage delays articles without losing or duplicating them; {@code --kafka.*} properties are applied last.
     */
    public static Properties producerProperties(Settings settings) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.get(BOOTSTRAP_SERVERS));
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-" + INSTANCES.incrementAndGet());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.RETRIES_CONFIG, Integer.toString(Integer.MAX_VALUE));
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5"); // the most idempotence keeps in order
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(10 * 60 * 1000));
        // send() waits, rather than fails, while the buffer is full or metadata is missing during an outage.
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Integer.toString(10 * 60 * 1000));
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(64 * 1024));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.putAll(settings.kafkaOverrides());
        return p;
    }

    /**
     * Reads every input and publishes what it reads, then waits until the broker has acknowledged (or finally
     * refused) every article. Returns early, after that wait, when {@link #close()} is called. Runs once.
     *
     * @throws BrokerUnreachableException when the broker does not answer within {@code --connect-timeout}
     * @throws IllegalStateException when the topic does not exist, or the broker stays unreachable for
     *                               {@code max.block.ms}
     */
    public IngestReport run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("run() was called already");
        }
        long startNanos = System.nanoTime();
        ScheduledExecutorService progress = startProgressLog();
        admin = AdminServer.start(settings.get(AdminServer.ADMIN_PORT), metrics, readiness);
        try {
            if (closing.get()) {
                return progress();
            }
            if (admin.isEnabled()) {
                LOG.info("event=admin_started port={}", admin.port());
            }
            LOG.info("event=ingest_start inputs={} settings={}", inputs.size(), settings.describe(SETTINGS));
            if (!awaitTopic()) {
                return progress();
            }
            readiness.up("publishing to " + topic);
            if (intakeOptions.enabled()) {
                intake = HttpIntake.start(intakeOptions, producerProperties, adminProperties(), topic, readerOptions,
                        metrics);
            }
            for (String input : inputs) {
                if (closing.get() || Thread.currentThread().isInterrupted()) {
                    break;
                }
                publishAll(input);
            }
            flush();
            if (keepsRunning()) {
                awaitStop();
            }
            IngestReport report = progress();
            LOG.info("event=ingest_done read={} published={} failed={} seconds={}", report.read(), report.published(),
                    report.failed(), String.format("%.1f", (System.nanoTime() - startNanos) / 1e9));
            return report;
        } finally {
            if (progress != null) {
                progress.shutdownNow();
            }
            readiness.down("done");
            if (intake != null) {
                intake.close();
            }
            admin.close();
            runFinished.countDown();
        }
    }

    /** A long-running mode serves until {@link #close()}. */
    private void awaitStop() {
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void publishAll(String input) {
        try (Stream<RawArticle> articles = ArticleReaders.read(input, readerOptions)) {
            Iterator<RawArticle> it = articles.iterator();
            // An interrupted thread cannot send (every send would fail at once): stop reading as for close().
            while (!closing.get() && !Thread.currentThread().isInterrupted() && it.hasNext()) {
                RawArticle article = it.next();
                read.incrementAndGet();
                metrics.articleIn();
                send(article);
            }
        } catch (RuntimeException e) {
            // A reader bug must cost one input, not the run.
            fail(input + ": unexpected " + e.getClass().getSimpleName() + "; the rest of this input is skipped");
            LOG.error("event=ingest_input_error input={}", input, e);
        }
    }

    private void send(RawArticle article) {
        String id = article.id();
        try {
            producer.send(new ProducerRecord<>(topic, id, article), (metadata, e) -> {
                if (e == null) {
                    published.incrementAndGet();
                    metrics.articleOut();
                } else {
                    publishFailed(id, e);
                }
            });
        } catch (KafkaException | IllegalStateException e) {
            // Closed while send() waited on a full buffer, or a fatal producer error.
            publishFailed(id, e);
        }
    }

    private void flush() {
        try {
            producer.flush();
        } catch (KafkaException | IllegalStateException e) {
            // closed meanwhile: the callbacks have counted what was not delivered
            LOG.debug("flush ended early", e);
        }
    }

    /**
     * The broker must answer within {@code --connect-timeout} and the topic must exist: a producer would wait
     * {@code max.block.ms} (10 minutes) for either. Outages after the start are waited out by the producer.
     */
    private boolean awaitTopic() {
        Duration connectTimeout = settings.get(CommonSettings.CONNECT_TIMEOUT);
        if (!BrokerConnection.await(adminProperties(), connectTimeout, closing::get)) {
            return false;
        }
        long maxWaitMs = connectTimeout.toMillis();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWaitMs);
        String bootstrap = String.valueOf(producerProperties.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        try (Admin admin = Admin.create(adminProperties())) {
            while (!closing.get()) {
                Throwable problem;
                try {
                    admin.describeTopics(List.of(topic)).allTopicNames().get(15, TimeUnit.SECONDS);
                    return true;
                } catch (ExecutionException e) {
                    problem = e.getCause();
                    if (problem instanceof UnknownTopicOrPartitionException) {
                        throw new IllegalStateException("topic " + topic + " does not exist on " + bootstrap
                                + "; create it first");
                    }
                    if (!(problem instanceof RetriableException)) {
                        throw new IllegalStateException("cannot use topic " + topic + " on " + bootstrap + ": "
                                + problem.getClass().getSimpleName() + ": " + problem.getMessage(), problem);
                    }
                } catch (java.util.concurrent.TimeoutException e) {
                    problem = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("Kafka at " + bootstrap + " unreachable for " + maxWaitMs + " ms");
                }
                LOG.warn("event=ingest_waiting_for_broker bootstrap={} reason={}", bootstrap,
                        problem.getClass().getSimpleName());
                try {
                    if (stopRequested.await(1, TimeUnit.SECONDS)) {
                        return false;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    /** The connection and security properties of the producer's, for the admin client that checks the topic. */
    private Properties adminProperties() {
        Properties p = new Properties();
        for (String name : producerProperties.stringPropertyNames()) {
            if (AdminClientConfig.configNames().contains(name) && !name.equals(AdminClientConfig.CLIENT_ID_CONFIG)) {
                p.put(name, producerProperties.getProperty(name));
            }
        }
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, producerProperties.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        return p;
    }

    private ScheduledExecutorService startProgressLog() {
        Duration every = settings.get(PROGRESS_INTERVAL);
        if (every.isZero()) {
            return null;
        }
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-progress");
            t.setDaemon(true);
            return t;
        });
        s.scheduleAtFixedRate(() -> {
            IngestReport r = progress();
            LOG.info("event=ingest_progress read={} published={} failed={} pending={}", r.read(), r.published(),
                    r.failed(), pending());
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return s;
    }

    /** Articles sent and not yet acknowledged or refused. */
    private long pending() {
        return Math.max(0, read.get() - published.get() - publishFailures.get());
    }

    private void readFailed(ReadFailure f) {
        failed.incrementAndGet();
        addError(f.toString());
        LOG.warn("event=ingest_read_failed input={} line={} reason=\"{}\"", f.input(), f.line(), f.reason());
    }

    private void publishFailed(String id, Exception e) {
        publishFailures.incrementAndGet();
        fail("publish " + id + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private void fail(String message) {
        failed.incrementAndGet();
        addError(message);
        LOG.warn("event=ingest_failed reason=\"{}\"", message);
    }

    private void addError(String message) {
        synchronized (errors) {
            if (errors.size() < MAX_ERRORS_KEPT) {
                errors.add(message);
            }
        }
    }

    /** The counts so far; safe to call from any thread while {@link #run()} runs. */
    public IngestReport progress() {
        synchronized (errors) {
            return new IngestReport(read.get(), published.get(), failed.get(), errors);
        }
    }

    /**
     * Stops reading, waits up to {@code shutdown-timeout} for the articles already sent, then closes the producer;
     * what is still unacknowledged then is counted as failed. Idempotent and thread-safe, e.g. from a shutdown hook.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        stopRequested.countDown();
        Duration timeout = settings.get(SHUTDOWN_TIMEOUT);
        long deadline = System.nanoTime() + timeout.toNanos();
        if (started.get()) {
            try {
                runFinished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long remainingMs = Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        producer.close(Duration.ofMillis(remainingMs));
        metrics.close();
        LOG.info("event=ingest_closed");
    }
}
