package io.newsflow.ingest.read;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The streams of several sources one after the other, each opened only when the previous one is used up and closed
 * right after. Stream.flatMap would do the same for forEach, but pulled through iterator() it reads a whole inner
 * stream ahead: all of stdin before the first article, all of a large JSON Lines file into memory.
 */
final class LazyConcat<S, T> implements Iterator<T> {

    private final Iterator<S> sources;
    private final Function<S, Stream<T>> open;
    private Stream<T> current;
    private Iterator<T> inner;

    private LazyConcat(List<S> sources, Function<S, Stream<T>> open) {
        this.sources = sources.iterator();
        this.open = open;
    }

    static <S, T> Stream<T> of(List<S> sources, Function<S, Stream<T>> open) {
        LazyConcat<S, T> concat = new LazyConcat<>(List.copyOf(sources), open);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(concat,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(concat::closeCurrent);
    }

    @Override
    public boolean hasNext() {
        while (inner == null || !inner.hasNext()) {
            closeCurrent();
            if (!sources.hasNext()) {
                return false;
            }
            current = open.apply(sources.next());
            inner = current.iterator();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return inner.next();
    }

    private void closeCurrent() {
        if (current != null) {
            Stream<T> s = current;
            current = null;
            inner = null;
            s.close();
        }
    }
}
