package io.newsflow.serve.topology;

import io.newsflow.core.schema.EntityType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The keys of the serve stores. Parts are joined by the unit separator, which no name or id contains, so a prefix scan
 * of one entity never runs into another whose name merely starts the same. Times are zero-padded so that the stores'
 * byte order is time order.
 */
public final class Keys {

    public static final String SEP = "\u001f";
    private static final long HOUR_MS = 3_600_000L;
    /** The largest time {@link #millis} pads to 13 digits. */
    private static final long LATEST = 9_999_999_999_999L;

    private Keys() {
    }

    /** An entity's key: its type and its text, case-folded so that a search need not know the article's casing. */
    public static String entity(EntityType type, String text) {
        return type.name() + SEP + text.toLowerCase(Locale.ROOT);
    }

    public static String entity(String type, String text) {
        return entity(EntityType.valueOf(type), text);
    }

    public static String join(String... parts) {
        return String.join(SEP, parts);
    }

    /** Milliseconds, padded to sort as numbers do (up to the year 2286). */
    public static String millis(long epochMillis) {
        return String.format(Locale.ROOT, "%013d", Math.max(0, epochMillis));
    }

    /**
     * An entry of an entity's article index: the entity, then the article's time counted down from the largest
     * padded time (so that a prefix scan of the entity meets its newest article first), then the id.
     */
    public static String posting(String entityKey, long epochMillis, String id) {
        return join(entityKey, millis(LATEST - Math.max(0, Math.min(LATEST, epochMillis))), id);
    }

    /** The time of an entry made by {@link #posting}. */
    public static long postingTime(String entry) {
        String[] parts = split(entry);
        return LATEST - Long.parseLong(parts[parts.length - 2]);
    }

    /** Whole hours since the epoch, padded. */
    public static String hour(long epochHour) {
        return String.format(Locale.ROOT, "%08d", Math.max(0, epochHour));
    }

    public static long epochHour(long epochMillis) {
        return Math.floorDiv(epochMillis, HOUR_MS);
    }

    public static String day(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC).toString();
    }

    /** A key's parts. */
    public static String[] split(String key) {
        return key.split(SEP, -1);
    }
}
