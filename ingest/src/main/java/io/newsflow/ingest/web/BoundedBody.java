package io.newsflow.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

/**
 * Reads a response body in chunks, never more than the size limit (compressed or not: a gzip bomb stops at the
 * limit too), and gives up when no byte came for the read timeout or the whole exchange passed its deadline. A
 * watchdog closes the stream to end a read that blocks, since a blocking read has no timeout of its own.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * @param truncate      at the limit, keep what was read rather than fail (robots.txt)
     * @param deadlineNanos {@link System#nanoTime()} by which the body must be complete
     */
    static byte[] read(InputStream raw, boolean gzip, long maxBytes, boolean truncate, long readTimeoutNanos,
                       long deadlineNanos, ScheduledExecutorService timer, URI uri) throws FetchException {
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        AtomicReference<String> expired = new AtomicReference<>();
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(20), Math.min(readTimeoutNanos / 5,
                TimeUnit.SECONDS.toNanos(1)));
        ScheduledFuture<?> watchdog = timer.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            String why = now - deadlineNanos >= 0 ? "the body was not complete within the fetch timeout"
                    : now - lastProgress.get() >= readTimeoutNanos ? "no data within the read timeout" : null;
            if (why != null && expired.compareAndSet(null, why)) {
                closeQuietly(raw);
            }
        }, period, period, TimeUnit.NANOSECONDS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream counted = new CountingStream(raw, lastProgress);
             InputStream in = gzip ? new GZIPInputStream(counted, 8192) : counted) {
            byte[] chunk = new byte[16384];
            int n;
            while ((n = in.read(chunk)) != -1) {
                long room = maxBytes - out.size();
                if (n > room || ((CountingStream) counted).count > maxBytes) {
                    if (truncate) {
                        out.write(chunk, 0, (int) Math.max(0, Math.min(n, room)));
                        break;
                    }
                    throw new FetchException(FetchException.Kind.TOO_LARGE, uri,
                            "the body is larger than " + maxBytes + " bytes");
                }
                out.write(chunk, 0, n);
            }
        } catch (IOException e) {
            String why = expired.get();
            if (why != null) {
                throw new FetchException(FetchException.Kind.TIMEOUT, uri, 0, why, null);
            }
            throw new FetchException(FetchException.Kind.NETWORK, uri, 0,
                    "reading the body failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } finally {
            watchdog.cancel(false);
            closeQuietly(raw);
        }
        if (expired.get() != null) { // the watchdog closed a stream that some streams then report as ended
            throw new FetchException(FetchException.Kind.TIMEOUT, uri, 0, expired.get(), null);
        }
        return out.toByteArray();
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to read from it either way
        }
    }

    /** Counts the bytes as they come off the wire and notes when the last ones came. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final AtomicLong lastProgress;
        long count;

        CountingStream(InputStream in, AtomicLong lastProgress) {
            super(in);
            this.lastProgress = lastProgress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
                lastProgress.set(System.nanoTime());
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                lastProgress.set(System.nanoTime());
            }
            return n;
        }
    }
}
