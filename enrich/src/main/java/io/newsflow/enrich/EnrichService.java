package io.newsflow.enrich;

import io.newsflow.admin.AdminServer;
import io.newsflow.admin.HealthCheck;
import io.newsflow.admin.Redactor;
import io.newsflow.admin.ServiceMetrics;
import io.newsflow.core.TopicSpec;
import io.newsflow.core.Topics;
import io.newsflow.core.config.CommonSettings;
import io.newsflow.core.config.Setting;
import io.newsflow.core.kafka.BrokerConnection;
import io.newsflow.core.kafka.BrokerUnreachableException;
import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import io.newsflow.core.lock.DirectoryLock;
import io.newsflow.core.lock.InstanceDirectory;
import io.newsflow.core.lock.StateClusterMark;
import io.newsflow.enrich.entities.EntityExtractors;
import io.newsflow.enrich.figures.FigureExtractor;
import io.newsflow.enrich.nlp.CoreNlpTagger;
import io.newsflow.enrich.topology.EnrichObserver;
import io.newsflow.enrich.topology.EnrichTopology;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The enrich service: runs {@link EnrichTopology} until closed. {@code main} code only wires, starts and closes. */
public final class EnrichService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    public static final String SUMMARY = "Enriches news.raw into news.enriched (entities, figures) with Kafka Streams, exactly once; bad records go to news.dlq.";

    public static final Setting<String> BOOTSTRAP_SERVERS = CommonSettings.BOOTSTRAP_SERVERS;
    public static final Setting<String> APPLICATION_ID = Setting.string("application-id", "newsflow-enrich",
            "Kafka Streams application id: instances with the same id share the work by partitions.");
    public static final Setting<String> INPUT_TOPIC = Setting.string("input-topic", Topics.RAW, "Topic of raw articles.");
    public static final Setting<String> OUTPUT_TOPIC = Setting.string("output-topic", Topics.ENRICHED, "Topic of enriched articles.");
    public static final Setting<String> DLQ_TOPIC = Setting.string("dlq-topic", Topics.DLQ, "Dead-letter topic for records that cannot be enriched.");
    public static final Setting<Integer> THREADS = Setting.integer("num-stream-threads", 1, 1, 64,
            "Stream threads in this instance; the NLP models are shared by all of them.");
    public static final Setting<Path> STATE_DIR = Setting.path("state-dir", "",
            "Directory of the Streams state stores (the dedupe memory; its changelog topics make it recoverable). Empty:"
                    + " $XDG_STATE_HOME (else ~/.local/state)/newsflow/streams/{application-id}/instance-N, N the lowest"
                    + " that no running instance on this host holds.");
    public static final Setting<Long> MAX_BODY_BYTES = Setting.bytes("max-body-bytes", 1024 * 1024, 1,
            "Articles with a larger body (UTF-8 bytes) are not enriched: enrich sends them to the DLQ as too-large, "
                    + "annotate reports them.");
    public static final Setting<String> DEDUPE = Setting.oneOf("dedupe", "on", List.of("on", "off"),
            "on: the same content is enriched once (a copy under another id is published marked duplicateOf, reusing "
                    + "the first's enrichment), an id's changed content is published as its next version, an identical "
                    + "re-send is dropped, near-duplicates are marked. off: every valid record is enriched and published "
                    + "as version 1, nothing is remembered.");
    public static final Setting<Duration> DEDUPE_RETENTION = Setting.duration("dedupe-retention", "7d",
            "How long contents, ids' versions and near-duplicate signatures are remembered; an id unseen for longer "
                    + "starts again at version 1.");
    public static final Setting<Double> NEAR_DUPLICATE_THRESHOLD = Setting.decimal("near-duplicate-threshold",
            EnrichTopology.Config.DEFAULT_NEAR_DUPLICATE_THRESHOLD, 0, 1,
            "Estimated Jaccard similarity of body shingles (MinHash) from which an article is marked nearDuplicateOf "
                    + "an earlier one of another id; 0 turns near-duplicate detection off.");
    public static final Setting<Long> MAX_RECORD_BYTES = Setting.bytes("max-record-bytes",
            EnrichTopology.Config.DEFAULT_MAX_RECORD_BYTES, 1024,
            "Largest enriched record (JSON bytes) written to the output topic; a larger one goes to the DLQ as "
                    + "too-large, and a DLQ value larger than this is left out. Keep it below the producer's "
                    + "max.request.size and the topics' max.message.bytes.");

    /** Room for an id (up to 1 KiB), the DLQ and source headers, and the record's framing. */
    static final long RECORD_OVERHEAD_BYTES = 8 * 1024;

    public static final Setting<Duration> SHUTDOWN_TIMEOUT = CommonSettings.SHUTDOWN_TIMEOUT;

    public static final List<Setting<?>> SETTINGS = List.of(BOOTSTRAP_SERVERS, APPLICATION_ID, INPUT_TOPIC, OUTPUT_TOPIC,
            DLQ_TOPIC, THREADS, STATE_DIR, MAX_BODY_BYTES, DEDUPE, DEDUPE_RETENTION, NEAR_DUPLICATE_THRESHOLD, MAX_RECORD_BYTES,
            CommonSettings.CONNECT_TIMEOUT, SHUTDOWN_TIMEOUT, TopicSpec.REPLICATION_FACTOR, TopicSpec.MIN_INSYNC_REPLICAS,
            AdminServer.ADMIN_PORT);

    private final KafkaStreams streams;
    private final ServiceMetrics metrics;
    private final int adminPort;
    private final Duration shutdownTimeout;
    private final Properties streamsProperties;
    private final Duration connectTimeout;
    private volatile boolean closing;
    private final Path stateDir;
    private final DirectoryLock stateLock;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile AdminServer admin;

    private EnrichService(KafkaStreams streams, ServiceMetrics metrics, int adminPort, Duration shutdownTimeout,
                          Properties streamsProperties, Duration connectTimeout, Path stateDir, DirectoryLock stateLock) {
        this.streamsProperties = streamsProperties;
        this.connectTimeout = connectTimeout;
        this.streams = streams;
        this.metrics = metrics;
        this.adminPort = adminPort;
        this.shutdownTimeout = shutdownTimeout;
        this.stateDir = stateDir;
        this.stateLock = stateLock;
    }

    public static EnrichService create(Settings settings) {
        return create(settings, System.getenv());
    }

    /** As {@link #create(Settings)}, with the environment that locates the default state directory. */
    public static EnrichService create(Settings settings, Map<String, String> env) {
        EnrichTopology.Config config = new EnrichTopology.Config(settings.get(INPUT_TOPIC), settings.get(OUTPUT_TOPIC),
                settings.get(DLQ_TOPIC), settings.get(MAX_BODY_BYTES), settings.get(DEDUPE_RETENTION),
                settings.get(DEDUPE).equals("on"), settings.get(NEAR_DUPLICATE_THRESHOLD), settings.get(MAX_RECORD_BYTES));
        ServiceMetrics metrics = new ServiceMetrics("enrich");
        Topology topology = EnrichTopology.build(new StreamsBuilder(), config, standardEnricher(), new MetricsObserver(metrics),
                Clock.systemUTC());
        // Without --state-dir, this instance's own directory, held until close(): two instances on one host never
        // share one, and a user never reads another user's stale state.
        DirectoryLock stateLock = settings.get(STATE_DIR).toString().isEmpty()
                ? InstanceDirectory.claim(InstanceDirectory.defaultParent(env, "streams", settings.get(APPLICATION_ID)), "enrich")
                : null;
        try {
            Path stateDir = stateLock != null ? stateLock.directory() : settings.get(STATE_DIR);
            Properties overrides = settings.kafkaOverrides();
            TopicSpec.applyToStreams(settings, overrides); // its internal topics (changelogs, repartitions)
            Properties props = EnrichTopology.streamsConfig(settings.get(BOOTSTRAP_SERVERS), settings.get(APPLICATION_ID),
                    settings.get(THREADS), stateDir.toString(), overrides);
            checkRecordLimit(props, settings.get(MAX_RECORD_BYTES));
            LOG.info("event=config service=enrich state_dir={} streams=\"{}\"", stateDir, Redactor.redact(props));
            KafkaStreams streams = new KafkaStreams(topology, props);
            metrics.bindStreams(streams);
            return new EnrichService(streams, metrics, settings.get(AdminServer.ADMIN_PORT), settings.get(SHUTDOWN_TIMEOUT),
                    props, settings.get(CommonSettings.CONNECT_TIMEOUT), stateDir, stateLock);
        } catch (RuntimeException | Error e) {
            if (stateLock != null) {
                stateLock.close();
            }
            throw e;
        }
    }

    /**
     * Under exactly-once a record the producer refuses fails the whole transaction, which no handler can skip, and
     * every restart would fail on the same record: so the topology's own limit must be the one that bites.
     */
    static void checkRecordLimit(Properties streamsProps, long maxRecordBytes) {
        Object configured = streamsProps.getOrDefault(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
                streamsProps.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        long maxRequest = configured == null ? 1024 * 1024 : Long.parseLong(configured.toString().trim());
        if (maxRecordBytes + RECORD_OVERHEAD_BYTES > maxRequest) {
            throw new SettingsException(MAX_RECORD_BYTES.name(), maxRecordBytes + " plus " + RECORD_OVERHEAD_BYTES
                    + " bytes for key and headers is more than the producer's max.request.size " + maxRequest
                    + ": lower it or raise --kafka.max.request.size (and the topics' max.message.bytes)");
        }
    }

    /** The directory of this instance's state stores (Streams keeps them in its {application-id} subdirectory). */
    public Path stateDir() {
        return stateDir;
    }

    /** Pipeline metrics from the topology's reports. */
    private record MetricsObserver(ServiceMetrics metrics) implements EnrichObserver {
        @Override
        public void articleIn() {
            metrics.articleIn();
        }

        @Override
        public void deadLettered(String reason) {
            metrics.deadLettered(reason);
        }

        @Override
        public void duplicate(String by) {
            metrics.duplicate(by);
        }

        @Override
        public void nearDuplicate() {
            metrics.nearDuplicate();
        }

        @Override
        public void published() {
            metrics.articleOut();
        }

        @Override
        public void enriched(Duration latency, int entities, int figures) {
            metrics.recordEnrichLatency(latency);
            metrics.recordEntities(entities);
            metrics.recordFigures(figures);
        }
    }

    /** The enricher of the pipeline: CoreNLP's CRF for entities, Newsflow's own figures and dates. Loads the model once. */
    public static Enricher standardEnricher() {
        return new Enricher(EntityExtractors.coreNlp(), new FigureExtractor(), Clock.systemUTC());
    }

    /**
     * Starts the streams and blocks until {@link #close()} or a fatal error.
     *
     * @throws BrokerUnreachableException when the cluster does not answer within {@code --connect-timeout} at start
     */
    public void run() {
        try {
            if (!BrokerConnection.await(streamsProperties, connectTimeout, () -> closing)) {
                return;
            }
        } catch (BrokerUnreachableException e) {
            streams.close(Duration.ZERO); // its clients would otherwise retry in the background
            metrics.close();
            throw e;
        }
        forgetStateOfAnotherCluster();
        // The CRF models (about 50 MB compressed) load before the group is joined: loaded lazily by the first record,
        // they held the stream thread for seconds after it had taken partitions, stalling the other instances'
        // rebalances and every restart's first output.
        long loadStart = System.nanoTime();
        CoreNlpTagger.preload();
        LOG.info("event=models_loaded ms={}", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - loadStart));
        if (closing) {
            return;
        }
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("event=stream_thread_failed error=\"{}\"", e.toString(), e);
            failure.compareAndSet(null, e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((now, before) -> {
            LOG.info("event=streams_state from={} to={}", before, now);
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        admin = AdminServer.start(adminPort, metrics, HealthCheck.streamsRunning(streams));
        if (admin.isEnabled()) {
            LOG.info("event=admin_started port={}", admin.port());
        }
        streams.start();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t != null) {
            throw new IllegalStateException("enrich stopped after a fatal error: " + t, t);
        }
    }

    /**
     * The local stores are a cache of this cluster's changelogs: state built from another cluster (or of unknown
     * origin) is deleted before the start, so that its dedupe memory cannot drop articles this cluster has never
     * enriched; the stores are then restored from this cluster's changelogs.
     */
    private void forgetStateOfAnotherCluster() {
        String clusterId = StateClusterMark.clusterId(streamsProperties, connectTimeout);
        if (!StateClusterMark.isOf(stateDir, clusterId)) {
            LOG.info("event=state_dir_reset state_dir={} cluster={} was={} (local stores are rebuilt from this "
                    + "cluster's changelogs)", stateDir, clusterId, StateClusterMark.read(stateDir).orElse("unknown"));
            streams.cleanUp();
            StateClusterMark.record(stateDir, clusterId);
        }
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** The admin server's port (-1 when it is off); known once {@link #run()} has started it. */
    public int adminPort() {
        AdminServer a = admin;
        return a == null ? -1 : a.port();
    }

    public ServiceMetrics metrics() {
        return metrics;
    }

    /** Stops the streams: in-flight transactions either commit or abort, never half-write. */
    @Override
    public void close() {
        closing = true;
        AdminServer a = admin;
        if (a != null) {
            a.markShuttingDown();
        }
        boolean clean = streams.close(shutdownTimeout);
        LOG.info("event=streams_closed clean={}", clean);
        if (a != null) {
            a.close();
        }
        metrics.close();
        if (stateLock != null) {
            stateLock.close();
        }
        stopped.countDown();
    }
}
