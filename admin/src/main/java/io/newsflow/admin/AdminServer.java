package io.newsflow.admin;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.core.config.CommonSettings;
import io.newsflow.core.config.Setting;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small HTTP server every service runs beside its work, for orchestrators and Prometheus:
 * <ul>
 *   <li>{@code GET /health/live}: 200 while the process runs and is not shutting down, else 503;</li>
 *   <li>{@code GET /health/ready}: 200 when the supplied {@link HealthCheck} says up, else 503; body
 *       {@code {"status":"UP|DOWN","detail":"..."}};</li>
 *   <li>{@code GET /metrics}: the registry in the Prometheus text format.</li>
 * </ul>
 * It listens on all interfaces (a container's port must be reachable from outside it). Port -1 gives a disabled
 * server that listens nowhere, so that a service can start and close it the same way whatever its settings.
 */
public final class AdminServer implements AutoCloseable {

    /** Declared with the other shared options in {@link CommonSettings}. */
    public static final Setting<Integer> ADMIN_PORT = CommonSettings.ADMIN_PORT;

    static final String METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);
    private static final String JSON = "application/json";

    private final HttpServer server;
    private final ExecutorService executor;
    private final PrometheusMeterRegistry registry;
    private final HealthCheck ready;
    private volatile boolean shuttingDown;

    private AdminServer(HttpServer server, ExecutorService executor, PrometheusMeterRegistry registry,
                        HealthCheck ready) {
        this.server = server;
        this.executor = executor;
        this.registry = registry;
        this.ready = ready;
    }

    /** Starts serving the metrics of {@code metrics} and the readiness of {@code ready} on {@code port}. */
    public static AdminServer start(int port, ServiceMetrics metrics, HealthCheck ready) {
        return start(port, metrics.registry(), ready);
    }

    /**
     * Starts serving on {@code port}: -1 returns a disabled server, 0 picks a free port (see {@link #port()}).
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static AdminServer start(int port, PrometheusMeterRegistry registry, HealthCheck ready) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(ready, "ready");
        if (port < -1 || port > 65535) {
            throw new IllegalArgumentException("admin port must be -1 (disabled), 0 (any) or a port: " + port);
        }
        if (port == -1) {
            return new AdminServer(null, null, registry, ready);
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on admin port " + port + " (--" + ADMIN_PORT.name()
                    + ", " + ADMIN_PORT.envName() + "): " + e.getMessage(), e);
        }
        // Two threads: a slow readiness check or scrape must not hold up the liveness probe.
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "admin-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        AdminServer admin = new AdminServer(server, executor, registry, ready);
        server.createContext("/", admin::handle);
        server.setExecutor(executor);
        server.start();
        LOG.info("event=admin_started port={}", admin.port());
        return admin;
    }

    /** The port listened on, useful after starting on 0; -1 when disabled. */
    public int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }

    public boolean isEnabled() {
        return server != null;
    }

    /** From now on both probes answer 503, so that nothing new is routed here while the service drains. */
    public void markShuttingDown() {
        shuttingDown = true;
    }

    @Override
    public void close() {
        shuttingDown = true;
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            LOG.info("event=admin_stopped");
        }
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, JSON, statusJson("DOWN", "method not allowed"));
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case "/health/live" -> send(exchange, shuttingDown ? 503 : 200, JSON,
                        shuttingDown ? statusJson("DOWN", "shutting down") : statusJson("UP", "alive"));
                case "/health/ready" -> {
                    HealthStatus status = readiness();
                    send(exchange, status.up() ? 200 : 503, JSON,
                            statusJson(status.up() ? "UP" : "DOWN", status.detail()));
                }
                case "/metrics" -> send(exchange, 200, METRICS_CONTENT_TYPE, registry.scrape());
                default -> send(exchange, 404, JSON,
                        statusJson("DOWN", "not found; try /health/live, /health/ready or /metrics"));
            }
        } catch (IOException | RuntimeException e) {
            // The client went away or the scrape failed: nothing more to tell it, the exchange is closed.
            LOG.debug("event=admin_request_failed path={}", exchange.getRequestURI(), e);
        }
    }

    private HealthStatus readiness() {
        if (shuttingDown) {
            return HealthStatus.down("shutting down");
        }
        try {
            HealthStatus status = ready.check();
            return status == null ? HealthStatus.down("readiness check returned nothing") : status;
        } catch (RuntimeException e) {
            return HealthStatus.down("readiness check failed: " + e);
        }
    }

    private static void send(HttpExchange exchange, int code, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(code, -1);
            return;
        }
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String statusJson(String status, String detail) {
        JsonStringEncoder enc = JsonStringEncoder.getInstance();
        return "{\"status\":\"" + status + "\",\"detail\":\"" + new String(enc.quoteAsString(detail)) + "\"}\n";
    }
}
