package io.newsflow.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllScoreTest {

    // John Smith visited New York and Acme Corp .
    private static final List<String> GOLD =
            List.of("B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O", "B-ORG", "I-ORG", "O");
    // Right person, a spurious MISC, half of New York, right organization.
    private static final List<String> PREDICTED =
            List.of("I-PER", "I-PER", "I-MISC", "I-LOC", "O", "O", "I-ORG", "I-ORG", "O");

    @Test
    void shouldCountOnlyExactSpansWithTheRightType() {
        ConllScore score = new ConllScore();
        score.add(GOLD, PREDICTED);
        // 3 gold, 4 found, 2 correct: P = 2/4, R = 2/3, F1 = 2PR / (P + R) = 4/7
        assertEquals(50.0, score.precision(), 1e-9);
        assertEquals(200.0 / 3, score.recall(), 1e-9);
        assertEquals(400.0 / 7, score.f1(), 1e-9);
        assertEquals(100.0, score.f1("PER"), 1e-9);
        assertEquals(100.0, score.f1("ORG"), 1e-9);
        assertEquals(0.0, score.f1("LOC"), 1e-9);
        assertEquals(0.0, score.f1("MISC"), 1e-9);
    }

    @Test
    void shouldPrintAConllevalStyleReportEndingInF1() {
        ConllScore score = new ConllScore();
        score.add(GOLD, PREDICTED);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        score.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("processed 9 tokens with 3 phrases; found: 4 phrases; correct: 2.", lines.get(0));
        assertEquals("accuracy:  77.78%; precision:  50.00%; recall:  66.67%; FB1:  57.14", lines.get(1));
        assertEquals("              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  gold: 1 found: 1", lines.get(2));
        assertEquals("             MISC: precision:   0.00%; recall:   0.00%; FB1:   0.00  gold: 0 found: 1", lines.get(3));
        assertEquals("F1 57.14", lines.get(lines.size() - 1));
    }

    @Test
    void shouldScoreNothingFoundAsZero() {
        ConllScore score = new ConllScore();
        score.add(List.of("I-PER", "O"), List.of("O", "O"));
        assertEquals(0.0, score.precision());
        assertEquals(0.0, score.recall());
        assertEquals(0.0, score.f1());
    }
}
