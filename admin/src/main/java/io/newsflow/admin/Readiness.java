package io.newsflow.admin;

/**
 * A readiness flag that a service sets as it goes (for example up once its consumer has partitions, down when it
 * loses the broker), for services without a state machine of their own to ask. Starts down.
 */
public final class Readiness implements HealthCheck {

    private volatile HealthStatus status;

    public Readiness(String initialDetail) {
        this.status = HealthStatus.down(initialDetail);
    }

    public void up(String detail) {
        status = HealthStatus.up(detail);
    }

    public void down(String detail) {
        status = HealthStatus.down(detail);
    }

    @Override
    public HealthStatus check() {
        return status;
    }
}
