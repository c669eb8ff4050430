package io.newsflow.sink;

import io.newsflow.admin.AdminServer;
import io.newsflow.admin.Readiness;
import io.newsflow.admin.ServiceMetrics;
import io.newsflow.core.Topics;
import io.newsflow.core.config.CommonSettings;
import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import io.newsflow.core.kafka.BrokerConnection;
import io.newsflow.core.kafka.BrokerUnreachableException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink service: consumes enriched articles and writes them, exactly once, to a file store of JSON Lines files
 * ({@link FileStore}) or to a sink topic. Long-lived: {@link #run()} blocks until {@link #close()}; a SIGKILL at any
 * moment loses nothing and duplicates nothing, as the next start resumes from what is durable.
 */
public final class SinkService implements AutoCloseable {

    public static final String SUMMARY =
            "Writes enriched articles exactly once to JSON Lines files partitioned by Kafka partition, or to a sink topic.";

    private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    public static final Setting<String> BOOTSTRAP_SERVERS = CommonSettings.BOOTSTRAP_SERVERS;
    public static final Setting<String> TOPIC = Setting.string("topic", Topics.ENRICHED,
            "Topic of enriched articles to consume.").validatedBy(SinkService::checkTopicName);
    public static final Setting<String> GROUP_ID = Setting.string("group-id", "newsflow-sink",
            "Consumer group; the instances of one group share the topic's partitions.").validatedBy(SinkService::checkNotBlank);
    public static final Setting<Path> OUT = Setting.path("out", "./newsflow-out",
            "File store directory (mode file): {out}/{topic}/partition={p}/{topic}+{p}+{firstOffset}-{lastOffset}.jsonl.");
    public static final Setting<Boolean> SHARED_STORE = Setting.flag("shared-store",
            "Mode file: several instances of one group write this --out together (a shared file system); without it an"
                    + " instance locks its store and a second one is refused.");
    public static final Setting<String> MODE = Setting.oneOf("mode", "file", List.of("file", "topic"),
            "file: write the file store; topic: copy to --sink-topic in transactions.");
    public static final Setting<String> SINK_TOPIC = Setting.string("sink-topic", Topics.ENRICHED + ".sink",
            "Mode topic: the topic to copy the articles to (it must exist).").validatedBy(SinkService::checkTopicName);
    public static final Setting<String> DLQ_TOPIC = Setting.string("dlq-topic", Topics.DLQ,
            "Mode topic: where values that are not article JSON go, in the same transaction (it must exist).")
            .validatedBy(SinkService::checkTopicName);
    public static final Setting<String> TRANSACTIONAL_ID = Setting.string("transactional-id", "",
            "Mode topic: the producer's transactional.id; keep it stable across restarts and distinct per instance."
                    + " Empty means {group-id}-{sink-topic}-{host name}.");
    public static final Setting<Long> MAX_FILE_BYTES = Setting.bytes("max-file-bytes", 64L * 1024 * 1024, 1,
            "Mode file: commit a file once it holds this many bytes (1k, 64m, ...).");
    public static final Setting<Duration> MAX_FILE_AGE = Setting.duration("max-file-age", "60s",
            "Mode file: commit a file at the latest this long after its first record, so that readers see the data.")
            .validatedBy(SinkService::checkPositive);
    public static final Setting<Duration> POLL_TIMEOUT = Setting.duration("poll-timeout", "500ms",
            "Longest wait for records in one poll; files due by age are committed between polls.")
            .validatedBy(SinkService::checkPositive);
    public static final Setting<Duration> SHUTDOWN_TIMEOUT = CommonSettings.SHUTDOWN_TIMEOUT;

    public static final List<Setting<?>> SETTINGS = List.of(BOOTSTRAP_SERVERS, TOPIC, GROUP_ID, OUT, SHARED_STORE, MODE,
            SINK_TOPIC, DLQ_TOPIC, TRANSACTIONAL_ID, MAX_FILE_BYTES, MAX_FILE_AGE, POLL_TIMEOUT, CommonSettings.CONNECT_TIMEOUT,
            SHUTDOWN_TIMEOUT, AdminServer.ADMIN_PORT);

    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);

    private final SinkConfig config;
    private final Map<String, String> described;
    private final int adminPort;
    private final Duration connectTimeout;
    private final ServiceMetrics metrics = new ServiceMetrics("sink");
    private final Readiness readiness = new Readiness("starting");
    private volatile AdminServer admin;
    private final Object lock = new Object();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean closing;
    private boolean started;
    private Thread runner;
    private volatile SinkLoop loop;

    private SinkService(SinkConfig config, Map<String, String> described, int adminPort, Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
        this.config = config;
        this.described = described;
        this.adminPort = adminPort;
    }

    /** Reads and checks the settings; a {@link SettingsException} names the option that is wrong. Connects to nothing. */
    public static SinkService create(Settings settings) {
        boolean topicMode = settings.get(MODE).equals("topic");
        String topic = settings.get(TOPIC);
        String groupId = settings.get(GROUP_ID);
        String sinkTopic = settings.get(SINK_TOPIC);
        if (topicMode && sinkTopic.equals(topic)) {
            throw new SettingsException(SINK_TOPIC.name(), "must differ from --" + TOPIC.name() + " (" + topic + ")");
        }
        if (topicMode && settings.get(DLQ_TOPIC).equals(sinkTopic)) {
            throw new SettingsException(DLQ_TOPIC.name(), "must differ from --" + SINK_TOPIC.name());
        }
        Path out = settings.get(OUT);
        if (!topicMode) {
            checkWritableDirectory(out);
        }
        String transactionalId = settings.get(TRANSACTIONAL_ID).isBlank()
                ? groupId + "-" + sinkTopic + "-" + hostName()
                : settings.get(TRANSACTIONAL_ID).trim();
        Properties overrides = settings.kafkaOverrides();
        SinkConfig config = new SinkConfig(settings.get(BOOTSTRAP_SERVERS).trim(), topic, groupId, out, settings.get(SHARED_STORE), topicMode,
                sinkTopic, settings.get(DLQ_TOPIC), transactionalId, settings.get(MAX_FILE_BYTES),
                settings.get(MAX_FILE_AGE), settings.get(POLL_TIMEOUT), settings.get(SHUTDOWN_TIMEOUT), overrides);
        checkKafkaProperties(config);
        return new SinkService(config, settings.describe(SETTINGS), settings.get(AdminServer.ADMIN_PORT),
                settings.get(CommonSettings.CONNECT_TIMEOUT));
    }

    /**
     * Consumes and writes until {@link #close()} is called from another thread, then commits what it holds and
     * returns. A fatal error (disk full, a fenced producer, ...) is thrown; the open files are then dropped, and a
     * restart writes their records again.
     */
    public void run() {
        synchronized (lock) {
            if (started) {
                throw new IllegalStateException("run() was called already");
            }
            started = true;
            runner = Thread.currentThread();
        }
        try {
            if (closing) {
                return;
            }
            LOG.info("event=sink_starting {}", described.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
            admin = AdminServer.start(adminPort, metrics, readiness);
            if (admin.isEnabled()) {
                LOG.info("event=admin_started port={}", admin.port());
            }
            // The store is locked before anything else, so that a second sink is refused at once.
            StoreOwnership store = config.topicMode() ? null : StoreOwnership.lock(config);
            try {
                if (!BrokerConnection.await(config.consumerProperties(), connectTimeout, () -> closing)) {
                    return;
                }
                if (store != null && !store.verify(config, () -> closing)) {
                    return; // closed while waiting for the topic
                }
                SinkLoop created = config.topicMode() ? new TopicSink(config, metrics) : new FileSink(config, metrics);
                readiness.up("consuming " + config.topic());
                synchronized (lock) {
                    loop = created;
                    if (closing) {
                        created.wakeup();
                    }
                }
                created.run(() -> closing);
                LOG.info("event=sink_stopped written={} rejected={}", created.recordsWritten(), created.recordsRejected());
            } finally {
                if (store != null) {
                    store.close();
                }
            }
        } catch (BrokerUnreachableException e) {
            LOG.error("event=sink_failed error=\"{}\"", PartitionWriter.logSafe(e.getMessage()));
            throw e;
        } catch (SettingsException e) {
            LOG.error("event=sink_refused reason=\"{}\"", PartitionWriter.logSafe(e.getMessage()));
            throw e;
        } catch (RuntimeException | Error e) {
            LOG.error("event=sink_failed error=\"{}\"", PartitionWriter.logSafe(String.valueOf(e)), e);
            throw e;
        } finally {
            readiness.down("stopped");
            AdminServer a = admin;
            if (a != null) {
                a.close();
            }
            metrics.close();
            finished.countDown();
        }
    }

    /** The admin server's port (-1 when it is off); known once {@link #run()} has started it. */
    public int adminPort() {
        AdminServer a = admin;
        return a == null ? -1 : a.port();
    }

    /**
     * Asks {@link #run()} to stop, and waits (up to {@code --shutdown-timeout}) until it has committed the open files
     * or the last transaction. Idempotent; may be called from any thread, e.g. a shutdown hook.
     */
    @Override
    public void close() {
        boolean wait;
        synchronized (lock) {
            boolean first = !closing;
            closing = true;
            AdminServer a = admin;
            if (a != null) {
                a.markShuttingDown();
            }
            if (first && loop != null) {
                loop.wakeup();
            }
            wait = started && runner != Thread.currentThread();
        }
        if (wait) {
            try {
                if (!finished.await(config.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("event=shutdown_timeout waited={} (open files stay temporary; the next start resumes)",
                            config.shutdownTimeout());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Articles in committed files (mode file) or committed transactions (mode topic), by this instance. */
    public long recordsWritten() {
        SinkLoop current = loop;
        return current == null ? 0 : current.recordsWritten();
    }

    /** Records that were not article JSON, committed to the rejected files (mode file) or the DLQ (mode topic). */
    public long recordsRejected() {
        SinkLoop current = loop;
        return current == null ? 0 : current.recordsRejected();
    }

    private static void checkWritableDirectory(Path out) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new SettingsException(OUT.name(), "cannot create directory " + out + ": " + e);
        }
        if (!Files.isWritable(out)) {
            throw new SettingsException(OUT.name(), out + " is not writable");
        }
    }

    /**
     * Kafka properties pass through last, but not those that would silently break exactly-once; the rest is checked
     * by the clients' own config classes, so that a typo fails here and names the property.
     */
    private static void checkKafkaProperties(SinkConfig config) {
        Properties overrides = config.kafkaOverrides();
        String autoCommit = overrides.getProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG);
        if (autoCommit != null && !autoCommit.trim().equalsIgnoreCase("false")) {
            throw new SettingsException("kafka." + ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                    "must stay false: the sink commits offsets only once the data is durable");
        }
        String isolation = overrides.getProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG);
        if (isolation != null && !isolation.trim().equalsIgnoreCase("read_committed")) {
            throw new SettingsException("kafka." + ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                    "must stay read_committed: records of aborted transactions would be stored");
        }
        try {
            new ConsumerConfig(config.consumerProperties());
            if (config.topicMode()) {
                new ProducerConfig(config.producerProperties());
            }
        } catch (ConfigException e) {
            String option = overrides.stringPropertyNames().stream()
                    .filter(k -> String.valueOf(e.getMessage()).contains(k))
                    .map(k -> "kafka." + k)
                    .findFirst()
                    .orElse(BOOTSTRAP_SERVERS.name());
            throw new SettingsException(option, e.getMessage());
        }
    }

    private static String checkTopicName(String value) {
        return TOPIC_NAME.matcher(value).matches() && !value.equals(".") && !value.equals("..")
                ? null : "is not a valid topic name (letters, digits, '.', '_', '-'; at most 249)";
    }

    private static String checkNotBlank(String value) {
        return value.isBlank() ? "must not be empty" : null;
    }

    private static String checkPositive(Duration value) {
        return value.isZero() || value.isNegative() ? "must be positive" : null;
    }

    /** Stable across restarts on one machine, distinct between machines: what a transactional id should be. */
    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.trim().toLowerCase(Locale.ROOT);
        }
        try {
            return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "localhost";
        }
    }
}
