package io.newsflow.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A lazy sequence of drafts read record by record from a streamed input (JSON Lines, CSV). */
abstract class Drafts implements Iterator<Draft> {

    private Draft next;
    private boolean done;

    /** The next draft, or null at the end. Failures are reported to the context, never thrown. */
    protected abstract Draft computeNext();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = computeNext();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final Draft next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Draft d = next;
        next = null;
        return d;
    }

    /** The drafts as a stream that closes {@code resource} when it is closed. */
    static Stream<Draft> stream(Drafts drafts, Closeable resource) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(drafts,
                        Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        resource.close();
                    } catch (IOException ignored) {
                        // nothing was written; a failed close loses nothing
                    }
                });
    }
}
