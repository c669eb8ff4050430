package io.newsflow.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureEvaluatorTest {

    @TempDir
    Path dir;

    private record Run(int code, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = FigureEvaluator.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private Path gold(String... lines) throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static FigureEvaluator.Item item(int start, int end, String value, String kind, String normalized) {
        return new FigureEvaluator.Item("body", start, end, "x", value == null ? null : new BigDecimal(value), null,
                kind, normalized, null);
    }

    @Test
    void shouldScoreAPerfectGoldAsOne() throws IOException {
        Path file = gold("{\"id\":\"a\",\"title\":\"\",\"body\":\"Almost 8,000 people have been detained, the ministry "
                + "said on Monday.\",\"publishedAt\":\"2022-01-10\",\"figures\":["
                + "{\"field\":\"body\",\"start\":0,\"end\":19,\"text\":\"Almost 8,000 people\",\"value\":8000,"
                + "\"unit\":\"person\",\"object\":\"people\",\"approx\":\"almost\",\"kind\":\"COUNT\","
                + "\"normalized\":null,\"event\":\"ARREST\"},"
                + "{\"field\":\"body\",\"start\":66,\"end\":72,\"text\":\"Monday\",\"value\":null,\"unit\":null,"
                + "\"object\":null,\"approx\":null,\"kind\":\"DATE\",\"normalized\":\"2022-01-10\",\"event\":null}]}");
        Run r = run(file.toString());
        assertEquals(0, r.code(), r.output());
        assertEquals("F1 1.000", r.lastLine());
        assertTrue(r.output().contains("object accuracy 1.000 (1/1)"), r.output());
        assertTrue(r.output().contains("event accuracy 1.000 (1/1)"), r.output());
    }

    @Test
    void shouldCountMissesAndFalsePositivesAndListThemWhenVerbose() throws IOException {
        // gold has one figure the extractor cannot find, and leaves out the "Monday" the extractor does find
        Path file = gold("{\"id\":\"b\",\"title\":null,\"body\":\"Police said on Monday that it was over.\","
                + "\"publishedAt\":\"2022-01-10T08:00:00Z\",\"figures\":[{\"field\":\"body\",\"start\":0,\"end\":6,"
                + "\"text\":\"Police\",\"value\":3,\"kind\":\"COUNT\"}]}");
        Run r = run(file.toString(), "--verbose");
        assertEquals(0, r.code());
        assertEquals("F1 0.000", r.lastLine());
        assertTrue(r.output().contains("miss body[0,6] \"Police\""), r.output());
        assertTrue(r.output().contains("false body[15,21] \"Monday\""), r.output());
    }

    @Test
    void shouldMatchOneToOneByLargestOverlapWhenValuesAgree() {
        List<FigureEvaluator.Item> predicted = List.of(item(0, 10, "5", "COUNT", null), item(12, 20, "7", "COUNT", null));
        List<FigureEvaluator.Item> gold = List.of(item(2, 18, "7", "MONEY", null), item(0, 4, "5", "COUNT", null));
        List<FigureEvaluator.Pair> pairs = FigureEvaluator.match(predicted, gold);
        assertEquals(2, pairs.size());
        assertEquals(0, pairs.get(0).gold().value().compareTo(new BigDecimal("7")));
        assertEquals(12, pairs.get(0).predicted().start(), "the kind does not have to agree");
    }

    @Test
    void shouldCompareDatesByNormalizedFormAndNumbersWithinATolerance() {
        assertTrue(FigureEvaluator.valuesAgree(item(0, 5, null, "DATE", "2022-01-02"),
                item(0, 5, null, "DATE", "2022-01-02")));
        assertFalse(FigureEvaluator.valuesAgree(item(0, 5, null, "DATE", "2021-01-02"),
                item(0, 5, null, "DATE", "2022-01-02")));
        assertTrue(FigureEvaluator.valuesAgree(item(0, 5, "0.6667", "QUANTITY", null),
                item(0, 5, "0.66670000001", "QUANTITY", null)));
        assertFalse(FigureEvaluator.valuesAgree(item(0, 5, "0.667", "QUANTITY", null),
                item(0, 5, "0.6667", "QUANTITY", null)));
        assertTrue(FigureEvaluator.valuesAgree(item(0, 5, null, "TIME", "06:00"), item(0, 5, null, "TIME", "06:00")));
        assertFalse(FigureEvaluator.valuesAgree(item(0, 5, "30", "DURATION", "P30Y"), item(0, 5, null, "DURATION", "P30Y")));
    }

    @Test
    void shouldRejectAMissingFileAndBadUsage() {
        assertEquals(2, run().code());
        assertEquals(2, run("a.jsonl", "b.jsonl").code());
        assertEquals(2, run("--bogus", "a.jsonl").code());
        assertEquals(1, run(dir.resolve("absent.jsonl").toString()).code());
    }

    /** The project's gold set, when it is there: the extractor must keep the targets. */
    @Test
    void shouldMeetTheTargetsOnTheProjectGoldSet() {
        Path file = Path.of("../eval/figures/gold.jsonl");
        Assumptions.assumeTrue(Files.exists(file), "no gold set yet");
        Run r = run(file.toString());
        assertEquals(0, r.code(), r.output());
        System.out.println(r.output());
        assertTrue(Double.parseDouble(r.lastLine().substring(3)) >= 0.90, r.output());
        assertTrue(accuracy(r.output(), "object accuracy ") >= 0.80, r.output());
        assertTrue(accuracy(r.output(), "event accuracy ") >= 0.80, r.output());
    }

    private static double accuracy(String output, String label) {
        int at = output.indexOf(label) + label.length();
        return Double.parseDouble(output.substring(at, output.indexOf(' ', at)));
    }
}
