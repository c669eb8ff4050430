package io.newsflow.bench;

import io.newsflow.core.Topics;
import io.newsflow.sink.FileStore;
import io.newsflow.sink.StoredFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Watches the sink's file store for newly committed files, as a reader downstream would see them, and times each
 * article in them: an article is visible when its file is. Polls every {@link #EVERY_MILLIS} ms, which bounds the
 * error of each latency.
 */
final class FileStoreWatcher implements AutoCloseable {

    static final long EVERY_MILLIS = 20;

    private final Path out;
    private final ArrivalTimes arrivals;
    private final Set<Path> known = new HashSet<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;

    /** Files committed before now are taken as known: only what commits from now on is timed. */
    private FileStoreWatcher(Path out, ArrivalTimes arrivals) {
        this.out = out;
        this.arrivals = arrivals;
        FileStore.committed(out, Topics.ENRICHED).forEach(f -> known.add(f.path()));
        thread = new Thread(this::poll, "bench-watch-files");
        thread.setDaemon(true);
    }

    static FileStoreWatcher start(Path out, ArrivalTimes arrivals) {
        FileStoreWatcher w = new FileStoreWatcher(out, arrivals);
        w.thread.start();
        return w;
    }

    private void poll() {
        try {
            while (running) {
                for (StoredFile f : FileStore.committed(out, Topics.ENRICHED)) {
                    if (known.add(f.path())) {
                        Instant visible = Instant.now();
                        for (String line : Files.readAllLines(f.path(), StandardCharsets.UTF_8)) {
                            if (!line.isBlank()) {
                                arrivals.arrived(line.getBytes(StandardCharsets.UTF_8), visible);
                            }
                        }
                    }
                }
                Thread.sleep(EVERY_MILLIS);
            }
        } catch (InterruptedException e) {
            // closing
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
    }

    void check() {
        if (failure != null) {
            throw new IllegalStateException("watching the file store failed: " + failure, failure);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(10_000);
    }
}
