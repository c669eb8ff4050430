package io.newsflow.enrich;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * An article's {@code publishedAt} as given (an ISO-8601 date, date-time with offset or zone, or local date-time)
 * read two ways: the calendar date that relative dates in the text resolve against, and one normalized instant in UTC
 * for downstream tools. Rules: a date-time with an offset or zone is converted to UTC; a local date-time without one
 * is read as UTC; a bare date is the start of that day in UTC. A value that is absent, unreadable, or outside the
 * years 1 to 9999 (where date arithmetic and ISO strings stay ordinary) gives null, never an exception.
 */
public final class PublishedAt {

    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    private PublishedAt() {
    }

    /** The normalized instant, for example {@code 2022-01-10T00:00:00Z} for {@code 2022-01-10}; or null. */
    public static String utcInstant(String publishedAt) {
        Instant instant = instant(publishedAt);
        return instant == null ? null : instant.toString();
    }

    /** The date of publication as the publisher wrote it (its own time zone); or null. */
    public static LocalDate localDate(String publishedAt) {
        TemporalAccessor t = parse(publishedAt);
        if (t == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.from(t);
            return saneYear(date.getYear()) ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    static Instant instant(String publishedAt) {
        TemporalAccessor t = parse(publishedAt);
        if (t == null) {
            return null;
        }
        try {
            Instant instant;
            if (t.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
                instant = Instant.from(t);
            } else if (t.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
                instant = LocalDateTime.from(t).toInstant(ZoneOffset.UTC);
            } else {
                instant = LocalDate.from(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return saneYear(instant.atOffset(ZoneOffset.UTC).getYear()) ? instant : null;
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private static TemporalAccessor parse(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        String s = publishedAt.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_ZONED_DATE_TIME,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return f.parse(s);
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        // A date followed by something unreadable ("2022-01-10 10:00 CET"): its date still anchors the text.
        if (s.length() > 10) {
            try {
                return DateTimeFormatter.ISO_LOCAL_DATE.parse(s.substring(0, 10));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean saneYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
