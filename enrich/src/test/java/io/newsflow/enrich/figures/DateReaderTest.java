package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.core.schema.FigureKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates in the text, resolved against publication on Monday 10 January 2022. */
class DateReaderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 10);

    /** The date that starts at token {@code at} of the text. */
    private static FigureDraft dateAt(String text, int at) {
        Tokens t = Tokens.of(text);
        DateReader dates = new DateReader(t, new DateResolver(PUBLISHED), new Sentences(t), new NumberLabels(t));
        return t.isNum(at) ? dates.numericDate(at) : dates.wordDate(at);
    }

    @Test
    void shouldReadAFullDayMonthYear() {
        FigureDraft f = dateAt("On 4 January 2019 it rained", 1);
        assertEquals(FigureKind.DATE, f.kind);
        assertEquals("2019-01-04", f.normalized);
        assertEquals(3, f.last);
    }

    @Test
    void shouldReadAnIsoDate() {
        assertEquals("2019-01-04", dateAt("2019-01-04 was a Friday", 0).normalized);
    }

    @Test
    void shouldPutAMonthDayWithoutYearOnOrBeforePublication() {
        FigureDraft f = dateAt("It happened on December 28 in the capital", 3);
        assertEquals("2021-12-28", f.normalized);
        assertEquals("day", f.unit);
    }

    @Test
    void shouldPutAWeekdayInTheFutureWhenTheClauseSaysWill() {
        assertEquals("2022-01-14", dateAt("The council will meet on Friday", 5).normalized);
        assertEquals("2022-01-07", dateAt("The council met on Friday", 4).normalized);
    }

    @Test
    void shouldReadAYearAfterAPreposition() {
        FigureDraft f = dateAt("built in 1990 by hand", 2);
        assertEquals("1990", f.normalized);
        assertEquals("year", f.unit);
    }

    @Test
    void shouldNotReadAQualifiedRoundNumberAsAYear() {
        assertNull(dateAt("about 2000 people came", 1));
    }

    @Test
    void shouldReadADecade() {
        assertEquals("199X", dateAt("1990s music", 0).normalized);
    }

    @Test
    void shouldResolveRelativeDays() {
        assertEquals("2022-01-09", dateAt("yesterday it snowed", 0).normalized);
        assertEquals("2022-01-03/2022-01-09", dateAt("last week it snowed", 0).normalized);
    }

    @Test
    void shouldNotReadMayTheVerbAsAMonth() {
        assertNull(dateAt("They May come", 1));
    }

    @Test
    void shouldSkipARunOfDigitsJoinedByDashesButLeaveAScoreToBeRead() {
        FigureDraft f = dateAt("call 0800-555-0199 now", 1);
        assertFalse(f.isFigure());
        assertNull(dateAt("the score was 3-1 at half time", 3)); // two counts, read as numbers
    }

    @Test
    void shouldGiveEachYearOfARangeItsOwnDateCompletingAShortEnd() {
        FigureDraft first = dateAt("He joined the club in 1987-88 and left", 5);
        assertEquals("1987", first.normalized);
        assertEquals(5, first.last);
        assertEquals("1988", dateAt("He joined the club in 1987-88 and left", 7).normalized);
        assertEquals("2040", dateAt("Forecasts for 2020 - 2040 differ", 4).normalized);
    }

    @Test
    void shouldReadThisPastWeekAsLastWeek() {
        FigureDraft f = dateAt("This past week brought snow", 0);
        assertEquals("2022-01-03/2022-01-09", f.normalized);
        assertEquals(2, f.last);
    }

    @Test
    void shouldReadADecadeInWordsAfterItsArticleOnly() {
        assertEquals("197X", dateAt("Back in the seventies it was a farm", 3).normalized);
        assertEquals("195X", dateAt("a song from the late fifties", 5).normalized);
        assertNull(dateAt("a woman in her sixties", 4));
    }

    @Test
    void shouldReadACenturyAsItsHundredYears() {
        FigureDraft digits = dateAt("the 19th century saw railways", 1);
        assertEquals("18XX", digits.normalized);
        assertEquals(3, digits.last);
        assertEquals("17XX", dateAt("in the eighteenth century", 2).normalized);
    }
}
