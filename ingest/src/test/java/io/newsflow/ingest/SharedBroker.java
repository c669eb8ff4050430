package io.newsflow.ingest;

import io.newsflow.broker.LocalKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One broker for all the Kafka test classes of a test JVM: starting one costs seconds on two cores. Tests keep apart
 * by using topics of their own. It stops, and its data goes, when the JVM exits.
 */
public final class SharedBroker {

    private static final AtomicInteger TOPICS = new AtomicInteger();
    private static LocalKafkaBroker broker;

    private SharedBroker() {
    }

    public static synchronized LocalKafkaBroker get() {
        if (broker == null) {
            try {
                Path dir = Files.createTempDirectory("ingest-test-broker");
                broker = LocalKafkaBroker.start(dir, 0);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    broker.stop();
                    delete(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return broker;
    }

    /** A new topic, named after {@code prefix}, with {@code partitions} partitions. */
    public static String newTopic(String prefix, int partitions) {
        String name = prefix + "-" + TOPICS.incrementAndGet();
        get().createTopics(Map.of(name, partitions));
        return name;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
