package io.newsflow.serve.topology;

import io.newsflow.core.schema.EnrichedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * When an article happened, for every time-based view: its publication time, else the record's timestamp (when it was
 * ingested). Using the publication time makes a replay of old news give the same tallies as the live run did.
 */
public final class ArticleTime {

    private ArticleTime() {
    }

    public static long of(EnrichedArticle article, long recordTimestamp) {
        Long t = parse(article.publishedAtUtc());
        if (t == null) {
            t = parse(article.publishedAt());
        }
        return t != null ? t : recordTimestamp;
    }

    /** An ISO-8601 instant, offset date-time, local date-time (read as UTC) or date (its start in UTC); else null. */
    public static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        try {
            return Instant.parse(s).toEpochMilli();
        } catch (DateTimeParseException notInstant) {
            // try the looser forms below
        }
        try {
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException notOffset) {
            // next
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException notLocal) {
            // next
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }
}
