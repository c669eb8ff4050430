package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.FigureKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What follows a number decides its kind; the number is always the first token here. */
class UnitReaderTest {

    private Tokens t;
    private UnitReader units;
    private FigureDraft f;

    /** A count draft for the number at token 0, and a unit reader over the text. */
    private void read(String text) {
        t = Tokens.of(text);
        NumberReader numbers = new NumberReader(t);
        units = new UnitReader(t, numbers, new CountedObject(t, numbers));
        NumberSpan n = numbers.readNumber(0);
        f = new FigureDraft(n.first, n.last, FigureKind.COUNT);
        f.value = n.value;
        f.unit = "count";
    }

    private void assertValue(String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(f.value), () -> "value " + f.value);
    }

    @Test
    void shouldReadPercentInEveryWriting() {
        for (String text : new String[] {"12 % of", "12 percent of", "12 per cent of", "12 pct of"}) {
            read(text);
            assertTrue(units.percent(f, f.last + 1), text);
            assertEquals(FigureKind.PERCENT, f.kind);
        }
        read("2 percentage points");
        assertTrue(units.percent(f, 1));
        assertEquals("percentage point", f.unit);
    }

    @Test
    void shouldNameACurrencyWrittenAfterTheNumber() {
        read("20 US dollars");
        assertEquals("USD", units.currencyAfter(1));
        assertEquals(2, units.currencyWords(1));
        read("20 pounds of flour");
        assertEquals(null, units.currencyAfter(1));
    }

    @Test
    void shouldReadMoneyAfterASymbolAndASpacedScale() {
        t = Tokens.of("$5 bn deal");
        NumberReader numbers = new NumberReader(t);
        units = new UnitReader(t, numbers, new CountedObject(t, numbers));
        FigureDraft money = units.money(0, 1, "USD");
        assertEquals(FigureKind.MONEY, money.kind);
        assertEquals(0, new BigDecimal("5000000000").compareTo(money.value));
        assertEquals(2, money.last);
    }

    @Test
    void shouldReadAnAgeWithHyphensOrWords() {
        read("45-year-old man");
        assertTrue(units.age(f, 1));
        assertEquals(FigureKind.AGE, f.kind);
        assertEquals("year", f.unit);
        read("3 months old");
        assertTrue(units.age(f, 1));
        assertEquals("month", f.unit);
    }

    @Test
    void shouldConvertDecadesToYearsInADuration() {
        read("three decades in office");
        assertTrue(units.duration(f, 1));
        assertEquals(FigureKind.DURATION, f.kind);
        assertValue("30");
        assertEquals("year", f.unit);
        assertEquals("P30Y", f.normalized);
    }

    @Test
    void shouldJoinClockUnitsIntoOneDurationInSeconds() {
        read("1 hour 59 minutes 40 seconds");
        assertTrue(units.duration(f, 1));
        assertValue("7180");
        assertEquals("second", f.unit);
        assertEquals("PT1H59M40S", f.normalized);
    }

    @Test
    void shouldKeepADurationAgoADurationWithoutTheAgo() {
        read("five years ago");
        assertTrue(units.duration(f, 1));
        assertEquals(FigureKind.DURATION, f.kind);
        assertEquals("P5Y", f.normalized);
        assertEquals(1, f.last);
    }

    @Test
    void shouldReadAUnitOfMeasure() {
        read("30 km away");
        assertTrue(units.quantity(f, 1));
        assertEquals(FigureKind.QUANTITY, f.kind);
        assertEquals("km", f.unit);
        read("40 °C today");
        assertTrue(units.quantity(f, 1));
        assertEquals("°C", f.unit);
    }

    @Test
    void shouldNotReadALoneLetterAsAUnit() {
        read("5 t here");
        assertFalse(units.quantity(f, 1));
    }

    @Test
    void shouldReadOneInEveryNAsAFractionOfItsObject() {
        read("one in every five adults");
        assertTrue(units.outOfEvery(f, 1));
        assertEquals("fraction", f.unit);
        assertValue("0.2");
        assertEquals(4, f.head);
    }

    @Test
    void shouldWriteTheIsoDurationWithTheTimeDesignator() {
        assertEquals("PT24H", UnitReader.isoDuration(BigDecimal.valueOf(24), "TH"));
        assertEquals("P2W", UnitReader.isoDuration(BigDecimal.valueOf(2), "W"));
    }
}
