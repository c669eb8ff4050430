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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureEvaluatorTest {

    /** A body the extractor reads as two figures: "Almost 8,000 people" (ARREST) and "Monday" (2022-01-10). */
    private static final String BODY = "Almost 8,000 people have been detained, the ministry said on Monday.";
    private static final String COUNT = "{\"field\":\"body\",\"start\":0,\"end\":19,\"text\":\"Almost 8,000 people\","
            + "\"value\":8000,\"unit\":\"person\",\"object\":\"people\",\"approx\":\"almost\",\"kind\":\"COUNT\","
            + "\"normalized\":null,\"event\":\"ARREST\"}";
    private static final String MONDAY = "{\"field\":\"body\",\"start\":61,\"end\":67,\"text\":\"Monday\",\"value\":null,"
            + "\"kind\":\"DATE\",\"normalized\":\"2022-01-10\"}";
    private static final String MONDAY_WRONG_YEAR = MONDAY.replace("2022-01-10", "2021-01-10");

    @TempDir
    Path dir;

    private record Run(int code, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }

        /** The report of one part, from its "== part" header to the next part or the summary. */
        String part(String name) {
            int at = output.indexOf("== " + name + ":");
            assertTrue(at >= 0, "no part " + name + " in\n" + output);
            int end = output.indexOf("\n== ", at + 1);
            int summary = output.indexOf("\npart ", at);
            end = end < 0 ? summary : Math.min(end, summary);
            return output.substring(at, end);
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = FigureEvaluator.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private static String article(String id, String split, String topic, String... figures) {
        return "{\"id\":\"" + id + "\",\"split\":\"" + split + "\",\"source\":\"test\",\"style\":\"wire\",\"topic\":\""
                + topic + "\",\"title\":\"\",\"body\":\"" + BODY + "\",\"publishedAt\":\"2022-01-10\",\"figures\":["
                + String.join(",", figures) + "]}";
    }

    private Path file(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static FigureMatch.Item item(int start, int end, String value, String kind, String normalized) {
        return item(start, end, value, kind, normalized, null, null);
    }

    private static FigureMatch.Item item(int start, int end, String value, String kind, String normalized,
                                         String object, String event) {
        return new FigureMatch.Item("body", start, end, "x", value == null ? null : new BigDecimal(value), object,
                kind, normalized, event);
    }

    private static int errorCount(String report, FigureError e) {
        String line = report.lines().filter(l -> l.trim().startsWith(e.label() + " ")).findFirst().orElseThrow();
        return Integer.parseInt(line.trim().substring(e.label().length()).trim().split(" +")[0]);
    }

    @Test
    void shouldScoreAPerfectGoldAsOne() throws IOException {
        Path file = file("dev.jsonl", article("a", "dev", "unrest", COUNT, MONDAY));
        Run r = run(file.toString());
        assertEquals(0, r.code(), r.output());
        assertEquals("F1 1.000", r.lastLine());
        assertTrue(r.output().contains("object accuracy 1.000 (1/1)"), r.output());
        assertTrue(r.output().contains("event accuracy 1.000 (1/1)"), r.output());
    }

    @Test
    void shouldReportTheDevelopmentAndHeldOutPartsApartAndHeadlineTheHeldOut() throws IOException {
        file("dev.jsonl", article("d", "dev", "unrest", COUNT, MONDAY));
        file("heldout.jsonl", article("h", "heldout", "crime", COUNT)); // leaves out Monday: one spurious prediction
        Run r = run(dir.toString());
        assertEquals(0, r.code(), r.output());
        assertTrue(r.part("dev").contains("1 articles, 2 gold figures, 2 predicted"), r.output());
        assertTrue(r.part("held-out").contains("1 articles, 1 gold figures, 2 predicted"), r.output());
        assertTrue(r.part("held-out").contains("never tune on this part"), r.output());
        assertTrue(r.output().matches("(?s).*\ndev +1 +2 +1\\.000 +1\\.000 .*"), r.output());
        assertTrue(r.output().matches("(?s).*\nheld-out +1 +1 +0\\.667 +0\\.667 .*"), r.output());
        assertEquals("F1 0.667", r.lastLine(), "the held-out part is the headline");
        assertTrue(r.part("held-out").contains("topic  crime"), r.output());
        assertFalse(r.part("held-out").contains("topic  unrest"), r.output());
    }

    @Test
    void shouldScoreTheDefaultLayoutWhenHandedTheOldSingleGoldFile() throws IOException {
        file("dev.jsonl", article("d", "dev", "unrest", COUNT, MONDAY));
        Run r = run(dir.resolve("gold.jsonl").toString());
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains("was split into dev.jsonl and heldout.jsonl"), r.output());
        assertEquals("F1 1.000", r.lastLine());
    }

    @Test
    void shouldCountEachErrorClassInThePartReport() throws IOException {
        // gold: the count with another event and an extra gold figure on "ministry"; Monday a year off
        String wrongEvent = COUNT.replace("ARREST", "KILL");
        String ministry = "{\"field\":\"body\",\"start\":44,\"end\":52,\"text\":\"ministry\",\"value\":1,"
                + "\"kind\":\"COUNT\"}";
        file("heldout.jsonl", article("h", "heldout", "crime", wrongEvent, ministry, MONDAY_WRONG_YEAR));
        Run r = run(dir.toString());
        String report = r.part("held-out");
        assertEquals(1, errorCount(report, FigureError.WRONG_EVENT), report);
        assertEquals(1, errorCount(report, FigureError.MISSED_SPAN), report);
        assertEquals(1, errorCount(report, FigureError.WRONG_DATE_YEAR), report);
        assertEquals(0, errorCount(report, FigureError.SPURIOUS), report);
        assertTrue(report.matches("(?s).*\n +KILL +1 +1 +0 +0\n.*"), "per event: gold, found, right, predicted\n"
                + report);
        assertTrue(report.matches("(?s).*\n +ARREST +0 +0 +0 +1\n.*"), report);
    }

    @Test
    void shouldListTheDevelopmentPartsErrorsButNeverTheHeldOutPartsWhenVerbose() throws IOException {
        String police = "{\"field\":\"body\",\"start\":20,\"end\":24,\"text\":\"have\",\"value\":3,\"kind\":\"COUNT\"}";
        file("dev.jsonl", article("d", "dev", "unrest", COUNT, police));
        file("heldout.jsonl", article("h", "heldout", "crime", COUNT, police));
        Run r = run(dir.toString(), "--verbose");
        assertEquals(0, r.code());
        String dev = r.output().substring(r.output().indexOf("== d\n"), r.output().indexOf("== h\n"));
        assertTrue(dev.contains("miss body[20,24] \"have\""), r.output());
        assertTrue(dev.contains("false body[61,67] \"Monday\""), r.output());
        String heldOut = r.output().substring(r.output().indexOf("== h\n"), r.output().indexOf("== dev:"));
        assertTrue(heldOut.contains("held-out: counted, not listed"), r.output());
        assertFalse(heldOut.contains("miss ") || heldOut.contains("false "), r.output());
        assertEquals(1, errorCount(r.part("held-out"), FigureError.MISSED_SPAN), r.output());
    }

    @Test
    void shouldClassifyAMissAWrongValueAndASpuriousPrediction() {
        List<FigureMatch.Item> gold = List.of(item(0, 5, "5", "COUNT", null), item(10, 15, "7", "COUNT", null),
                item(30, 36, null, "DATE", "2022-04-04"), item(40, 46, null, "DATE", "2022-04-04"));
        List<FigureMatch.Item> predicted = List.of(item(10, 15, "1720", "DATE", "1720"),
                item(20, 25, "3", "COUNT", null), item(30, 36, null, "DATE", "2021-04-04"),
                item(40, 46, null, "DATE", "2022-04-11"));
        FigureMatch m = FigureMatch.of(predicted, gold);
        assertEquals(List.of(FigureError.MISSED_SPAN, FigureError.WRONG_VALUE, FigureError.WRONG_DATE_YEAR,
                FigureError.WRONG_DATE, FigureError.SPURIOUS), m.errors().stream().sorted().toList());
        assertEquals(0, m.pairs().size());
        assertEquals(3, m.valueErrors().size(), "found on span, wrong in value");
    }

    @Test
    void shouldGradeTheObjectEventAndKindOfMatchedFigures() {
        List<FigureMatch.Item> gold = List.of(item(0, 5, "5", "COUNT", null, "people", "KILL"),
                item(10, 15, "7", "COUNT", null, "soldiers", null), item(20, 25, "9", "COUNT", null, null, "WOUND"));
        List<FigureMatch.Item> predicted = List.of(item(0, 5, "5", "COUNT", null, "men", "WOUND"),
                item(10, 15, "7", "VAGUE", null, null, "ARREST"), item(20, 25, "9", "COUNT", null, "hurt", null));
        FigureMatch m = FigureMatch.of(predicted, gold);
        assertEquals(List.of(FigureError.WRONG_OBJECT, FigureError.WRONG_EVENT, FigureError.MISSING_OBJECT,
                FigureError.SPURIOUS_EVENT, FigureError.WRONG_KIND, FigureError.SPURIOUS_OBJECT,
                FigureError.MISSING_EVENT), m.errors());
    }

    @Test
    void shouldMatchOneToOneByLargestOverlapWhenValuesAgree() {
        List<FigureMatch.Item> predicted = List.of(item(0, 10, "5", "COUNT", null), item(12, 20, "7", "COUNT", null));
        List<FigureMatch.Item> gold = List.of(item(2, 18, "7", "MONEY", null), item(0, 4, "5", "COUNT", null));
        List<FigureMatch.Pair> pairs = FigureMatch.match(predicted, gold);
        assertEquals(2, pairs.size());
        assertEquals(0, pairs.get(0).gold().value().compareTo(new BigDecimal("7")));
        assertEquals(12, pairs.get(0).predicted().start(), "the kind does not have to agree");
    }

    @Test
    void shouldCompareDatesByNormalizedFormAndNumbersWithinATolerance() {
        assertTrue(FigureMatch.valuesAgree(item(0, 5, null, "DATE", "2022-01-02"),
                item(0, 5, null, "DATE", "2022-01-02")));
        assertFalse(FigureMatch.valuesAgree(item(0, 5, null, "DATE", "2021-01-02"),
                item(0, 5, null, "DATE", "2022-01-02")));
        assertTrue(FigureMatch.valuesAgree(item(0, 5, "0.6667", "QUANTITY", null),
                item(0, 5, "0.66670000001", "QUANTITY", null)));
        assertFalse(FigureMatch.valuesAgree(item(0, 5, "0.667", "QUANTITY", null),
                item(0, 5, "0.6667", "QUANTITY", null)));
        assertTrue(FigureMatch.valuesAgree(item(0, 5, null, "TIME", "06:00"), item(0, 5, null, "TIME", "06:00")));
        assertFalse(FigureMatch.valuesAgree(item(0, 5, "30", "DURATION", "P30Y"), item(0, 5, null, "DURATION", "P30Y")));
    }

    @Test
    void shouldRejectMissingFilesAndBadUsage() {
        assertEquals(1, run().code(), "the default eval/figures is not there from the module's directory");
        assertEquals(1, run(dir.toString()).code(), "an empty directory has no part");
        assertEquals(2, run("--bogus", "a.jsonl").code());
        assertEquals(1, run(dir.resolve("absent.jsonl").toString()).code());
    }

    /** The project's development part: the extractor must keep the targets on what it was tuned on. */
    @Test
    void shouldMeetTheTargetsOnTheProjectsDevelopmentPart() {
        Run r = run(Path.of("../eval/figures/dev.jsonl").toString());
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
