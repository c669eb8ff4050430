package io.newsflow.sink;

import io.newsflow.core.config.SettingsException;
import io.newsflow.core.lock.DirectoryLock;
import io.newsflow.core.lock.DirectoryLockedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mode file, at start, before anything in the store is read or changed: this instance takes the store's lock (unless
 * it is shared by the instances of one group), and checks that the store was written from this Kafka cluster and this
 * incarnation of the topic, recording both in a new store. A refusal is a {@link SettingsException} on {@code --out}
 * that says what to do.
 */
final class StoreOwnership implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreOwnership.class);
    private static final Duration REMIND_EVERY = Duration.ofMinutes(1);

    private final DirectoryLock lock;

    private StoreOwnership(DirectoryLock lock) {
        this.lock = lock;
    }

    /**
     * Takes the store's lock (none with --shared-store); touches nothing else. Call {@link #verify} once Kafka is
     * reachable.
     */
    static StoreOwnership lock(SinkConfig config) {
        Path out = config.out().toAbsolutePath().normalize();
        if (config.sharedStore()) {
            return new StoreOwnership(null);
        }
        try {
            return new StoreOwnership(DirectoryLock.acquire(out, "sink"));
        } catch (DirectoryLockedException e) {
            throw new SettingsException(SinkService.OUT.name(), e.getMessage() + "; nothing was changed. Stop that"
                    + " sink, or give this one another --out (instances of one group that share a store on purpose"
                    + " start each with --shared-store)");
        }
    }

    /**
     * Checks that the store was written from this cluster and this incarnation of the topic, recording both in a new
     * store; false if {@code closing} turned true while waiting for the topic.
     */
    boolean verify(SinkConfig config, BooleanSupplier closing) {
        Optional<Cluster> cluster = describe(config, closing);
        if (cluster.isEmpty()) {
            return false;
        }
        check(config.out().toAbsolutePath().normalize(), config.topic(), cluster.get());
        return true;
    }

    private static void check(Path out, String topic, Cluster cluster) {
        Optional<StoreIdentity> recorded = StoreIdentity.read(out);
        if (recorded.isPresent()) {
            String conflict = recorded.get().conflict(out, cluster.clusterId(), topic, cluster.topicId());
            if (conflict != null) {
                throw new SettingsException(SinkService.OUT.name(), conflict);
            }
            if (!recorded.get().topicIds().containsKey(topic)) {
                recorded.get().with(topic, cluster.topicId()).write(out);
            }
            return;
        }
        if (!FileStore.committed(out, topic).isEmpty()) {
            LOG.warn("event=store_identity_recorded out={} topic={} cluster_id={} topic_id={} detail=\"the store had"
                    + " files but no record of their cluster; taking them as this cluster's\"", out, topic,
                    cluster.clusterId(), cluster.topicId());
        }
        new StoreIdentity(cluster.clusterId(), java.util.Map.of()).with(topic, cluster.topicId()).write(out);
    }

    /** The cluster id and the topic's id, waiting for the brokers and the topic as long as the sink is not closed. */
    private static Optional<Cluster> describe(SinkConfig config, BooleanSupplier closing) {
        long lastWarning = 0;
        try (Admin admin = Admin.create(config.adminProperties())) {
            while (!closing.getAsBoolean()) {
                try {
                    String clusterId = admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
                    TopicDescription topic = admin.describeTopics(List.of(config.topic())).allTopicNames()
                            .get(10, TimeUnit.SECONDS).get(config.topic());
                    return Optional.of(new Cluster(clusterId, topic.topicId().toString()));
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    if (System.nanoTime() - lastWarning > REMIND_EVERY.toNanos() || lastWarning == 0) {
                        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                        LOG.warn("event=sink_waiting bootstrap={} topic={} reason=\"{}\" (is a broker running, and does"
                                + " the topic exist?)", config.bootstrapServers(), config.topic(),
                                PartitionWriter.logSafe(String.valueOf(cause)));
                        lastWarning = System.nanoTime();
                    }
                    sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (lock != null) {
            lock.close();
        }
    }

    private record Cluster(String clusterId, String topicId) {
    }
}
