package io.newsflow.serve;

import io.newsflow.core.config.Settings;
import io.newsflow.serve.topology.ServeTopology;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;

/** Serve instances of one application on a test broker, and a plain HTTP client for their API. */
final class ServeInstances {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServeInstances() {
    }

    static ServeService start(String bootstrap, String applicationId, Path stateDir) {
        ServeService s = ServeService.create(Settings.parse(ServeService.SETTINGS, new String[] {
            "--bootstrap-servers", bootstrap, "--application-id", applicationId, "--http-port", "0",
            "--http-bind", "127.0.0.1", "--advertised-host", "127.0.0.1", "--state-dir", stateDir.toString(),
            "--shutdown-timeout", "10s"}, Map.of()));
        s.start();
        return s;
    }

    /** Waits until every instance runs and each has active partitions of the article store. */
    static void awaitAssigned(List<ServeService> instances) throws InterruptedException {
        await(Duration.ofSeconds(60), () -> instances.stream().allMatch(s -> s.streams().state() == KafkaStreams.State.RUNNING)
                && instances.stream().allMatch(s -> {
                    for (StreamsMetadata m : s.streams().streamsMetadataForStore(ServeTopology.ARTICLES)) {
                        if (m.hostInfo().port() == s.port()) {
                            return !m.topicPartitions().isEmpty();
                        }
                    }
                    return false;
                }), "every instance running with partitions of its own");
    }

    static void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }

    record Answer(int status, String body) {
    }

    static Answer get(ServeService s, String pathAndQuery) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + pathAndQuery))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + pathAndQuery + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
