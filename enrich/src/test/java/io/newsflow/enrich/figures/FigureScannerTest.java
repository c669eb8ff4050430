package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.FigureKind;
import io.newsflow.core.schema.Mention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figure assembly: the readers' parts put together into figures, in one pass. */
class FigureScannerTest {

    private static List<Figure> scan(String text) {
        return new FigureScanner(Mention.BODY, text, LocalDate.of(2022, 1, 10), new int[0]).scan();
    }

    private static Figure only(String text) {
        List<Figure> figures = scan(text);
        assertEquals(1, figures.size(), () -> figures.toString());
        return figures.get(0);
    }

    @Test
    void shouldPutTheQualifierInTheSpan() {
        Figure f = only("Police said at least 200 people were arrested.");
        assertEquals("at least 200 people", f.text());
        assertEquals("at least", f.approx());
        assertEquals("ARREST", f.event());
        assertEquals("person", f.unit());
    }

    @Test
    void shouldGiveTheFirstEndOfARangeTheObjectAndScaleOfTheSecond() {
        List<Figure> figures = scan("between 5 and 7 billion people");
        assertEquals(2, figures.size());
        assertEquals(0, new BigDecimal("5000000000").compareTo(figures.get(0).value()));
        assertEquals("people", figures.get(0).object());
    }

    @Test
    void shouldNotCountANumberInsideAName() {
        assertTrue(scan("He won Formula One twice.").isEmpty());
    }

    @Test
    void shouldNotCountFirstAsAnAdverb() {
        assertTrue(scan("She was first elected in office.").isEmpty());
    }

    @Test
    void shouldPassOverExcludedSpans() {
        String text = "The G 20 met with 30 leaders";
        List<Figure> figures = new FigureScanner(Mention.BODY, text, LocalDate.of(2022, 1, 10),
                new int[] {4, 8}).scan();
        assertEquals(1, figures.size());
        assertEquals("30 leaders", figures.get(0).text());
    }

    @Test
    void shouldGiveAHyphenCompoundItsNounAsObject() {
        Figure f = only("a ten-storey building");
        assertEquals(FigureKind.COUNT, f.kind());
        assertEquals("storey", f.object());
    }

    @Test
    void shouldLeaveAPlainCountOfThingsWithoutEvent() {
        Figure f = only("They built 40 houses.");
        assertEquals("count", f.unit());
        assertNull(f.event());
    }
}
