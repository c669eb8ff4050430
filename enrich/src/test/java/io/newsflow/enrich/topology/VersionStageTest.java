package io.newsflow.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class VersionStageTest {

    private static final VersionStage.Latest LATEST = new VersionStage.Latest("h2", 2, "news.raw", 3, 100);

    @Test
    void shouldPublishTheFirstContentOfAnIdAndEveryChangedOne() {
        assertNull(VersionStage.dropReason(null, "h1", new SourceHeaders("news.raw", 3, 7)));
        assertNull(VersionStage.dropReason(LATEST, "h3", new SourceHeaders("news.raw", 3, 101)));
    }

    @Test
    void shouldDropTheLatestContentResentAsADuplicateById() {
        assertEquals("id", VersionStage.dropReason(LATEST, "h2", new SourceHeaders("news.raw", 3, 250)));
    }

    @Test
    void shouldDropAnOlderVersionReadAfterANewerOneFromTheSamePartition() {
        assertEquals("superseded", VersionStage.dropReason(LATEST, "h1", new SourceHeaders("news.raw", 3, 99)));
    }

    @Test
    void shouldTakeArrivalOrderWhenTheOffsetsAreNotComparable() {
        assertNull(VersionStage.dropReason(LATEST, "h1", new SourceHeaders("news.raw", 4, 5)));
        assertNull(VersionStage.dropReason(LATEST, "h1", new SourceHeaders("other.topic", 3, 5)));
    }
}
