package io.newsflow.core.lock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The Kafka cluster that a local state directory (Kafka Streams' stores) was built from, in a file {@code
 * .newsflow-cluster} beside the stores. The stores are a cache of changelog topics, which exist in one cluster only:
 * state left by a run against another cluster (another broker's data directory, a second clone, a reset broker) would
 * otherwise be taken as current, and a dedupe store full of its ids would silently drop every article the new cluster
 * brings again.
 */
public final class StateClusterMark {

    static final String FILE = ".newsflow-cluster";

    private StateClusterMark() {
    }

    /** The cluster id recorded in {@code dir}, if any. */
    public static Optional<String> read(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    .filter(s -> !s.isEmpty()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the state in {@code dir} may belong to {@code clusterId}: only when that is the cluster recorded. */
    public static boolean isOf(Path dir, String clusterId) {
        return read(dir).filter(clusterId::equals).isPresent();
    }

    /** Records {@code clusterId} as the origin of the state in {@code dir}, atomically. */
    public static void record(Path dir, String clusterId) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".newsflow-cluster", ".tmp");
            Files.writeString(tmp, clusterId + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the cluster of " + dir, e);
        }
    }

    /** The id of the cluster that the admin-client properties among {@code clientProperties} reach. */
    public static String clusterId(Properties clientProperties, Duration timeout) {
        Properties p = new Properties();
        for (String name : clientProperties.stringPropertyNames()) {
            if (AdminClientConfig.configNames().contains(name) && !name.equals(AdminClientConfig.CLIENT_ID_CONFIG)) {
                p.put(name, clientProperties.getProperty(name));
            }
        }
        try (Admin admin = Admin.create(p)) {
            return admin.describeCluster().clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka at " + p.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)
                    + " did not tell its cluster id: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
