package io.newsflow.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a file store was written from: the Kafka cluster, and the incarnation (topic id) of each topic in it. The
 * store's file names are offsets, which mean something only in that cluster and that incarnation of the topic, so
 * a sink refuses a store written from elsewhere. Kept in {@code <out>/.newsflow-store.json}.
 */
record StoreIdentity(String clusterId, Map<String, String> topicIds) {

    static final String FILE_NAME = ".newsflow-store.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    StoreIdentity {
        topicIds = Map.copyOf(topicIds);
    }

    /** The identity recorded in the store, or empty for a new store (or one written before identities were kept). */
    static Optional<StoreIdentity> read(Path out) {
        Path file = out.resolve(FILE_NAME);
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            Map<String, String> topics = new TreeMap<>();
            root.path("topicIds").fields().forEachRemaining(e -> topics.put(e.getKey(), e.getValue().asText()));
            String cluster = root.path("clusterId").asText("");
            if (cluster.isEmpty()) {
                throw new IllegalStateException(file + " has no clusterId; delete it to let the sink record it again");
            }
            return Optional.of(new StoreIdentity(cluster, topics));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage()
                    + "; delete it to let the sink record the store's cluster and topic again", e);
        }
    }

    StoreIdentity with(String topic, String topicId) {
        Map<String, String> topics = new TreeMap<>(topicIds);
        topics.put(topic, topicId);
        return new StoreIdentity(clusterId, topics);
    }

    /** Writes the file atomically: a reader sees the old identity or the new one, never half of one. */
    void write(Path out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("clusterId", clusterId);
        ObjectNode topics = root.putObject("topicIds");
        new TreeMap<>(topicIds).forEach(topics::put);
        Path file = out.resolve(FILE_NAME);
        Path temp = out.resolve(FILE_NAME + "." + ProcessHandle.current().pid() + "." + Thread.currentThread().getId() + ".tmp");
        try {
            Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Null when {@code topic} of the cluster {@code clusterId} (where the topic has id {@code topicId}) may be written
     * to this store; otherwise what is wrong and what to do about it.
     */
    String conflict(Path out, String clusterId, String topic, String topicId) {
        String remedy = "; its offsets mean nothing there. Give the sink another --out (a new, empty directory), or delete "
                + out + " if you no longer need what it holds.";
        if (!this.clusterId.equals(clusterId)) {
            return out + " was written from another Kafka cluster (cluster id " + this.clusterId + "; the brokers at hand have "
                    + clusterId + ")" + remedy;
        }
        String recorded = topicIds.get(topic);
        if (recorded != null && !recorded.equals(topicId)) {
            return out + " holds an earlier " + topic + " (topic id " + recorded + "; the topic has been deleted and created"
                    + " again since, and now has id " + topicId + ")" + remedy;
        }
        return null;
    }
}
