package io.newsflow.admin;

import java.util.Objects;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Whether a service is ready to do its work. Called on every {@code /health/ready} request, from the admin
 * server's threads: it must be quick and thread-safe (read a state, do not connect anywhere).
 */
@FunctionalInterface
public interface HealthCheck {

    HealthStatus check();

    /** Up only when both are up; the detail names the first that is down. */
    default HealthCheck and(HealthCheck other) {
        Objects.requireNonNull(other);
        return () -> {
            HealthStatus first = check();
            if (!first.up()) {
                return first;
            }
            HealthStatus second = other.check();
            return second.up() ? HealthStatus.up(first.detail() + "; " + second.detail()) : second;
        };
    }

    /** Ready while the Streams instance is RUNNING; its state is the detail. */
    static HealthCheck streamsRunning(KafkaStreams streams) {
        Objects.requireNonNull(streams);
        return () -> {
            KafkaStreams.State state = streams.state();
            return new HealthStatus(state == KafkaStreams.State.RUNNING, "streams " + state);
        };
    }
}
