package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Reading one number, in digits or words, from the first token of a phrase. */
class NumberReaderTest {

    private static NumberSpan read(String text) {
        NumberSpan n = new NumberReader(Tokens.of(text)).readNumber(0);
        assertNotNull(n, () -> "no number in " + text);
        return n;
    }

    private static void assertValue(String expected, NumberSpan n) {
        assertEquals(0, new BigDecimal(expected).compareTo(n.value), () -> "value of " + n);
    }

    @Test
    void shouldReadThousandsGroupsAsOneNumber() {
        NumberSpan n = read("8,000 people");
        assertValue("8000", n);
        assertEquals(0, n.last);
        assertFalse(n.words);
    }

    @Test
    void shouldMultiplyByAScaleWordAndKeepTheScale() {
        NumberSpan n = read("7 billion dollars");
        assertValue("7000000000", n);
        assertEquals(1, n.last);
        assertValue("1000000000", new NumberSpan(0, 0, n.scale, false, false, false, false));
    }

    @Test
    void shouldReadAGluedMAsMillionsButNotAsMetresOfHeight() {
        assertValue("5000000", read("5m people"));
        assertValue("5", read("5m tall"));
    }

    @Test
    void shouldReadCardinalWordsWithHundredsAndScales() {
        NumberSpan n = read("two hundred and fifty thousand people");
        assertValue("250000", n);
        assertEquals(4, n.last);
        assertTrue(n.words);
    }

    @Test
    void shouldReadHyphenatedTens() {
        assertValue("25", read("twenty-five years"));
    }

    @Test
    void shouldTreatTwoAdjacentUnitsAsTwoNumbers() {
        NumberSpan n = read("one two");
        assertValue("1", n);
        assertEquals(0, n.last);
    }

    @Test
    void shouldMarkOrdinalsInDigitsAndWords() {
        assertTrue(read("21st century").ordinal);
        NumberSpan first = read("first time");
        assertTrue(first.ordinal);
        assertValue("1", first);
    }

    @Test
    void shouldReadFractionsWrittenInWords() {
        NumberSpan twoThirds = read("two-thirds of voters");
        assertTrue(twoThirds.fraction);
        assertValue("0.6667", twoThirds);
        NumberSpan quarter = read("a quarter of the vote");
        assertTrue(quarter.fraction);
        assertValue("0.25", quarter);
    }

    @Test
    void shouldScaleAFractionOfAMillion() {
        NumberSpan n = read("a quarter million clips");
        assertFalse(n.fraction);
        assertValue("250000", n);
    }

    @Test
    void shouldReadVagueAmountsAtTheirLowerBound() {
        NumberSpan dozens = read("dozens of people");
        assertTrue(dozens.vague);
        assertValue("24", dozens);
        NumberSpan tens = read("tens of thousands of people");
        assertTrue(tens.vague);
        assertEquals(2, tens.last);
        assertValue("20000", tens);
    }

    @Test
    void shouldReadADozenAndHalfADozen() {
        assertValue("12", read("a dozen eggs"));
        assertValue("6", read("half a dozen eggs"));
    }

    @Test
    void shouldNotReadAnOrdinalAfterAAsAFraction() {
        NumberReader numbers = new NumberReader(Tokens.of("a third term"));
        assertFalse(numbers.isFractionAfterA(1));
        assertNull(numbers.readNumber(0));
    }

    @Test
    void shouldWriteDecimalsWithoutTrailingZerosOrExponent() {
        assertEquals("1500", NumberReader.plain(new BigDecimal("1.5E+3")));
        assertEquals("2.5", NumberReader.plain(new BigDecimal("2.500")));
    }
}
