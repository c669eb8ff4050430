package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.FigureKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Clock times and race times. */
class ClockReaderTest {

    /** Reads a time from "N ..." where the number is the first token. */
    private static FigureDraft timeAfterNumber(String text) {
        Tokens t = Tokens.of(text);
        FigureDraft f = new FigureDraft(0, 0, FigureKind.COUNT);
        f.value = new NumberReader(t).parse(0);
        return new ClockReader(t).time(f, 1) ? f : null;
    }

    @Test
    void shouldReadADottedTimeWithMeridiem() {
        FigureDraft f = timeAfterNumber("6.30 pm on Friday");
        assertEquals(FigureKind.TIME, f.kind);
        assertEquals("18:30", f.normalized);
    }

    @Test
    void shouldReadMidnightAsZeroHours() {
        assertEquals("00:00", timeAfterNumber("12 a.m. local").normalized);
    }

    @Test
    void shouldReadFourDigitsWithAZoneAsATime() {
        assertEquals("15:00", timeAfterNumber("1500 GMT").normalized);
    }

    @Test
    void shouldReadOClock() {
        assertEquals("10:00", timeAfterNumber("10 o'clock").normalized);
    }

    @Test
    void shouldNotReadAPlainCountAsATime() {
        assertEquals(null, timeAfterNumber("12 people"));
    }

    @Test
    void shouldReadAColonTimeAsATimeOfDay() {
        FigureDraft f = new ClockReader(Tokens.of("14:30 local time")).clock(0);
        assertEquals(FigureKind.TIME, f.kind);
        assertEquals("14:30", f.normalized);
    }

    @Test
    void shouldReadHoursMinutesSecondsAsARaceDuration() {
        FigureDraft f = new ClockReader(Tokens.of("won in 2:14:04 flat")).clock(2);
        assertEquals(FigureKind.DURATION, f.kind);
        assertEquals(0, BigDecimal.valueOf(8044).compareTo(f.value));
        assertEquals("PT2H14M4S", f.normalized);
    }

    @Test
    void shouldKnowTimeZones() {
        ClockReader clocks = new ClockReader(Tokens.of("UTC noon"));
        assertTrue(clocks.isZone(0));
        assertFalse(clocks.isZone(1));
    }
}
