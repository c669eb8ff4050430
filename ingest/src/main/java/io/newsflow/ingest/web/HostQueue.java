package io.newsflow.ingest.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The requests to one host, run one at a time with at least a delay between the end of one and the start of the
 * next. No thread waits on a host: the next request is scheduled when the delay has passed, so a hanging host holds
 * up its own queue and one worker thread, never another host's requests.
 */
final class HostQueue {

    private record Task<T>(Callable<T> work, CompletableFuture<T> result) {
        void run() {
            if (result.isDone()) { // cancelled while it waited
                return;
            }
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }
    }

    private final String host;
    private final Executor workers;
    private final ScheduledExecutorService timer;
    private final Deque<Task<?>> tasks = new ArrayDeque<>();
    private long delayNanos;
    private long notBefore = System.nanoTime();
    private boolean running;
    private boolean closed;

    HostQueue(String host, long delayNanos, Executor workers, ScheduledExecutorService timer) {
        this.host = host;
        this.delayNanos = delayNanos;
        this.workers = workers;
        this.timer = timer;
    }

    String host() {
        return host;
    }

    /** Runs {@code work} when the host's earlier requests are done and the delay after the last one has passed. */
    <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        synchronized (this) {
            if (closed) {
                result.completeExceptionally(new FetchException(FetchException.Kind.CANCELLED, null,
                        "the fetcher is closed"));
                return result;
            }
            tasks.add(new Task<>(work, result));
            if (!running) {
                running = true;
                scheduleNext();
            }
        }
        return result;
    }

    /** A host's robots.txt may ask for a longer delay than ours; the longer one applies. */
    synchronized void atLeast(long nanos) {
        delayNanos = Math.max(delayNanos, nanos);
    }

    /** Nothing more is sent to the host before {@code nanoTime} (a 429 or 503 asked us to back off). */
    synchronized void pauseUntil(long nanoTime) {
        if (nanoTime - notBefore > 0) {
            notBefore = nanoTime;
        }
    }

    synchronized boolean isIdle() {
        return !running && tasks.isEmpty();
    }

    /** Fails what is still waiting; the request running now ends with its own timeout. */
    void close() {
        Deque<Task<?>> left;
        synchronized (this) {
            closed = true;
            left = new ArrayDeque<>(tasks);
            tasks.clear();
        }
        for (Task<?> t : left) {
            t.result().completeExceptionally(new FetchException(FetchException.Kind.CANCELLED, null,
                    "the fetcher was closed before the request to " + host + " was sent"));
        }
    }

    private void scheduleNext() { // holding the lock
        long wait = Math.max(0, notBefore - System.nanoTime());
        try {
            if (wait == 0) {
                workers.execute(this::runOne);
            } else {
                timer.schedule(() -> workers.execute(this::runOne), wait, TimeUnit.NANOSECONDS);
            }
        } catch (java.util.concurrent.RejectedExecutionException e) {
            running = false; // shut down: close() fails what waits
        }
    }

    private void runOne() {
        Task<?> task;
        synchronized (this) {
            task = tasks.poll();
        }
        try {
            if (task != null) {
                task.run();
            }
        } finally {
            synchronized (this) {
                long next = System.nanoTime() + delayNanos;
                if (next - notBefore > 0) {
                    notBefore = next;
                }
                if (tasks.isEmpty() || closed) {
                    running = false;
                } else {
                    scheduleNext();
                }
            }
        }
    }
}
