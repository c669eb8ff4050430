package io.newsflow.broker;

import io.newsflow.core.TopicCreator;
import io.newsflow.core.TopicSpec;
import io.newsflow.core.lock.DirectoryLock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in this JVM, in KRaft mode (broker and controller in one node). The demo, the
 * integration tests and {@code newsflow broker} run on it: the same wire protocol, transactions and consumer groups
 * as a cluster, with none of its set-up. Its data directory survives {@link #stop()}, so it can be restarted.
 * It is locked by this broker from start to {@link #close()}: a second broker on the same directory is refused
 * before it formats, recovers or binds anything.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafkaBroker.class);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final DirectoryLock lock;
    private KafkaRaftServer server;

    private LocalKafkaBroker(Path dataDir, int port, int controllerPort, DirectoryLock lock) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.lock = lock;
    }

    /**
     * Starts a broker on {@code port} (0 picks a free one), formatting {@code dataDir} if it is new. Throws
     * {@link io.newsflow.core.lock.DirectoryLockedException}, having touched nothing, if another process's broker
     * holds {@code dataDir}.
     */
    public static LocalKafkaBroker start(Path dataDir, int port) {
        DirectoryLock lock = DirectoryLock.acquire(dataDir, "broker");
        LocalKafkaBroker broker = null;
        try {
            broker = create(dataDir, port, lock);
            broker.startServer();
            return broker;
        } catch (RuntimeException | Error e) {
            if (broker != null) {
                broker.close();
            } else {
                lock.close();
            }
            throw e;
        }
    }

    private static LocalKafkaBroker create(Path dataDir, int port, DirectoryLock lock) {
        int brokerPort = port == 0 ? freePort() : port;
        Path portFile = dataDir.resolve("controller.port");
        int controllerPort;
        try {
            // The controller's address is written into the formatted log: a restart must reuse it.
            controllerPort = Files.exists(portFile)
                    ? Integer.parseInt(Files.readString(portFile).trim())
                    : freePort();
            Files.writeString(portFile, Integer.toString(controllerPort));
        } catch (IOException e) {
            throw new IllegalStateException("cannot use broker data directory " + dataDir + ": " + e.getMessage(), e);
        }
        return new LocalKafkaBroker(dataDir, brokerPort, controllerPort, lock);
    }

    /** Starts the broker again on the same port and data after {@link #stop()}. */
    public synchronized void restart() {
        if (server != null) {
            throw new IllegalStateException("broker is running");
        }
        startServer();
    }

    private synchronized void startServer() {
        Properties props = serverProperties();
        Path logDir = dataDir.resolve("logs");
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(dataDir, props, Uuid.randomUuid().toString());
        }
        KafkaConfig config = new KafkaConfig(props, false);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        awaitReady();
        LOG.info("event=broker_started bootstrap={} data={}", bootstrapServers(), dataDir);
    }

    private Properties serverProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The cleaner's default 128 MB dedupe buffer would dominate a small heap.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        p.put("auto.create.topics.enable", "false");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        // Keep the demo's and tests' streams apps snappy; a cluster has its own defaults.
        p.put("transaction.max.timeout.ms", "900000");
        return p;
    }

    /** Formats a node's storage for the cluster {@code clusterId}, as {@code kafka-storage.sh format} does. */
    static void format(Path dataDir, Properties props, String clusterId) {
        Path config = dataDir.resolve("server.properties");
        try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            props.store(w, "written by newsflow's LocalKafkaBroker to format the storage");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + config, e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {
            "format", "-t", clusterId, "-c", config.toString()
        }, new PrintStream(out, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("formatting broker storage failed: " + out.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Admin admin = admin()) {
                if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            sleep(200);
        }
        throw new IllegalStateException("broker did not become ready in 60 s", last);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
        return Admin.create(p);
    }

    /** Creates the topics that do not exist yet, with replication factor 1. */
    public void createTopics(Map<String, Integer> partitionsByTopic) {
        try (Admin admin = admin()) {
            createTopics(admin, partitionsByTopic);
        }
    }

    /** Creates the topics that do not exist yet, with replication factor 1 (see {@link TopicCreator} for any cluster). */
    public static void createTopics(Admin admin, Map<String, Integer> partitionsByTopic) {
        Map<String, TopicSpec> specs = new java.util.LinkedHashMap<>();
        partitionsByTopic.forEach((name, partitions) -> specs.put(name, new TopicSpec(partitions, 1, -1)));
        TopicCreator.createMissing(admin, specs);
    }

    /** Stops the broker and keeps its data, still locked, for {@link #restart()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        LOG.info("event=broker_stopped bootstrap={}", bootstrapServers());
    }

    /** Stops the broker and releases its data directory. */
    @Override
    public void close() {
        try {
            stop();
        } finally {
            lock.close();
        }
    }

    public boolean isRunning() {
        return server != null;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** For tests: the topics' names. */
    public List<String> topics() {
        try (Admin admin = admin()) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().sorted().toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
