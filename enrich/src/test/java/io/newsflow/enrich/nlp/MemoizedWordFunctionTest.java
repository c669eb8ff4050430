package io.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.process.AmericanizeFunction;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MemoizedWordFunctionTest {

    @Test
    void shouldAnswerAsTheModelsOwnWordFunction() {
        Function<String, String> plain = new AmericanizeFunction();
        Function<String, String> memoized = MemoizedWordFunction.of(new AmericanizeFunction());
        for (String word : List.of("colour", "Colour", "organisation", "theatre", "centre", "Nur-Sultan", "8,000", "a", "")) {
            assertEquals(plain.apply(word), memoized.apply(word), word);
            assertEquals(plain.apply(word), memoized.apply(word), word + ", asked again");
        }
    }

    @Test
    void shouldComputeEachWordOnce() {
        AtomicInteger calls = new AtomicInteger();
        Function<String, String> memoized = MemoizedWordFunction.of(w -> {
            calls.incrementAndGet();
            return w.toUpperCase();
        });
        for (int i = 0; i < 300; i++) {
            assertEquals("TOKAYEV", memoized.apply("Tokayev"));
        }
        assertEquals(1, calls.get());
    }

    @Test
    void shouldStayWithinItsBoundOnEndlesslyNewWords() {
        MemoizedWordFunction memoized = (MemoizedWordFunction) MemoizedWordFunction.of(Function.identity());
        for (int i = 0; i < 3 * MemoizedWordFunction.MAX_ENTRIES; i++) {
            assertEquals("w" + i, memoized.apply("w" + i));
        }
        assertTrue(memoized.size() <= MemoizedWordFunction.MAX_ENTRIES, "size " + memoized.size());
    }

    @Test
    void shouldLeaveNoFunctionAsNoneAndNotWrapTwice() {
        assertNull(MemoizedWordFunction.of(null));
        Function<String, String> once = MemoizedWordFunction.of(Function.identity());
        assertSame(once, MemoizedWordFunction.of(once));
    }
}
