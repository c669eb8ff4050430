package io.newsflow.ingest.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Brings the dates that inputs carry (ISO-8601 in JSON, CSV and HTML meta tags; RFC 822 in RSS) to the ISO-8601
 * form {@code publishedAt} promises: a date ({@code 2019-01-04}) or a date-time with its offset when it has one.
 */
public final class PublishedDates {

    /** RFC 822 zone names that RFC 1123 parsing does not know; feeds still use them. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "GMT"), Map.entry("UTC", "GMT"), Map.entry("Z", "GMT"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));

    private PublishedDates() {
    }

    /** The ISO-8601 form of {@code text}, or null when it is blank or not a date this reads. */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException ignored) {
            // not a plain date
        }
        String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(iso));
        } catch (DateTimeParseException ignored) {
            // no offset, or not ISO
        }
        try {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.parse(iso));
        } catch (DateTimeParseException ignored) {
            // not ISO at all
        }
        return rfc822(s);
    }

    private static String rfc822(String s) {
        String t = s.replaceAll("\\s+", " ");
        int space = t.lastIndexOf(' ');
        if (space > 0) {
            String zone = ZONES.get(t.substring(space + 1).toUpperCase(java.util.Locale.ROOT));
            if (zone != null) {
                t = t.substring(0, space + 1) + zone;
            }
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    OffsetDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
