package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.Mention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the extractor finds in a sentence of a body published on a given day, and the look-ups tests make on it. */
final class FiguresFound {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private FiguresFound() {
    }

    static List<Figure> in(String text, LocalDate published) {
        return EXTRACTOR.extract(Mention.BODY, text, published);
    }

    /** The one figure whose text is exactly {@code span}. */
    static Figure named(String span, String text, LocalDate published) {
        List<Figure> found = in(text, published);
        for (Figure f : found) {
            if (f.text().equals(span)) {
                return f;
            }
        }
        throw new AssertionError("no figure \"" + span + "\" in " + found);
    }

    static void assertValue(String expected, Figure f) {
        assertNotNull(f.value(), () -> "no value: " + f);
        assertEquals(0, new BigDecimal(expected).compareTo(f.value()), () -> "value of " + f);
    }
}
