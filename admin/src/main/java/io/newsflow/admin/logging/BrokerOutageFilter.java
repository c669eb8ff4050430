package io.newsflow.admin.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Marker;

/**
 * While a broker is unreachable, Kafka's clients log a WARN per connection attempt, several a second and one per
 * client. This filter drops those lines and logs instead one WARN per address with how long it has been down, then a
 * reminder every minute. An address that has not failed for two minutes starts a new outage when it fails again.
 */
public final class BrokerOutageFilter extends TurboFilter {

    static final String NETWORK_CLIENT = "org.apache.kafka.clients.NetworkClient";
    static final String LOGGER = "io.newsflow.kafka.BrokerConnection";
    private static final long REMIND_NANOS = 60_000_000_000L;
    private static final long NEW_OUTAGE_NANOS = 120_000_000_000L;
    private static final Pattern NOT_ESTABLISHED =
            Pattern.compile("Connection to node (-?\\d+) \\(([^)]*)\\) could not be established");
    private static final Pattern BOOTSTRAP_DISCONNECTED = Pattern.compile("Bootstrap broker (\\S+) .*disconnected");

    private final LongSupplier nanoTime;
    private final Map<String, Outage> outages = new ConcurrentHashMap<>();

    /** One address's outage: when it began, when it was last reported and when it last failed. */
    private static final class Outage {
        final long since;
        long reported;
        long lastFailure;

        Outage(long now) {
            since = now;
            reported = now;
            lastFailure = now;
        }
    }

    public BrokerOutageFilter() {
        this(System::nanoTime);
    }

    BrokerOutageFilter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format == null || level != Level.WARN || !NETWORK_CLIENT.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        String address = address(format);
        if (address == null) {
            return FilterReply.NEUTRAL;
        }
        long now = nanoTime.getAsLong();
        Outage fresh = new Outage(now);
        Outage outage = outages.compute(address, (k, old) ->
                old == null || now - old.lastFailure > NEW_OUTAGE_NANOS ? fresh : old);
        String report = null;
        synchronized (outage) {
            if (outage == fresh) {
                report = "event=broker_unreachable address=" + address + " down_for=0s (Kafka's clients keep retrying;"
                        + " is a broker running? ./newsflow broker starts one)";
            } else if (now - outage.reported >= REMIND_NANOS) {
                outage.reported = now;
                report = "event=broker_still_unreachable address=" + address + " down_for="
                        + duration(now - outage.since);
            }
            outage.lastFailure = now;
        }
        if (report != null) {
            logger.getLoggerContext().getLogger(LOGGER).warn(report);
        }
        return FilterReply.DENY;
    }

    /** {@code localhost/127.0.0.1:9092} from Kafka's line; null when the line is not about a failed connection. */
    static String address(String message) {
        Matcher m = NOT_ESTABLISHED.matcher(message);
        if (m.find()) {
            String a = m.group(2); // host/ip:port, or /ip:port when given as an address
            int slash = a.indexOf('/');
            return slash < 0 ? a : slash == 0 ? a.substring(1) : a.substring(0, slash) + a.substring(a.lastIndexOf(':'));
        }
        m = BOOTSTRAP_DISCONNECTED.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    static String duration(long nanos) {
        long s = nanos / 1_000_000_000L;
        return s < 60 ? s + "s" : s < 3600 ? (s / 60) + "m" + (s % 60 == 0 ? "" : (s % 60) + "s")
                : (s / 3600) + "h" + ((s % 3600) / 60) + "m";
    }

}
