package io.newsflow.ingest.follow;

import io.newsflow.core.config.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One followed source: where it is, what it is called (the {@code source} label of its metrics and the key prefix of
 * its items in the state topic), and how often it is read.
 *
 * @param name     the name given in the sources file, also the {@code source} of its articles; null for none
 * @param location an http(s) URL of a feed or sitemap, or a local directory
 * @param interval how long from the start of one poll to the next
 */
public record SourceSpec(String name, String location, Duration interval) {

    public SourceSpec {
        Objects.requireNonNull(location, "location");
        name = name == null || name.isBlank() ? null : name.strip();
        Objects.requireNonNull(interval, "interval");
    }

    /** The name of its metrics and state: the given name, else the location. */
    public String label() {
        return name != null ? name : location;
    }

    public boolean isWeb() {
        return location.toLowerCase(Locale.ROOT).matches("https?://.*");
    }

    public Path directory() {
        return Path.of(location);
    }

    /**
     * A line of a sources file: {@code LOCATION [interval=DURATION] [source=NAME]}. Blank lines and {@code #}
     * comments give null.
     *
     * @throws IllegalArgumentException with the reason, for a line that is not a source
     */
    public static SourceSpec parseLine(String line, Duration defaultInterval) {
        int hash = line.indexOf(" #");
        String t = (line.strip().startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line).strip();
        if (t.isEmpty()) {
            return null;
        }
        String[] parts = t.split("\\s+");
        String name = null;
        Duration interval = defaultInterval;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.startsWith("interval=")) {
                try {
                    interval = Setting.parseDuration(p.substring("interval=".length()));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("'" + p + "' is not a duration (30s, 5m, 1h)");
                }
                if (interval.isZero() || interval.isNegative()) {
                    throw new IllegalArgumentException("'" + p + "' must be positive");
                }
            } else if (p.startsWith("source=") && p.length() > "source=".length()) {
                name = p.substring("source=".length());
            } else {
                throw new IllegalArgumentException("'" + p + "' is neither interval=DURATION nor source=NAME");
            }
        }
        return new SourceSpec(name, parts[0], interval);
    }
}
