package io.newsflow.ingest.follow;

import io.newsflow.admin.HealthCheck;
import io.newsflow.admin.HealthStatus;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Ready while the broker answers; asked at most every two seconds, whatever the rate of probes. */
final class BrokerHealth implements HealthCheck {

    private static final long CACHE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final Admin admin;
    private volatile HealthStatus last = HealthStatus.down("starting");
    private volatile long checkedAt;
    private volatile boolean started;

    BrokerHealth(Admin admin) {
        this.admin = admin;
    }

    /** Until this is called (the state is loaded), the service is not ready whatever the broker says. */
    void started() {
        started = true;
        checkedAt = 0;
    }

    @Override
    public synchronized HealthStatus check() {
        if (!started) {
            return HealthStatus.down("starting: reading the state topic");
        }
        if (System.nanoTime() - checkedAt < CACHE_NANOS && checkedAt != 0) {
            return last;
        }
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(1500)).nodes()
                    .get(2, TimeUnit.SECONDS).size();
            last = HealthStatus.up("broker answers (" + nodes + " node" + (nodes == 1 ? "" : "s") + ")");
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            last = HealthStatus.down("broker does not answer: " + e.getClass().getSimpleName());
        }
        checkedAt = System.nanoTime();
        return last;
    }
}
