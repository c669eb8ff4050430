package io.newsflow.enrich.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of the CRF's word normalization (CoreNLP's {@code AmericanizeFunction} for the 4-class
 * model). The feature factory applies it every time it reads a word, several hundred times for a capitalized word
 * (its occurrence-pattern features look 150 tokens either way), and each application runs regular expressions; the
 * function is pure, so a lookup gives the same answer for a fraction of the cost.
 *
 * <p>Thread-safe. The memory is bounded: past {@link #MAX_ENTRIES} words it starts over, which costs one
 * recomputation per word and keeps a long-running service's footprint flat.
 */
final class MemoizedWordFunction implements Function<String, String> {

    static final int MAX_ENTRIES = 50_000;

    private final Function<String, String> delegate;
    private final Map<String, String> memory = new ConcurrentHashMap<>();

    private MemoizedWordFunction(Function<String, String> delegate) {
        this.delegate = delegate;
    }

    /** {@code function} with a memory, or null when there is no function to remember. */
    static Function<String, String> of(Function<String, String> function) {
        if (function == null || function instanceof MemoizedWordFunction) {
            return function;
        }
        return new MemoizedWordFunction(function);
    }

    @Override
    public String apply(String word) {
        if (word == null) {
            return delegate.apply(null);
        }
        String known = memory.get(word);
        if (known != null) {
            return known;
        }
        String result = delegate.apply(word);
        if (result != null) {
            if (memory.size() >= MAX_ENTRIES) {
                memory.clear();
            }
            memory.put(word, result);
        }
        return result;
    }

    int size() {
        return memory.size();
    }
}
