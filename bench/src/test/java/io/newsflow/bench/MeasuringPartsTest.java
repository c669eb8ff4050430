package io.newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's own pieces, on inputs small enough to check by hand. */
class MeasuringPartsTest {

    @TempDir
    Path tmp;

    @Test
    void shouldReadQuotedCsvFieldsWithCommasQuotesAndLineBreaks() {
        List<List<String>> rows = Csv.parse("url,title,text\r\n\"u\",\"A, \"\"quoted\"\" title\",\"one\n\ntwo\"\n");
        assertEquals(List.of(List.of("url", "title", "text"), List.of("u", "A, \"quoted\" title", "one\n\ntwo")), rows);
        assertEquals(rows.get(1), Csv.parse(Csv.row("u", "A, \"quoted\" title", "one\n\ntwo")).get(0));
    }

    @Test
    void shouldTakeNearestRankPercentiles() {
        List<Double> hundred = new java.util.ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            hundred.add((double) i);
        }
        Latencies l = Latencies.of(hundred);
        assertArrayEquals(new double[] {50, 95, 99, 100}, new double[] {l.p50(), l.p95(), l.p99(), l.max()});
        assertEquals(100, l.count());
    }

    @Test
    void shouldReadHeapPeaksFromAGcLog() throws Exception {
        Path log = tmp.resolve("gc.log");
        Files.writeString(log, """
                [0.006s][info][gc] Using G1
                [1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->6M(256M) 3.1ms
                [5.678s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 150M->120M(300M) 8.0ms
                [9.000s][info][gc] GC(2) Pause Full (System.gc()) 1G->512000K(1024M) 80.0ms
                """);
        GcLog gc = GcLog.read(log);
        assertEquals("G1", gc.collector());
        assertEquals(3, gc.collections());
        assertEquals(1024, gc.peakUsedMb(), 0.01);
        assertEquals(500, gc.peakAfterGcMb(), 0.01);
        assertEquals(1024, gc.peakCommittedMb(), 0.01);
    }

    @Test
    void shouldHandOutLinesNoFasterThanTheirRate() throws Exception {
        PacedInput in = new PacedInput(List.of("a\n", "b\n", "c\n"), 20);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        assertEquals("a", reader.readLine());
        assertEquals("b", reader.readLine());
        assertEquals("c", reader.readLine());
        assertEquals(null, reader.readLine());
        assertTrue(System.nanoTime() - start >= 100_000_000L, "the third line is due 100 ms after the first");
    }

    @Test
    void shouldMakeEveryCopyADistinctArticleWithoutAddingDigits() {
        Workload w = Workload.load(Path.of("../samples"), 2);
        var copies = w.copies("run", 2);
        assertEquals(4, copies.size());
        assertEquals(4, copies.stream().map(a -> a.id()).distinct().count());
        assertEquals(4, copies.stream().map(a -> a.body()).distinct().count());
        String original = w.articles().get(0).raw().body();
        String added = copies.get(2).body().substring(original.stripTrailing().length());
        assertTrue(added.chars().noneMatch(Character::isDigit), added);
    }
}
