package io.newsflow.serve;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.Topics;
import io.newsflow.core.config.CommonSettings;
import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.BrokerConnection;
import io.newsflow.core.kafka.BrokerUnreachableException;
import io.newsflow.core.lock.DirectoryLock;
import io.newsflow.core.lock.InstanceDirectory;
import io.newsflow.serve.http.ApiHandler;
import io.newsflow.serve.http.WebHandler;
import io.newsflow.serve.query.LocalQueries;
import io.newsflow.serve.query.QueryService;
import io.newsflow.serve.query.Router;
import io.newsflow.serve.query.StoreSource;
import io.newsflow.serve.topology.ServeTopology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The serve service: {@link ServeTopology} on Kafka Streams, and an HTTP server with the JSON API and the page. Its
 * own application id, so it never slows enrichment. Instances with the same application id share the partitions;
 * each one answers for the whole data set by asking the others (see {@link Router}).
 */
public final class ServeService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServeService.class);

    /**
     * The JDK's HTTP server writes a response's headers and its body as two TCP segments; with Nagle's algorithm on,
     * the body then waits for the client's delayed ACK of the headers, about 40 ms on Linux, on every answer after
     * a connection's first few. The server reads this property once, when its first instance in the JVM is made,
     * so it is set here, before serve makes one (unless the JVM was started with it).
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    public static final String SUMMARY = "Serves news.enriched: Kafka Streams state stores, a JSON API and a web page.";

    public static final Setting<String> APPLICATION_ID = Setting.string("application-id", "newsflow-serve",
            "Kafka Streams application id: serve instances with the same id share the partitions and answer for each other.");
    public static final Setting<String> INPUT_TOPIC = Setting.string("input-topic", Topics.ENRICHED, "Topic of enriched articles.");
    public static final Setting<Integer> HTTP_PORT = Setting.integer("http-port", 8090, 0, 65535,
            "Port of the API and the page; 0 picks a free one.");
    public static final Setting<String> HTTP_BIND = Setting.string("http-bind", "0.0.0.0",
            "Address the HTTP server listens on (127.0.0.1 for this machine only).");
    public static final Setting<String> ADVERTISED_HOST = Setting.string("advertised-host", "localhost",
            "Host name other serve instances reach this one by (its application.server); must resolve on their machines.");
    public static final Setting<Path> STATE_DIR = Setting.path("state-dir", "",
            "Directory of the state stores; a restarted instance restores them from their changelog topics. Empty:"
                    + " $XDG_STATE_HOME (else ~/.local/state)/newsflow/serve/{application-id}/instance-N, N the lowest"
                    + " that no running instance on this host holds.");
    public static final Setting<Integer> STANDBY_REPLICAS = Setting.integer("standby-replicas", 0, 0, 8,
            "Warm copies of each store kept on other instances, so that one taking over a partition answers at once.");

    public static final List<Setting<?>> SETTINGS = List.of(CommonSettings.BOOTSTRAP_SERVERS, APPLICATION_ID, INPUT_TOPIC,
            HTTP_PORT, HTTP_BIND, ADVERTISED_HOST, STATE_DIR, STANDBY_REPLICAS, CommonSettings.CONNECT_TIMEOUT,
            CommonSettings.SHUTDOWN_TIMEOUT);

    private final KafkaStreams streams;
    private final Properties streamsProperties;
    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final HostInfo self;
    private final Duration connectTimeout;
    private final Duration shutdownTimeout;
    private volatile boolean closing;
    private volatile boolean httpStarted;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private DirectoryLock stateLock;

    private ServeService(KafkaStreams streams, Properties streamsProperties, HttpServer http, ExecutorService httpThreads,
                         HostInfo self, Duration connectTimeout, Duration shutdownTimeout) {
        this.streams = streams;
        this.streamsProperties = streamsProperties;
        this.connectTimeout = connectTimeout;
        this.http = http;
        this.httpThreads = httpThreads;
        this.self = self;
        this.shutdownTimeout = shutdownTimeout;
    }

    /** Binds the HTTP port (so that the advertised address is the real one, also for port 0) and builds the streams. */
    public static ServeService create(Settings settings) {
        return create(settings, System.getenv());
    }

    /**
     * As {@link #create(Settings)}, with the environment that locates the default state directory: without
     * --state-dir, this instance's own, held until close(), so that instances on one host never share one.
     */
    public static ServeService create(Settings settings, Map<String, String> env) {
        DirectoryLock stateLock = settings.get(STATE_DIR).toString().isEmpty()
                ? InstanceDirectory.claim(InstanceDirectory.defaultParent(env, "serve", settings.get(APPLICATION_ID)), "serve")
                : null;
        try {
            ServeService service = create(settings, stateLock != null ? stateLock.directory() : settings.get(STATE_DIR));
            service.stateLock = stateLock;
            return service;
        } catch (RuntimeException | Error e) {
            if (stateLock != null) {
                stateLock.close();
            }
            throw e;
        }
    }

    private static ServeService create(Settings settings, Path stateDir) {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(settings.get(HTTP_BIND), settings.get(HTTP_PORT)), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + settings.get(HTTP_BIND) + ":" + settings.get(HTTP_PORT)
                    + ": " + e.getMessage(), e);
        }
        HostInfo self = new HostInfo(settings.get(ADVERTISED_HOST), http.getAddress().getPort());
        Properties props = ServeTopology.streamsConfig(settings.get(CommonSettings.BOOTSTRAP_SERVERS), settings.get(APPLICATION_ID),
                self.host() + ":" + self.port(), stateDir.toString(), settings.get(STANDBY_REPLICAS),
                settings.kafkaOverrides());
        KafkaStreams streams = new KafkaStreams(ServeTopology.build(new StreamsBuilder(), new ServeTopology.Config(settings.get(INPUT_TOPIC))), props);
        LocalQueries local = new LocalQueries(localStores(streams));
        QueryService queries = new QueryService(new Router(streams, self, local));
        http.createContext("/api/", new ApiHandler(queries, () -> local));
        http.createContext("/internal/", new ApiHandler(queries, () -> local));
        http.createContext("/", new WebHandler());
        ExecutorService threads = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "serve-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(threads);
        return new ServeService(streams, props, http, threads, self, settings.get(CommonSettings.CONNECT_TIMEOUT),
                settings.get(CommonSettings.SHUTDOWN_TIMEOUT));
    }

    private static StoreSource localStores(KafkaStreams streams) {
        return new StoreSource() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
                return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
            }

            @Override
            public <V> List<ReadOnlyKeyValueStore<String, V>> partitions(String name) {
                // Every partition of an active task here; those of another sub-topology than the store's are not its.
                SortedSet<Integer> candidates = new TreeSet<>();
                streams.metadataForLocalThreads().forEach(thread -> thread.activeTasks()
                        .forEach(task -> candidates.add(task.taskId().partition())));
                List<ReadOnlyKeyValueStore<String, V>> stores = new ArrayList<>();
                for (int p : candidates) {
                    try {
                        stores.add(streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore())
                                .withPartition(p)));
                    } catch (InvalidStateStoreException notHere) {
                        // this partition of the store is on another instance, or moving
                    }
                }
                return stores;
            }
        };
    }

    /** Starts the HTTP server and the streams and blocks until {@link #close()} or a fatal error. */
    public void run() {
        start();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t != null) {
            throw new IllegalStateException("serve stopped after a fatal error: " + t, t);
        }
    }

    /**
     * Waits for the cluster, then starts the HTTP server and the streams and returns.
     *
     * @throws BrokerUnreachableException when the cluster does not answer within {@code --connect-timeout}: the
     *                                    streams' clients would otherwise retry for ever while the page stays empty
     */
    public void start() {
        try {
            if (!BrokerConnection.await(streamsProperties, connectTimeout, () -> closing)) {
                return;
            }
        } catch (BrokerUnreachableException e) {
            close();
            throw e;
        }
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("event=stream_thread_failed error=\"{}\"", e.toString(), e);
            failure.compareAndSet(null, e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((now, before) -> {
            LOG.info("event=streams_state service=serve from={} to={}", before, now);
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        httpStarted = true;
        http.start();
        streams.start();
        LOG.info("event=serve_started url={}", url());
    }

    /** The page's address as this instance advertises it. */
    public String url() {
        return "http://" + self.host() + ":" + self.port() + "/";
    }

    public int port() {
        return self.port();
    }

    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        closing = true;
        if (!httpStarted) {
            // A server never started keeps its channel registered with a selector that nobody selects on, and such a
            // channel is only really closed on the next select: stop() alone would leave the port bound.
            http.start();
        }
        http.stop(0);
        httpThreads.shutdownNow();
        boolean clean = streams.close(shutdownTimeout);
        LOG.info("event=streams_closed service=serve clean={}", clean);
        if (stateLock != null) {
            stateLock.close();
        }
        stopped.countDown();
    }
}
