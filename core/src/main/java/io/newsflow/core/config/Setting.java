package io.newsflow.core.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One option of a service, declared once: its name, default, documentation and validation. Read from
 * {@code --name value}, the environment variable {@code NEWSFLOW_NAME} or a properties file (see {@link Settings}).
 *
 * @param <T> the parsed type
 */
public final class Setting<T> {

    /** Checks a parsed value; returns null when it is fine, else what is wrong with it. */
    @FunctionalInterface
    public interface Validator<T> {
        String check(T value);
    }

    private final String name;
    private final String doc;
    private final String defaultValue;
    private final Function<String, T> parser;
    private final String typeName;
    private final Validator<T> validator;
    private final boolean flag;
    private final boolean secret;

    private Setting(String name, String doc, String defaultValue, Function<String, T> parser, String typeName,
                    Validator<T> validator, boolean flag, boolean secret) {
        this.name = Objects.requireNonNull(name);
        this.doc = Objects.requireNonNull(doc);
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.typeName = typeName;
        this.validator = validator;
        this.flag = flag;
        this.secret = secret;
    }

    public static Setting<String> string(String name, String defaultValue, String doc) {
        return new Setting<>(name, doc, defaultValue, s -> s, "string", v -> null, false, false);
    }

    public static Setting<Integer> integer(String name, int defaultValue, int min, int max, String doc) {
        return new Setting<>(name, doc, Integer.toString(defaultValue), Integer::valueOf, "int",
                v -> v < min || v > max ? "must be between " + min + " and " + max : null, false, false);
    }

    public static Setting<Double> decimal(String name, double defaultValue, double min, double max, String doc) {
        return new Setting<>(name, doc, Double.toString(defaultValue), Double::valueOf, "number",
                v -> v.isNaN() || v < min || v > max ? "must be between " + min + " and " + max : null, false, false);
    }

    public static Setting<Long> bytes(String name, long defaultValue, long min, String doc) {
        return new Setting<>(name, doc, Long.toString(defaultValue), Setting::parseBytes, "bytes",
                v -> v < min ? "must be at least " + min + " bytes" : null, false, false);
    }

    public static Setting<Duration> duration(String name, String defaultValue, String doc) {
        return new Setting<>(name, doc, defaultValue, Setting::parseDuration, "duration",
                v -> v.isNegative() ? "must not be negative" : null, false, false);
    }

    public static Setting<Path> path(String name, String defaultValue, String doc) {
        return new Setting<>(name, doc, defaultValue, Path::of, "path", v -> null, false, false);
    }

    public static Setting<Boolean> flag(String name, String doc) {
        return new Setting<>(name, doc, "false", Setting::parseBoolean, "boolean", v -> null, true, false);
    }

    public static Setting<String> oneOf(String name, String defaultValue, List<String> allowed, String doc) {
        return new Setting<>(name, doc, defaultValue, s -> s.toLowerCase(Locale.ROOT), "one of " + String.join("|", allowed),
                v -> allowed.contains(v) ? null : "must be one of " + String.join(", ", allowed), false, false);
    }

    /** A setting without a default that must be given. */
    public Setting<T> required() {
        return new Setting<>(name, doc, null, parser, typeName, validator, flag, secret);
    }

    /** Its value is never printed. */
    public Setting<T> secret() {
        return new Setting<>(name, doc, defaultValue, parser, typeName, validator, flag, true);
    }

    /** An extra check beside the type's own. */
    public Setting<T> validatedBy(Validator<T> extra) {
        Validator<T> first = validator;
        return new Setting<>(name, doc, defaultValue, parser, typeName,
                v -> first.check(v) != null ? first.check(v) : extra.check(v), flag, secret);
    }

    T parse(String raw) {
        T value;
        try {
            value = parser.apply(raw.trim());
        } catch (RuntimeException e) {
            throw new SettingsException(name, "cannot read '" + (secret ? "***" : raw) + "' as " + typeName);
        }
        String problem = validator.check(value);
        if (problem != null) {
            throw new SettingsException(name, (secret ? "***" : "'" + raw + "'") + " " + problem);
        }
        return value;
    }

    public String name() {
        return name;
    }

    public String doc() {
        return doc;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String typeName() {
        return typeName;
    }

    public boolean isFlag() {
        return flag;
    }

    public boolean isSecret() {
        return secret;
    }

    public boolean isRequired() {
        return defaultValue == null;
    }

    /** {@code bootstrap-servers} is read from {@code NEWSFLOW_BOOTSTRAP_SERVERS}. */
    public String envName() {
        return "NEWSFLOW_" + name.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }

    static boolean parseBoolean(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException(s);
        };
    }

    /** 1048576, 1024k, 1m, 1mb, 2g. */
    static long parseBytes(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("b", "").trim();
        long scale = 1;
        if (t.endsWith("k")) {
            scale = 1024;
        } else if (t.endsWith("m")) {
            scale = 1024 * 1024;
        } else if (t.endsWith("g")) {
            scale = 1024L * 1024 * 1024;
        }
        if (scale != 1) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return Math.multiplyExact(Long.parseLong(t), scale);
    }

    /** 500ms, 30s, 5m, 2h, 7d, or ISO-8601 (PT30S). */
    public static Duration parseDuration(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        if (t.equals("0")) {
            return Duration.ZERO; // "0 for never" needs no unit
        }
        if (t.startsWith("p")) {
            return Duration.parse(s.toUpperCase(Locale.ROOT));
        }
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException(s);
        };
    }
}
