package io.newsflow.ingest.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesTableTest {

    @Test
    void shouldPrintEachSourcesStateInAlignedColumns() {
        String table = SourcesTable.format(List.of(
                new SourceStatus("example", "https://example.org/rss", "2026-12-01T10:00:00Z", "2026-12-01T10:00:00Z",
                        null, 40, 12, 28, 0, 3, 0),
                new SourceStatus("broken", "https://broken.example/rss", "2026-12-01T10:00:01Z", null,
                        "timeout: no answer", 0, 0, 0, 2, 0, 0)));

        assertEquals("""
                SOURCE   LAST POLL             LAST SUCCESS          SEEN  PUBLISHED  SKIPPED  ERRORS  304S  GIVEN UP  LAST ERROR
                broken   2026-12-01T10:00:01Z  -                     0     0          0        2       0     0         timeout: no answer
                example  2026-12-01T10:00:00Z  2026-12-01T10:00:00Z  40    12         28       0       3     0         -
                """, table);
    }

    @Test
    void shouldSaySoWhenNoSourceWasFollowed() {
        assertEquals("no sources followed yet\n", SourcesTable.format(List.of()));
    }
}
