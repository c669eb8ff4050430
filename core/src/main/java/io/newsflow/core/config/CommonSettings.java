package io.newsflow.core.config;

import java.time.Duration;

/**
 * The options that several commands share, declared once so that their names, defaults, docs and checks cannot
 * drift between commands. A command lists the ones it reads in its own {@code SETTINGS}.
 */
public final class CommonSettings {

    public static final Setting<String> BOOTSTRAP_SERVERS = Setting.string("bootstrap-servers", "localhost:9092",
            "Kafka brokers to connect to: host:port[,host:port...].").validatedBy(CommonSettings::checkHostPorts);

    public static final Setting<Duration> CONNECT_TIMEOUT = Setting.duration("connect-timeout", "30s",
                    "How long to wait for the Kafka cluster to answer at start before giving up with an error that "
                            + "names it.")
            .validatedBy(CommonSettings::checkPositive);

    public static final Setting<Duration> SHUTDOWN_TIMEOUT = Setting.duration("shutdown-timeout", "30s",
            "On SIGTERM or Ctrl-C, how long to wait for work in flight (unacknowledged articles, open files, "
                    + "transactions) to commit before exiting.");

    public static final Setting<Integer> ADMIN_PORT = Setting.integer("admin-port", -1, -1, 65535,
            "Port of the health and metrics HTTP server (/health/live, /health/ready, /metrics): "
                    + "-1 disables it, 0 picks a free port.");

    private CommonSettings() {
    }

    /** {@code host:port[,host:port...]}, IPv6 hosts in brackets; the port between 1 and 65535. */
    static String checkHostPorts(String value) {
        if (value.isBlank()) {
            return "must name at least one host:port";
        }
        for (String raw : value.split(",", -1)) {
            String server = raw.trim();
            int colon = server.lastIndexOf(':');
            String host = colon > 0 ? server.substring(0, colon) : "";
            String port = colon > 0 ? server.substring(colon + 1) : "";
            boolean bracketed = host.startsWith("[") && host.endsWith("]") && host.length() > 2;
            boolean hostOk = bracketed || (!host.isEmpty() && host.chars().noneMatch(c -> c == ':' || c == '['
                    || c == ']' || Character.isWhitespace(c)));
            if (!hostOk || !port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                return "has '" + server + "', which is not host:port";
            }
        }
        return null;
    }

    private static String checkPositive(Duration value) {
        return value.isZero() ? "must be positive" : null;
    }
}
