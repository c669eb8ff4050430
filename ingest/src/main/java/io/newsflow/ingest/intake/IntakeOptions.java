package io.newsflow.ingest.intake;

import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

/**
 * How the HTTP intake listens and what it accepts.
 *
 * @param port            the port; -1 for off, 0 for any free one
 * @param bind            the address to listen on
 * @param token           the bearer token clients must send; empty for none (only allowed on a loopback address)
 * @param maxRequestBytes the largest request body
 * @param ackTimeout      the longest wait for the broker to acknowledge a request's articles
 */
public record IntakeOptions(int port, String bind, String token, long maxRequestBytes, Duration ackTimeout) {

    public static final Setting<Integer> HTTP_PORT = Setting.integer("http-port", -1, -1, 65535,
            "Port of the HTTP intake (POST /articles: RawArticle JSON or JSON Lines); -1 turns it off, 0 picks a "
                    + "free port. With it, ingest keeps running until stopped.");
    public static final Setting<String> HTTP_BIND = Setting.string("http-bind", "127.0.0.1",
            "Address the HTTP intake listens on; any other than loopback needs --http-token.");
    public static final Setting<String> HTTP_TOKEN = Setting.string("http-token", "",
            "Bearer token the HTTP intake requires (Authorization: Bearer ...); empty for none, on loopback only.")
            .secret();
    public static final Setting<Long> MAX_REQUEST_BYTES = Setting.bytes("max-request-bytes", 10L * 1024 * 1024, 1,
            "Largest request body the HTTP intake accepts; a larger one gets 413.");
    public static final Setting<Duration> HTTP_ACK_TIMEOUT = Setting.duration("http-ack-timeout", "30s",
                    "Longest wait of the HTTP intake for the broker's acknowledgement; then it answers 503.")
            .validatedBy(v -> v.toMillis() < 1000 ? "must be at least 1s" : null);

    public static final List<Setting<?>> SETTINGS = List.of(HTTP_PORT, HTTP_BIND, HTTP_TOKEN, MAX_REQUEST_BYTES,
            HTTP_ACK_TIMEOUT);

    public IntakeOptions {
        token = token == null ? "" : token.strip();
    }

    /** Reads and checks the options; refuses a non-loopback address without a token. */
    public static IntakeOptions from(Settings settings) {
        IntakeOptions o = new IntakeOptions(settings.get(HTTP_PORT), settings.get(HTTP_BIND).strip(),
                settings.get(HTTP_TOKEN), settings.get(MAX_REQUEST_BYTES), settings.get(HTTP_ACK_TIMEOUT));
        if (o.enabled()) {
            o.check();
        }
        return o;
    }

    public boolean enabled() {
        return port >= 0;
    }

    void check() {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new SettingsException(HTTP_BIND.name(), "'" + bind + "' is not an address of this machine");
        }
        if (!address.isLoopbackAddress() && token.isEmpty()) {
            throw new SettingsException(HTTP_TOKEN.name(), "is required when the HTTP intake listens on " + bind
                    + ", which is not loopback: set --http-token or NEWSFLOW_HTTP_TOKEN");
        }
    }
}
