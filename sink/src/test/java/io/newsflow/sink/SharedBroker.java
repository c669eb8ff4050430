package io.newsflow.sink;

import io.newsflow.broker.LocalKafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * One in-JVM broker for all of this module's integration tests: starting one takes seconds, and every test uses
 * topics and groups of its own. It is stopped, and its data deleted, when the test JVM exits.
 */
final class SharedBroker {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static LocalKafkaBroker broker;

    private SharedBroker() {
    }

    static synchronized LocalKafkaBroker get() {
        if (broker == null) {
            try {
                Path dir = Files.createTempDirectory("newsflow-sink-broker");
                LocalKafkaBroker started = LocalKafkaBroker.start(dir, 0);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.stop();
                    deleteTree(dir);
                }));
                broker = started;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return broker;
    }

    static String bootstrap() {
        return get().bootstrapServers();
    }

    /** A fresh topic name (and so a fresh group name) for one test. */
    static String newTopic(String prefix, int partitions) {
        String name = prefix + "-" + NAMES.incrementAndGet();
        createReady(Map.of(name, partitions));
        return name;
    }

    /**
     * Creates topics and waits until every partition's log answers: an idempotent producer that writes to a
     * partition whose log does not exist yet can have its first batch refused after a later one was taken, and then
     * retries it until it times out (OutOfOrderSequenceException in the broker's log).
     */
    static void createReady(Map<String, Integer> partitionsByTopic) {
        get().createTopics(partitionsByTopic);
        Map<TopicPartition, OffsetSpec> all = new HashMap<>();
        partitionsByTopic.forEach((topic, n) -> {
            for (int p = 0; p < n; p++) {
                all.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Admin admin = get().admin()) {
            while (true) {
                try {
                    admin.listOffsets(all).all().get(5, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("topics not ready: " + partitionsByTopic, e);
                    }
                    Thread.sleep(100);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
