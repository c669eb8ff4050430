package io.newsflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A count watched over time (articles written by the sink, records on a topic), sampled every few milliseconds by
 * a daemon thread, so that a steady rate can be read off it afterwards.
 */
final class Progress implements AutoCloseable {

    private record Sample(long nanos, long count) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private Progress(LongSupplier count, long everyMillis) {
        sampler = new Thread(() -> {
            while (running) {
                long c = count.getAsLong();
                synchronized (samples) {
                    samples.add(new Sample(System.nanoTime(), c));
                }
                try {
                    Thread.sleep(everyMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-progress");
        sampler.setDaemon(true);
    }

    static Progress watch(LongSupplier count, long everyMillis) {
        Progress p = new Progress(count, everyMillis);
        p.sampler.start();
        return p;
    }

    long latest() {
        synchronized (samples) {
            return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).count();
        }
    }

    /** Waits until the count reaches {@code total}, or the deadline passes; true if it did. */
    boolean awaitCount(long total, long deadlineNanos, Runnable check) throws InterruptedException {
        while (latest() < total) {
            check.run();
            if (System.nanoTime() > deadlineNanos) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /**
     * The rate from the first moment {@code skipped} of the total was reached to the moment the last count was: the
     * skipped part covers start-up (rebalance, JIT, model warm-up). Null if the count never got past the skip.
     */
    Throughput rateAfter(double skipped, long total) {
        List<Sample> copy;
        synchronized (samples) {
            copy = List.copyOf(samples);
        }
        Sample from = null;
        Sample to = null;
        for (Sample s : copy) {
            if (from == null && s.count() >= skipped * total && s.count() > 0) {
                from = s;
            }
            if (to == null || s.count() > to.count()) {
                to = s;
            }
        }
        if (from == null || to == null || to.count() <= from.count()) {
            return null;
        }
        return Throughput.between(from.count(), from.nanos(), to.count(), to.nanos());
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
