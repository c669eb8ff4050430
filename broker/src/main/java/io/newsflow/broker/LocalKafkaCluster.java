package io.newsflow.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real cluster of N Kafka nodes in this JVM, in KRaft combined mode: every node is a broker and one of the N
 * controller voters, so the metadata quorum survives the loss of a minority of nodes. Its internal topics (group
 * offsets, transaction state) have N replicas (at most 3) and need a majority in sync, as a production cluster's
 * should. For tests of what a lost broker does; {@link #stop(int)} shuts one node down while the others go on.
 */
public final class LocalKafkaCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafkaCluster.class);

    private final Path dataDir;
    private final int[] ports;
    private final int[] controllerPorts;
    private final KafkaRaftServer[] servers;

    private LocalKafkaCluster(Path dataDir, int nodes) {
        this.dataDir = dataDir;
        this.ports = IntStream.range(0, nodes).map(i -> LocalKafkaBroker.freePort()).toArray();
        this.controllerPorts = IntStream.range(0, nodes).map(i -> LocalKafkaBroker.freePort()).toArray();
        this.servers = new KafkaRaftServer[nodes];
    }

    /** Formats {@code nodes} nodes under {@code dataDir} (a new directory) and starts them all. */
    public static LocalKafkaCluster start(Path dataDir, int nodes) {
        if (nodes < 1) {
            throw new IllegalArgumentException("a cluster needs at least one node");
        }
        LocalKafkaCluster cluster = new LocalKafkaCluster(dataDir, nodes);
        try {
            cluster.startAll();
            return cluster;
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void startAll() {
        String clusterId = Uuid.randomUuid().toString();
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (int i = 0; i < servers.length; i++) {
            Properties props = nodeProperties(i);
            Path nodeDir = nodeDir(i);
            try {
                Files.createDirectories(nodeDir);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create " + nodeDir, e);
            }
            LocalKafkaBroker.format(nodeDir, props, clusterId);
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            servers[i] = server;
            // A node's start-up waits for the controller quorum, which needs a majority of the nodes: start them together.
            starting.add(CompletableFuture.runAsync(server::startup));
        }
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cluster did not start: " + e, e);
        }
        awaitBrokers(servers.length);
        LOG.info("event=cluster_started nodes={} bootstrap={} data={}", servers.length, bootstrapServers(), dataDir);
    }

    private Properties nodeProperties(int i) {
        int nodes = servers.length;
        int replicas = Math.min(nodes, 3);
        String minIsr = Integer.toString(replicas / 2 + 1);
        String voters = IntStream.range(0, nodes)
                .mapToObj(n -> nodeId(n) + "@127.0.0.1:" + controllerPorts[n])
                .collect(Collectors.joining(","));
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(nodeId(i)));
        p.put("controller.quorum.voters", voters);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + ports[i] + ",CONTROLLER://127.0.0.1:" + controllerPorts[i]);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + ports[i]);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", nodeDir(i).resolve("logs").toString());
        // A first election and the brokers' registrations in about a second rather than ten; failure detection keeps
        // Kafka's defaults (fetch timeout 2 s, broker session 9 s), so a busy machine does not flap leaderships.
        p.put("controller.quorum.election.timeout.ms", "500");
        p.put("controller.quorum.election.backoff.max.ms", "500");
        p.put("broker.heartbeat.interval.ms", "500");
        p.put("num.partitions", "1");
        p.put("default.replication.factor", Integer.toString(replicas));
        p.put("min.insync.replicas", minIsr);
        p.put("offsets.topic.replication.factor", Integer.toString(replicas));
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", Integer.toString(replicas));
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", Integer.toString(replicas));
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        p.put("auto.create.topics.enable", "false");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("num.replica.fetchers", "1");
        p.put("transaction.max.timeout.ms", "900000");
        return p;
    }

    private static int nodeId(int index) {
        return index + 1;
    }

    private Path nodeDir(int index) {
        return dataDir.resolve("node-" + nodeId(index));
    }

    private void awaitBrokers(int expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Admin admin = admin()) {
                if (admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() >= expected) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException("the cluster's " + expected + " brokers did not all register in 60 s", last);
    }

    /** Every node's address, running or not: clients skip the ones that do not answer. */
    public String bootstrapServers() {
        return IntStream.of(ports).mapToObj(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
    }

    /** The Kafka node id of the node at {@code index} (0-based): {@code index + 1}. */
    public int nodeIdOf(int index) {
        return nodeId(index);
    }

    public int size() {
        return servers.length;
    }

    public Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
        return Admin.create(p);
    }

    /**
     * Shuts the node with Kafka id {@code nodeId} down, broker and controller voter both; the others take over its
     * partition leaderships. Its data stays on disk.
     */
    public synchronized void stop(int nodeId) {
        KafkaRaftServer server = servers[nodeId - 1];
        if (server == null) {
            return;
        }
        servers[nodeId - 1] = null;
        server.shutdown();
        server.awaitShutdown();
        LOG.info("event=cluster_node_stopped node={}", nodeId);
    }

    public synchronized boolean isRunning(int nodeId) {
        return servers[nodeId - 1] != null;
    }

    /** Shuts every node down at once: one by one, the last ones would wait for a controller quorum that is gone. */
    @Override
    public synchronized void close() {
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (int i = 0; i < servers.length; i++) {
            KafkaRaftServer server = servers[i];
            if (server != null) {
                servers[i] = null;
                stopping.add(CompletableFuture.runAsync(() -> {
                    server.shutdown();
                    server.awaitShutdown();
                }));
            }
        }
        try {
            CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("event=cluster_close_incomplete error=\"{}\"", e.toString());
        }
        LOG.info("event=cluster_stopped");
    }
}
