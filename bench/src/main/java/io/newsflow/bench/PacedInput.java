package io.newsflow.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Lines handed out at a fixed rate, as stdin of ingest: line {@code i} becomes readable {@code i / rate} seconds after
 * the first read. A read returns at most one line and never waits for a second, so ingest stamps each article
 * when its line arrives.
 */
final class PacedInput extends InputStream {

    private final List<String> lines;
    private final double perSecond;
    private long start = -1;
    private int next;
    private byte[] chunk = new byte[0];
    private int position;

    PacedInput(List<String> lines, double perSecond) {
        this.lines = List.copyOf(lines);
        this.perSecond = perSecond;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (position >= chunk.length) {
            if (next >= lines.size()) {
                return -1;
            }
            if (start < 0) {
                start = System.nanoTime();
            }
            long due = start + (long) (next * 1e9 / perSecond);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            chunk = lines.get(next++).getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        int n = Math.min(len, chunk.length - position);
        System.arraycopy(chunk, position, b, off, n);
        position += n;
        return n;
    }

    /** Only what is already due: a reader that asks never blocks on a line still to come. */
    @Override
    public int available() {
        return chunk.length - position;
    }
}
