package io.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatestViewTest {

    private static final String TOPIC = "news.enriched";
    private static final List<String> NASTY_IDS = List.of(
            "https://en.wikinews.org/wiki/Three_killed,_three_others_injured_in_stabbing_attack_in_Reading,_UK",
            "https://example.com/news?id=5&x=%2F..%2F",
            "../../etc/passwd",
            "Zürich, 東京 / São Paulo",
            ".hidden",
            "CON");

    @TempDir
    Path out;

    private static byte[] version(String id, Integer n, String title) {
        EnrichedArticle a = Articles.article(id);
        EnrichedArticle titled = new EnrichedArticle(a.id(), a.url(), a.source(), title, a.body(), a.language(),
                a.publishedAt(), a.ingestedAt(), a.entities(), a.figures(), a.enrichedAt(), a.pipelineVersion());
        return Articles.json(n == null ? titled : titled.withVersion(n, "hash-" + n, n > 1 ? "hash-" + (n - 1) : null));
    }

    private Optional<String> titleOf(String id) {
        return LatestView.read(out, TOPIC, id).map(line -> Articles.titleOf(line));
    }

    @Test
    void shouldReplaceAnEarlierVersionWithALaterOne() {
        LatestView view = new LatestView(out, TOPIC);
        assertTrue(view.offer(version("a", 1, "first")));
        assertTrue(view.offer(version("a", 2, "death toll rises")));
        view.sync();
        assertEquals(Optional.of("death toll rises"), titleOf("a"));
    }

    @Test
    void shouldKeepTheNewerVersionWhenAnOlderOneArrivesLate() {
        LatestView view = new LatestView(out, TOPIC);
        view.offer(version("a", 3, "third"));
        assertFalse(view.offer(version("a", 2, "second, late")));
        assertFalse(view.offer(version("a", null, "no version: the first")));
        view.sync();
        assertFalse(new LatestView(out, TOPIC).offer(version("a", 2, "second, later still")), "compared with the file too");
        assertEquals(Optional.of("third"), titleOf("a"));
    }

    @Test
    void shouldLetTheSameVersionReadAgainReplaceIt() {
        LatestView view = new LatestView(out, TOPIC);
        view.offer(version("a", null, "enriched once"));
        view.sync();
        assertTrue(view.offer(version("a", 1, "enriched again after a reset")));
        view.sync();
        assertEquals(Optional.of("enriched again after a reset"), titleOf("a"));
    }

    @Test
    void shouldStoreAnyIdUnderItsHashInsideTheViewAndGiveItBackByTheId() throws Exception {
        LatestView view = new LatestView(out, TOPIC);
        for (String id : NASTY_IDS) {
            view.offer(version(id, 1, "title of " + id));
        }
        view.sync();
        for (String id : NASTY_IDS) {
            assertEquals(Optional.of("title of " + id), titleOf(id), id);
            assertEquals(id, Articles.idOf(LatestView.read(out, TOPIC, id).orElseThrow()));
        }
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertEquals(NASTY_IDS.size(), all.size(), "one file per id and no temporary file left: " + all);
            for (Path f : all) {
                assertTrue(f.startsWith(LatestView.root(out, TOPIC)), f + " is outside the view");
                assertTrue(f.getFileName().toString().matches("[0-9a-f]{64}\\.json"), f.toString());
                assertTrue(f.getParent().getFileName().toString().equals(f.getFileName().toString().substring(0, 2)));
            }
        }
        try (Stream<String> lines = LatestView.lines(out, TOPIC)) {
            assertEquals(NASTY_IDS.stream().sorted().toList(), lines.map(Articles::idOf).sorted().toList());
        }
    }

    @Test
    void shouldReplaceADamagedViewFile() throws Exception {
        Path file = LatestView.file(out, TOPIC, "a");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"id\": \"a\", \"versi", StandardCharsets.UTF_8);
        LatestView view = new LatestView(out, TOPIC);
        assertTrue(view.offer(version("a", 1, "whole again")));
        view.sync();
        assertEquals(Optional.of("whole again"), titleOf("a"));
    }

    @Test
    void shouldShowAVersionOnlyOnceItsSegmentIsAboutToCommitAndDropItWhenTheSegmentIsDropped() throws Exception {
        LatestView view = new LatestView(out, TOPIC);
        view.offer(version("a", 1, "committed"));
        view.sync();
        view.offer(version("a", 2, "not yet"));
        assertEquals(Optional.of("committed"), titleOf("a"));
        view.abandon();
        view.sync();
        assertEquals(Optional.of("committed"), titleOf("a"));
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "the abandoned version's temporary file is gone");
        }
    }

    @Test
    void shouldHaveNothingForAnIdItNeverSaw() {
        assertEquals(Optional.empty(), LatestView.read(out, TOPIC, "never"));
        try (Stream<String> lines = LatestView.lines(out, TOPIC)) {
            assertEquals(0, lines.count());
        }
    }
}
