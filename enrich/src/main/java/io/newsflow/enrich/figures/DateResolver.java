package io.newsflow.enrich.figures;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Anchors partial and relative dates to the article's date of publication, as ISO-8601 text.
 *
 * <p>The rule is deliberately simple. News mostly reports what has happened, so with no sign of the future
 * ({@link #PAST}) a date without a year ("2 January") or a bare weekday ("Monday") is the most recent such day on or
 * before publication, and a bare month is in the publication year unless it is later in the year than publication
 * (then it is last year's). A clause that surely speaks of the future ({@link #FUTURE}: "will meet on Monday") takes
 * the first such date on or after publication. A clause that only leans forward ({@link #LEANING}: "was expected to
 * pass on Wednesday", "would fund it through September") takes the nearest such date on either side, which is how a
 * reader settles a forecast reported after the fact. A past-tense day and month that falls within a month after
 * publication, when the same day a year back is more than 300 days old, is the coming one ("on January 5" in an
 * article of 30 December): a report does not name a day a year old without its year. A day named with its weekday
 * takes the year in which it falls on that weekday. Weeks run Monday to Sunday, as in ISO-8601; a week or a weekend
 * is an interval "start/end".
 */
final class DateResolver {

    static final int PAST = 0;
    static final int LEANING = 1;
    static final int FUTURE = 2;

    /** A day-month this close after publication is read as coming, when the same day last year is this far back. */
    private static final long NEAR_DAYS = 31;
    private static final long FAR_DAYS = 300;

    private final LocalDate published;

    DateResolver(LocalDate published) {
        this.published = published;
    }

    /** Whether a year is within a century before publication or half a century after it; true when undated. */
    boolean nearPublication(int year) {
        return published == null || (year >= published.getYear() - 100 && year <= published.getYear() + 50);
    }

    /** Whether a year lies within five years of publication (false when undated). */
    boolean recent(int year) {
        return published != null && Math.abs(year - published.getYear()) <= 5;
    }

    /** How many days an ISO day lies before publication (negative after it), or -1 when undated. */
    long daysBefore(String isoDay) {
        return published == null ? -1 : LocalDate.parse(isoDay).until(published, ChronoUnit.DAYS);
    }

    /** The year of publication, or 0 when undated. */
    int latestYear() {
        return published == null ? 0 : published.getYear();
    }

    /** A full date, or null when it does not exist (31 February). */
    static String date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Day and month without a year. */
    String dayMonth(int month, int day, int tense) {
        if (published == null || date(2000, month, day) == null) {
            return null;
        }
        LocalDate before = null;
        LocalDate after = null;
        // leap days need a leap year: look a few years either way
        for (int year = published.getYear() - 8; year <= published.getYear() + 8; year++) {
            String s = date(year, month, day);
            if (s == null) {
                continue;
            }
            LocalDate d = LocalDate.parse(s);
            if (!d.isAfter(published)) {
                before = d;
            } else if (after == null) {
                after = d;
            }
        }
        if (tense == PAST && before != null && after != null && published.until(after, ChronoUnit.DAYS) <= NEAR_DAYS
                && before.until(published, ChronoUnit.DAYS) > FAR_DAYS) {
            return after.toString(); // "January 5" in an article of 30 December is next week, not a year ago
        }
        return pick(before, after, tense);
    }

    /**
     * Day and month without a year, named with their weekday ("Saturday, April 4"): of the years around publication,
     * the one in which that day falls on that weekday, nearest to publication; null when none does.
     */
    String dayMonthOn(int month, int day, int isoDay, int tense) {
        if (published == null) {
            return null;
        }
        LocalDate best = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            String s = date(year, month, day);
            if (s == null || LocalDate.parse(s).getDayOfWeek().getValue() != isoDay) {
                continue;
            }
            LocalDate d = LocalDate.parse(s);
            if (best == null || Math.abs(d.toEpochDay() - published.toEpochDay())
                    < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                best = d;
            }
        }
        return best == null ? null : best.toString();
    }

    /** A month without a year: "in March". */
    String month(int month, int tense) {
        if (published == null) {
            return null;
        }
        int year = published.getYear();
        if (tense == PAST && month > published.getMonthValue()) {
            year--;
        } else if (tense == FUTURE && month < published.getMonthValue()) {
            year++;
        }
        return YearMonth.of(year, month).toString();
    }

    /**
     * A weekday: {@code direction} 0 for a bare weekday (resolved by {@code tense}), -1 for "last Monday" (strictly
     * before publication), +1 for "next Monday" (strictly after).
     */
    String weekday(int isoDay, int direction, int tense) {
        if (published == null) {
            return null;
        }
        DayOfWeek d = DayOfWeek.of(isoDay);
        if (direction < 0) {
            return published.with(TemporalAdjusters.previous(d)).toString();
        }
        if (direction > 0) {
            return published.with(TemporalAdjusters.next(d)).toString();
        }
        return pick(published.with(TemporalAdjusters.previousOrSame(d)), published.with(TemporalAdjusters.nextOrSame(d)),
                tense);
    }

    private String pick(LocalDate before, LocalDate after, int tense) {
        LocalDate r;
        if (before == null || after == null) {
            r = before == null ? after : before;
        } else if (tense == FUTURE) {
            r = after;
        } else if (tense == LEANING) {
            long back = before.until(published, java.time.temporal.ChronoUnit.DAYS);
            long ahead = published.until(after, java.time.temporal.ChronoUnit.DAYS);
            r = ahead < back ? after : before;
        } else {
            r = before;
        }
        return r == null ? null : r.toString();
    }

    /** Publication day shifted by whole days: yesterday is -1. */
    String day(int offset) {
        return published == null ? null : published.plusDays(offset).toString();
    }

    /** The Monday-to-Sunday week {@code offset} weeks from publication's, as an interval. */
    String week(int offset) {
        if (published == null) {
            return null;
        }
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
        return monday + "/" + monday.plusDays(6);
    }

    /**
     * Saturday and Sunday: "last weekend" (offset -1) is the last one wholly before publication, "next weekend" (+1)
     * the one after this week's; "this weekend" (0) is the most recent one on or before publication in a past clause
     * and the coming one (or the current one, on a weekend) in a future clause.
     */
    String weekend(int offset, int tense) {
        if (published == null) {
            return null;
        }
        LocalDate saturday;
        DayOfWeek today = published.getDayOfWeek();
        boolean onWeekend = today == DayOfWeek.SATURDAY || today == DayOfWeek.SUNDAY;
        if (offset < 0) {
            saturday = published.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            if (!saturday.plusDays(1).isBefore(published) && today == DayOfWeek.SUNDAY) {
                saturday = saturday.minusWeeks(1);
            }
        } else if (offset > 0) {
            saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5).plusWeeks(1);
        } else if (tense == PAST || onWeekend) {
            saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        } else {
            saturday = published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        }
        return saturday + "/" + saturday.plusDays(1);
    }

    String monthOffset(int offset) {
        return published == null ? null : YearMonth.from(published).plusMonths(offset).toString();
    }

    String yearOffset(int offset) {
        return published == null ? null : Integer.toString(published.getYear() + offset);
    }

    /** The ISO unit of a normalized date: its precision. */
    static String precision(String normalized) {
        if (normalized == null) {
            return "day";
        }
        if (normalized.indexOf('/') > 0) {
            String a = normalized.substring(0, normalized.indexOf('/'));
            String b = normalized.substring(normalized.indexOf('/') + 1);
            if (a.length() == 10 && b.length() == 10) {
                long days = LocalDate.parse(a).until(LocalDate.parse(b), java.time.temporal.ChronoUnit.DAYS);
                return days == 6 ? "week" : "day";
            }
            return a.length() == 4 ? "year" : a.length() == 7 ? "month" : "day";
        }
        return normalized.length() == 4 ? "year" : normalized.length() == 7 ? "month" : "day";
    }
}
