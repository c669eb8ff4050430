package io.newsflow.ingest.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SourceSpecTest {

    @Test
    void shouldReadALineWithItsOwnIntervalAndName() {
        SourceSpec s = SourceSpec.parseLine("https://e.org/rss interval=2m source=e  # a comment", Duration.ofMinutes(5));
        assertEquals(new SourceSpec("e", "https://e.org/rss", Duration.ofMinutes(2)), s);
        assertEquals("e", s.label());
    }

    @Test
    void shouldDefaultTheIntervalAndLabelTheSourceByItsLocation() {
        SourceSpec s = SourceSpec.parseLine("/data/inbox", Duration.ofMinutes(5));
        assertEquals(Duration.ofMinutes(5), s.interval());
        assertEquals("/data/inbox", s.label());
    }

    @Test
    void shouldSkipCommentsAndBlankLinesAndRefuseUnknownWords() {
        assertNull(SourceSpec.parseLine("  # nothing", Duration.ofMinutes(5)));
        assertNull(SourceSpec.parseLine("   ", Duration.ofMinutes(5)));
        assertEquals("'every=2m' is neither interval=DURATION nor source=NAME", assertThrows(IllegalArgumentException.class,
                () -> SourceSpec.parseLine("https://e.org/rss every=2m", Duration.ofMinutes(5))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SourceSpec.parseLine("x interval=soon", Duration.ofMinutes(5)));
    }
}
