package io.newsflow.admin;

import java.util.Objects;

/**
 * The answer of a {@link HealthCheck}: up or not, and a short human-readable reason shown in the
 * {@code /health/ready} body.
 */
public record HealthStatus(boolean up, String detail) {

    public HealthStatus {
        Objects.requireNonNull(detail, "detail");
    }

    public static HealthStatus up(String detail) {
        return new HealthStatus(true, detail);
    }

    public static HealthStatus down(String detail) {
        return new HealthStatus(false, detail);
    }
}
