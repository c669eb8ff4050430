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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"the new Acme Roadster 9 sold out", "fans of the Zenith 12 camera",
        "deputies of Movimento 5 Stelle", "the driver of Train No. 41 braked"})
    void shouldReadANumberInsideACapitalisedNameAsALabel(String text) {
        assertTrue(isLabel(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Storm Ida 75 miles offshore", "the tally was Labour 203, Greens 1",
        "they beat Leeds 3-1", "The cyclone hit Fiji 12 hours later", "they passed the bill 232-196",
        "Boston led the series 3 to 1"})
    void shouldNotTakeANumberThatCountsOrScoresAfterANameForALabel(String text) {
        assertFalse(isLabel(text), text);
    }

    @Test
    void shouldKeepANumberANameWhenTheTextComesBackToIt() {
        Tokens t = Tokens.of("A Boeing 767 landed. The 767 was empty, and the A320 and 319 were late.");
        NumberLabels labels = new NumberLabels(t);
        boolean[] label = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            label[i] = t.isNum(i) && labels.isLabel(i);
        }
        int again = -1;
        int joined = -1;
        for (int i = 0; i < t.size(); i++) {
            again = t.raw(i).equals("767") ? i : again; // the last 767
            joined = t.raw(i).equals("319") ? i : joined;
        }
        assertTrue(label[again], "the 767 again");
        assertTrue(label[joined], "joined to the A320");
        assertFalse(new NumberLabels(Tokens.of("The 767 was empty.")).isLabel(1), "no name before it");
    }
}
