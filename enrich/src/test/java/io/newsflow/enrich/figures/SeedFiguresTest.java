package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.FigureKind;
import io.newsflow.core.schema.Mention;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance case: every figure of the seed article, published 10 January 2022. */
class SeedFiguresTest {

    private static String body;
    private static List<Figure> figures;

    @BeforeAll
    static void extract() throws IOException {
        String file = Files.readString(Path.of("../samples/seed/000_7f08109064facaf3.txt"), StandardCharsets.UTF_8);
        String title = file.substring(0, file.indexOf('\n'));
        body = file.substring(file.indexOf("\n\n") + 2);
        FigureExtractor extractor = new FigureExtractor();
        assertEquals(List.of(), extractor.extract(Mention.TITLE, title, LocalDate.of(2022, 1, 10)));
        figures = extractor.extract(Mention.BODY, body, LocalDate.of(2022, 1, 10));
    }

    private static Figure figure(String text) {
        return figures.stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure \"" + text + "\" in " + figures));
    }

    private static void assertFigure(String text, FigureKind kind, String value, String unit, String object,
                                     String approx, String normalized, String event) {
        Figure f = figure(text);
        assertEquals(kind, f.kind(), text);
        if (value == null) {
            assertNull(f.value(), text);
        } else {
            assertEquals(0, new BigDecimal(value).compareTo(f.value()), text);
        }
        if (unit != null) {
            assertEquals(unit, f.unit(), text);
        }
        assertEquals(object, f.object(), text);
        assertEquals(approx, f.approx(), text);
        assertEquals(normalized, f.normalized(), text);
        assertEquals(event, f.event(), text);
        assertEquals(text, body.substring(f.start(), f.end()));
        assertEquals(Mention.BODY, f.field());
    }

    @Test
    void shouldFindExactlyTheNineSeedFigures() {
        assertEquals(List.of("last week", "30 years", "Dozens", "16 members of the security forces", "2 January",
                "three decades", "Almost 8,000 people", "Monday", "first"),
                figures.stream().map(Figure::text).toList());
    }

    @Test
    void shouldReadTheSeedFiguresAsIssueThreeAsks() {
        assertFigure("30 years", FigureKind.DURATION, "30", "year", null, null, "P30Y", null);
        assertFigure("Dozens", FigureKind.VAGUE, "24", null, null, null, null, "KILL");
        assertFigure("16 members of the security forces", FigureKind.COUNT, "16", "person",
                "members of the security forces", null, null, "KILL");
        assertFigure("2 January", FigureKind.DATE, null, "day", null, null, "2022-01-02", null);
        assertFigure("three decades", FigureKind.DURATION, "30", "year", null, null, "P30Y", null);
        assertFigure("Almost 8,000 people", FigureKind.COUNT, "8000", "person", "people", "almost", null, "ARREST");
        assertFigure("first", FigureKind.ORDINAL, "1", "ordinal", null, null, null, null);
        assertFigure("Monday", FigureKind.DATE, null, "day", null, null, "2022-01-10", null);
        assertFigure("last week", FigureKind.DATE, null, "week", null, null, "2022-01-03/2022-01-09", null);
    }
}
