package io.newsflow.admin.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Kafka's clients and Kafka Streams log some conditions they recover from at ERROR or WARN with a stack trace: a send
 * that timed out while a broker was away (the task is marked corrupted and restored), a producer fenced after a
 * rebalance (the tasks migrate and the thread rejoins), a state store that does not match its changelog (wiped and
 * restored). This filter logs each as one WARN line without a stack trace instead, naming the exception and Kafka's
 * first line of explanation; the same logger and exception again within a minute is counted, not repeated.
 *
 * <p>What counts as recovered is decided by the type of the exceptions Kafka logs (all of them, when it logs several),
 * never by their causes: a task that
 * did not make progress within {@code task.timeout.ms} is logged as a {@code StreamsException} caused by a timeout,
 * stops the thread, and stays an ERROR with its stack trace, as does every other exception and every line that says
 * the thread or the client shuts down. ({@link RecoveredKafkaNoiseFilter} drops, before this one, the lines without an
 * exception that a healthy start shows.)
 */
public final class RecoverableKafkaErrorFilter extends TurboFilter {

    static final String LOGGER = "io.newsflow.kafka.Recovered";
    private static final long REPEAT_NANOS = 60_000_000_000L;
    private static final int MAX_MESSAGE = 300;

    /** Exceptions Kafka's clients or Streams handle by retrying, restoring or rejoining. */
    static final Set<String> RECOVERED = Set.of(
            "org.apache.kafka.streams.errors.TaskCorruptedException",
            "org.apache.kafka.streams.errors.TaskMigratedException",
            "org.apache.kafka.streams.errors.LockException",
            "org.apache.kafka.common.errors.RebalanceInProgressException",
            "org.apache.kafka.common.errors.ProducerFencedException",
            "org.apache.kafka.common.errors.InvalidProducerEpochException",
            "org.apache.kafka.common.errors.FencedInstanceIdException",
            "org.apache.kafka.clients.consumer.CommitFailedException",
            "org.apache.kafka.clients.consumer.OffsetOutOfRangeException",
            "org.apache.kafka.clients.consumer.NoOffsetForPartitionException");
    private static final String RETRIABLE = "org.apache.kafka.common.errors.RetriableException";
    /** An exception listed for a task in a message: {@code 2_0=org.apache...TaskCorruptedException:}. */
    private static final Pattern LISTED = Pattern.compile("[{ ]\\d+_\\d+=([a-zA-Z_$][\\w.$]*(?:Exception|Error))\\b");

    private final LongSupplier nanoTime;
    private final Map<String, long[]> lastReported = new ConcurrentHashMap<>();

    public RecoverableKafkaErrorFilter() {
        this(System::nanoTime);
    }

    RecoverableKafkaErrorFilter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || (level != Level.ERROR && level != Level.WARN) || !logger.getName().startsWith("org.apache.kafka.")) {
            return FilterReply.NEUTRAL;
        }
        List<Throwable> errors = errors(t, params, format);
        if (errors.isEmpty() || !errors.stream().allMatch(RecoverableKafkaErrorFilter::recovered) || saysItStops(format)) {
            return FilterReply.NEUTRAL;
        }
        Throwable error = errors.get(0);
        String key = logger.getName() + " " + simpleName(error);
        long now = nanoTime.getAsLong();
        long[] last = lastReported.computeIfAbsent(key, k -> new long[] {now - REPEAT_NANOS - 1, 0});
        String line;
        synchronized (last) {
            if (now - last[0] <= REPEAT_NANOS) {
                last[1]++;
                return FilterReply.DENY;
            }
            long repeats = last[1];
            last[0] = now;
            last[1] = 0;
            line = "event=kafka_recovering error=" + simpleName(error) + cause(error) + " logger="
                    + simpleName(logger.getName()) + " was=" + level + (repeats > 0 ? " repeats_since_last=" + repeats : "")
                    + " message=\"" + firstLine(format, params) + "\"";
        }
        logger.getLoggerContext().getLogger(LOGGER).warn(line);
        return FilterReply.DENY;
    }

    /** Whether Kafka recovers from this exception by itself: one of {@link #RECOVERED}, or retriable. */
    static boolean recovered(Throwable error) {
        Class<?> type = error instanceof NamedException n ? n.type : error.getClass();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (RECOVERED.contains(c.getName()) || RETRIABLE.equals(c.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysItStops(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(java.util.Locale.ROOT);
        return f.contains("shut down") || f.contains("shutting down") || f.contains("shutdown") || f.contains("fatal")
                || f.contains("uncaught");
    }

    /**
     * The exceptions of a log call: its throwable or a throwable parameter; else those a message lists by task, as
     * Streams' task manager does at ERROR before it handles them ({@code Get exceptions for the following tasks:
     * {2_0=org.apache.kafka.streams.errors.TaskCorruptedException: ...}}); Kafka formats its messages itself, so the
     * list arrives as text. A named class that cannot be loaded is taken for an unknown failure.
     */
    static List<Throwable> errors(Throwable t, Object[] params, String format) {
        if (t != null) {
            return List.of(t);
        }
        List<Throwable> out = new ArrayList<>();
        for (Object p : params == null ? new Object[0] : params) {
            if (p instanceof Throwable th) {
                out.add(th);
            }
        }
        if (out.isEmpty() && format != null) {
            Matcher m = LISTED.matcher(format);
            while (m.find()) {
                out.add(named(m.group(1)));
            }
        }
        return out;
    }

    /** A stand-in of the named exception class, for its type only; an {@link Error} when the class is unknown. */
    private static Throwable named(String className) {
        try {
            Class<?> c = Class.forName(className, false, RecoverableKafkaErrorFilter.class.getClassLoader());
            return Throwable.class.isAssignableFrom(c) ? new NamedException(c) : new Error(className);
        } catch (ClassNotFoundException | LinkageError e) {
            return new Error(className);
        }
    }

    /** Carries a class for {@link #recovered}, which reads it from {@link #type}. */
    private static final class NamedException extends RuntimeException {
        final Class<?> type;

        NamedException(Class<?> type) {
            super(type.getName(), null, false, false);
            this.type = type;
        }
    }

    private static String cause(Throwable error) {
        Throwable c = error.getCause();
        return c == null || c == error ? "" : " cause=" + c.getClass().getSimpleName();
    }

    /** Kafka's message with its parameters, up to its first line break, quotes made single, at most 300 characters. */
    static String firstLine(String format, Object[] params) {
        String m = format == null ? "" : MessageFormatter.arrayFormat(format, params).getMessage();
        int nl = m.indexOf('\n');
        m = (nl < 0 ? m : m.substring(0, nl)).strip().replace('"', '\'');
        return m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE) + "...";
    }

    private static String simpleName(Throwable error) {
        return error instanceof NamedException n ? n.type.getSimpleName() : error.getClass().getSimpleName();
    }

    private static String simpleName(String loggerName) {
        return loggerName.substring(loggerName.lastIndexOf('.') + 1);
    }
}
