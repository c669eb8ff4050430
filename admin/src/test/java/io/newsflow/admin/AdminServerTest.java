package io.newsflow.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.core.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminServerTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private ServiceMetrics metrics;

    @BeforeEach
    void createMetrics() {
        metrics = new ServiceMetrics("enrich");
    }

    @AfterEach
    void closeMetrics() {
        metrics.close();
    }

    @Test
    void shouldAnswerLiveWith200UntilItIsShuttingDown() throws Exception {
        try (AdminServer server = AdminServer.start(0, metrics, () -> HealthStatus.up("ok"))) {
            HttpResponse<String> alive = get(server, "/health/live");
            assertEquals(200, alive.statusCode());
            assertEquals("UP", json.readTree(alive.body()).get("status").asText());

            server.markShuttingDown();

            HttpResponse<String> stopping = get(server, "/health/live");
            assertEquals(503, stopping.statusCode());
            assertEquals("shutting down", json.readTree(stopping.body()).get("detail").asText());
            assertEquals(503, get(server, "/health/ready").statusCode(), "not ready either while shutting down");
        }
    }

    @Test
    void shouldFlipReadyBetween503And200WithTheCheck() throws Exception {
        Readiness readiness = new Readiness("connecting to kafka:9092");
        try (AdminServer server = AdminServer.start(0, metrics, readiness)) {
            HttpResponse<String> before = get(server, "/health/ready");
            assertEquals(503, before.statusCode());
            assertEquals("application/json", before.headers().firstValue("Content-Type").orElseThrow());
            JsonNode down = json.readTree(before.body());
            assertEquals("DOWN", down.get("status").asText());
            assertEquals("connecting to kafka:9092", down.get("detail").asText());

            readiness.up("assigned 6 partitions");
            HttpResponse<String> ready = get(server, "/health/ready");
            assertEquals(200, ready.statusCode());
            assertEquals("UP", json.readTree(ready.body()).get("status").asText());
            assertEquals("assigned 6 partitions", json.readTree(ready.body()).get("detail").asText());

            readiness.down("lost the \"broker\"\n");
            HttpResponse<String> lost = get(server, "/health/ready");
            assertEquals(503, lost.statusCode());
            assertEquals("lost the \"broker\"\n", json.readTree(lost.body()).get("detail").asText(),
                    "the detail survives JSON escaping");
        }
    }

    @Test
    void shouldAnswer503WithTheReasonWhenTheCheckThrows() throws Exception {
        HealthCheck broken = () -> {
            throw new IllegalStateException("no streams yet");
        };
        try (AdminServer server = AdminServer.start(0, metrics, broken)) {
            HttpResponse<String> response = get(server, "/health/ready");
            assertEquals(503, response.statusCode());
            assertTrue(json.readTree(response.body()).get("detail").asText().contains("no streams yet"));
            assertEquals(200, get(server, "/health/live").statusCode(), "a failing check is not a dead process");
        }
    }

    @Test
    void shouldServeThePipelineAndJvmMetricsInPrometheusTextFormat() throws Exception {
        metrics.articleIn();
        metrics.articleIn();
        metrics.articleOut();
        metrics.deadLettered("invalid");
        metrics.recordEnrichLatency(Duration.ofMillis(42));
        try (AdminServer server = AdminServer.start(0, metrics, () -> HealthStatus.up("ok"))) {
            HttpResponse<String> response = get(server, "/metrics");
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain; version=0.0.4"));
            String body = response.body();
            assertTrue(body.contains("newsflow_articles_in_total{service=\"enrich\"} 2.0"), body);
            assertTrue(body.contains("newsflow_articles_out_total{service=\"enrich\"} 1.0"), body);
            assertTrue(body.contains("newsflow_dlq_records_total{reason=\"invalid\",service=\"enrich\"} 1.0"), body);
            assertTrue(body.contains("newsflow_enrich_latency_seconds_count{service=\"enrich\"} 1"), body);
            assertTrue(body.contains("jvm_memory_used_bytes{"), "JVM memory");
            assertTrue(body.contains("jvm_threads_live_threads{"), "JVM threads");
            assertTrue(body.contains("jvm_classes_loaded_classes{"), "class loader");
            assertTrue(body.contains("process_uptime_seconds{"), "uptime");
            assertTrue(body.contains("system_cpu_count{"), "processor");
        }
    }

    @Test
    void shouldAnswerHeadWithoutABodyAndRefuseOtherMethods() throws Exception {
        try (AdminServer server = AdminServer.start(0, metrics, () -> HealthStatus.up("ok"))) {
            HttpResponse<String> head = http.send(request(server, "/health/live")
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, head.statusCode());
            assertEquals("", head.body());

            HttpResponse<String> post = http.send(request(server, "/health/live")
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
            assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
        }
    }

    @Test
    void shouldAnswer404ForUnknownPaths() throws Exception {
        try (AdminServer server = AdminServer.start(0, metrics, () -> HealthStatus.up("ok"))) {
            assertEquals(404, get(server, "/").statusCode());
            assertEquals(404, get(server, "/health/live/extra").statusCode());
            assertEquals(404, get(server, "/health").statusCode());
        }
    }

    @Test
    void shouldListenNowhereWhenDisabledWithMinusOne() {
        try (AdminServer server = AdminServer.start(-1, metrics, () -> HealthStatus.up("ok"))) {
            assertFalse(server.isEnabled());
            assertEquals(-1, server.port());
            server.markShuttingDown(); // harmless when disabled
        }
    }

    @Test
    void shouldNameTheSettingWhenThePortIsTaken() {
        try (AdminServer first = AdminServer.start(0, metrics, () -> HealthStatus.up("ok"))) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> AdminServer.start(first.port(), metrics, () -> HealthStatus.up("ok")));
            assertTrue(e.getMessage().contains("NEWSFLOW_ADMIN_PORT"), e.getMessage());
        }
    }

    @Test
    void shouldStopListeningWhenClosed() {
        AdminServer server = AdminServer.start(0, metrics, () -> HealthStatus.up("ok"));
        int port = server.port();
        server.close();
        assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/health/live")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void shouldReadTheAdminPortSettingFromTheEnvironmentAndDefaultToDisabled() {
        assertEquals("NEWSFLOW_ADMIN_PORT", AdminServer.ADMIN_PORT.envName());
        List<io.newsflow.core.config.Setting<?>> declared = List.of(AdminServer.ADMIN_PORT);
        assertEquals(-1, Settings.parse(declared, new String[0], Map.of()).get(AdminServer.ADMIN_PORT));
        assertEquals(8080, Settings.parse(declared, new String[0], Map.of("NEWSFLOW_ADMIN_PORT", "8080"))
                .get(AdminServer.ADMIN_PORT));
        assertThrows(RuntimeException.class,
                () -> Settings.parse(declared, new String[] {"--admin-port", "-2"}, Map.of()));
    }

    private HttpResponse<String> get(AdminServer server, String path) throws Exception {
        return http.send(request(server, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(AdminServer server, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10));
    }
}
