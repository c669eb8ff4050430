package io.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.newsflow.core.config.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/** A sink service running on its own thread, as the CLI runs it; closing it is the clean shutdown. */
final class RunningSink implements AutoCloseable {

    final SinkService service;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private RunningSink(SinkService service) {
        this.service = service;
        this.thread = new Thread(() -> {
            try {
                service.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "sink-under-test");
        thread.start();
    }

    static RunningSink start(String... args) {
        List<String> all = new ArrayList<>(List.of("--bootstrap-servers", SharedBroker.bootstrap()));
        all.addAll(List.of(args));
        return new RunningSink(SinkService.create(Settings.parse(SinkService.SETTINGS, all.toArray(String[]::new), Map.of())));
    }

    /** Waits for the condition, failing early if the sink died. */
    void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (failure.get() != null) {
                throw new AssertionError("sink failed while waiting for " + what, failure.get());
            }
            if (System.nanoTime() > deadline) {
                fail("timed out after " + timeout + " waiting for " + what + " (written=" + service.recordsWritten()
                        + ", rejected=" + service.recordsRejected() + ")");
            }
            sleep(50);
        }
    }

    void awaitWritten(long records) {
        await(records + " records written", Duration.ofSeconds(30), () -> service.recordsWritten() >= records);
    }

    boolean isRunning() {
        return thread.isAlive();
    }

    @Override
    public void close() {
        service.close();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertFalse(thread.isAlive(), "run() did not return after close()");
        if (failure.get() != null) {
            throw new AssertionError("sink failed", failure.get());
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
