package io.newsflow.enrich.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Anchoring partial dates to the date of publication. */
class DateResolverTest {

    private static final int SATURDAY = 6;

    @Test
    void shouldPickTheYearInWhichTheDayFallsOnItsWeekday() {
        DateResolver resolver = new DateResolver(LocalDate.of(2020, 4, 2));
        assertEquals("2020-04-04", resolver.dayMonthOn(4, 4, SATURDAY, DateResolver.PAST));
        assertEquals("2019-04-06", resolver.dayMonthOn(4, 6, SATURDAY, DateResolver.PAST));
    }

    @Test
    void shouldGiveNoDateWhenNoNearbyYearHasThatWeekday() {
        assertNull(new DateResolver(LocalDate.of(2020, 4, 2)).dayMonthOn(4, 5, SATURDAY, DateResolver.PAST));
    }

    @Test
    void shouldReadADayMonthJustAfterPublicationAcrossTheYearEndAsComing() {
        DateResolver resolver = new DateResolver(LocalDate.of(2019, 12, 30));
        assertEquals("2020-01-05", resolver.dayMonth(1, 5, DateResolver.PAST));
        assertEquals("2019-12-20", resolver.dayMonth(12, 20, DateResolver.PAST));
    }

    @Test
    void shouldReadADayMonthWithinAMonthAfterPublicationAsComingRatherThanAYearOld() {
        DateResolver resolver = new DateResolver(LocalDate.of(2019, 6, 10));
        assertEquals("2019-06-01", resolver.dayMonth(6, 1, DateResolver.PAST));
        assertEquals("2019-06-20", resolver.dayMonth(6, 20, DateResolver.PAST));
        assertEquals("2018-08-20", resolver.dayMonth(8, 20, DateResolver.PAST));
    }

    @Test
    void shouldPutThisWeekendOfAPastClauseOnOrBeforePublicationAndOfAFutureOneAfter() {
        DateResolver wednesday = new DateResolver(LocalDate.of(2021, 3, 17));
        assertEquals("2021-03-13/2021-03-14", wednesday.weekend(0, DateResolver.PAST));
        assertEquals("2021-03-20/2021-03-21", wednesday.weekend(0, DateResolver.FUTURE));
        DateResolver sunday = new DateResolver(LocalDate.of(2021, 3, 21));
        assertEquals("2021-03-20/2021-03-21", sunday.weekend(0, DateResolver.PAST));
        assertEquals("2021-03-20/2021-03-21", sunday.weekend(0, DateResolver.FUTURE));
        assertEquals("2021-03-13/2021-03-14", sunday.weekend(-1, DateResolver.PAST));
    }
}
