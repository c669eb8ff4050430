package io.newsflow.ingest.intake;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the broker answers, asked every couple of seconds, so that the intake can answer 503 at once while it
 * does not, rather than hold clients for the whole acknowledgement timeout.
 */
final class BrokerProbe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerProbe.class);
    static final Duration EVERY = Duration.ofSeconds(2);

    private final Admin admin;
    private final ScheduledExecutorService timer;
    private final CountDownLatch firstAnswer = new CountDownLatch(1);
    private volatile boolean reachable;

    BrokerProbe(Properties adminProperties) {
        Properties p = new Properties();
        p.putAll(adminProperties);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(EVERY.toMillis()));
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(EVERY.toMillis()));
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        this.admin = Admin.create(p);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "intake-broker-probe");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::probe, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void probe() {
        boolean now;
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) EVERY.toMillis()))
                    .clusterId().get(EVERY.toMillis() + 500, TimeUnit.MILLISECONDS);
            now = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            now = false;
        }
        if (now != reachable || firstAnswer.getCount() > 0) {
            LOG.info("event=intake_broker reachable={}", now);
        }
        reachable = now;
        firstAnswer.countDown();
    }

    /** Whether the broker answered the last probe; waits for the first one. */
    boolean reachable() {
        try {
            firstAnswer.await(EVERY.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return reachable;
    }

    /** A publish that timed out tells as much as a probe. */
    void markUnreachable() {
        reachable = false;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        admin.close(Duration.ofSeconds(2));
    }
}
