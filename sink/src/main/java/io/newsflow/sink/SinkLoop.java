package io.newsflow.sink;

import java.util.function.BooleanSupplier;

/** The consuming loop of one sink mode. Its clients are created and used on the thread that calls {@link #run}. */
interface SinkLoop {

    /** Consumes until {@code closing} turns true (after a {@link #wakeup()}), then commits what it holds and returns. */
    void run(BooleanSupplier closing);

    /** Called from another thread: ends a blocking poll so that {@code run} sees the close request at once. */
    void wakeup();

    long recordsWritten();

    long recordsRejected();
}
