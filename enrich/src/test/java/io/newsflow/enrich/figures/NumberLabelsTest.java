package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers that name things rather than count them. */
class NumberLabelsTest {

    /** Whether the first number token of the text is a label. */
    private static boolean isLabel(String text) {
        Tokens t = Tokens.of(text);
        for (int i = 0; i < t.size(); i++) {
            if (t.isNum(i)) {
                return new NumberLabels(t).isLabel(i);
            }
        }
        throw new AssertionError("no number in " + text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"the G20 summit", "a Boeing 737 jet", "Covid-19 cases", "open 24/7",
        "as reported [3] by", "an F-16 fighter", "4G networks", "ISO 9001 rules"})
    void shouldTreatNumbersInNamesAsLabels(String text) {
        assertTrue(isLabel(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"killed 45 people", "a mid-2019 report", "about 30 km away", "in 1990s"})
    void shouldNotTreatQuantitiesAsLabels(String text) {
        assertFalse(isLabel(text), text);
    }

    @Test
    void shouldSkipAPhoneNumberAsOneLabel() {
        Tokens t = Tokens.of("call 555-0123 now");
        FigureDraft skipped = new NumberLabels(t).skipLabel(1, 1);
        assertFalse(skipped.isFigure());
        assertTrue(skipped.last == 3, "skips through the last group");
    }
}
