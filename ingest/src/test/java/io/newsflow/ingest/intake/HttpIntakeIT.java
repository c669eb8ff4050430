package io.newsflow.ingest.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import io.newsflow.core.json.Json;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.SharedBroker;
import io.newsflow.ingest.TopicContents;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP intake of a running {@code ingest --http-port}, against the in-JVM broker. */
class HttpIntakeIT {

    private static final String TOKEN = "s3cret-token";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String topic;
    private static IngestService ingest;
    private static CompletableFuture<?> run;
    private static URI articles;

    @BeforeAll
    static void start() throws Exception {
        topic = SharedBroker.newTopic("intake", 1);
        ingest = IngestService.create(Settings.parse(IngestService.SETTINGS, new String[] {
                "--bootstrap-servers", SharedBroker.get().bootstrapServers(), "--topic", topic,
                "--http-port", "0", "--http-token", TOKEN, "--max-request-bytes", "4k",
                "--progress-interval", "0s"}, Map.of()));
        run = CompletableFuture.runAsync(ingest::run);
        for (int i = 0; i < 300 && ingest.httpPort() < 0; i++) {
            Thread.sleep(50);
        }
        assertTrue(ingest.httpPort() > 0, "ingest --http-port started its intake without any INPUT");
        articles = URI.create("http://127.0.0.1:" + ingest.httpPort() + "/articles");
    }

    @AfterAll
    static void stop() throws Exception {
        ingest.close();
        run.get(30, TimeUnit.SECONDS);
    }

    private static String article(String id, String title) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"Body of " + title + ".\"}";
    }

    private static HttpResponse<String> post(String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(articles).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> keysInTopic() {
        return TopicContents.readAll(SharedBroker.get().bootstrapServers(), topic).stream()
                .map(r -> new String(r.key(), StandardCharsets.UTF_8)).collect(Collectors.toSet());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void shouldAnswer202WithTheIdsOnceTheBrokerHasTheArticles() throws Exception {
        HttpResponse<String> r = post(article("ok-1", "One") + "\n" + article("ok-2", "Two") + "\n", TOKEN);
        assertEquals(202, r.statusCode(), r.body());
        JsonNode answer = Json.MAPPER.readTree(r.body());
        assertEquals(List.of("ok-1", "ok-2"), texts(answer.get("published")));
        assertTrue(keysInTopic().containsAll(Set.of("ok-1", "ok-2")), "acknowledged means in the topic");
    }

    @Test
    void shouldTakeOnePrettyPrintedArticle() throws Exception {
        HttpResponse<String> r = post("{\n  \"id\": \"pretty-1\",\n  \"title\": \"Pretty\",\n"
                + "  \"body\": \"Printed over lines.\"\n}\n", TOKEN);
        assertEquals(202, r.statusCode(), r.body());
        assertEquals(List.of("pretty-1"), texts(Json.MAPPER.readTree(r.body()).get("published")));
    }

    @Test
    void shouldAnswer401WithoutTheRightBearerToken() throws Exception {
        assertEquals(401, post(article("no-auth", "Nope"), null).statusCode());
        assertEquals(401, post(article("bad-auth", "Nope"), "wrong").statusCode());
        Set<String> keys = keysInTopic();
        assertFalse(keys.contains("no-auth") || keys.contains("bad-auth"), "nothing published without the token");
    }

    @Test
    void shouldAnswer413OverTheRequestSizeLimit() throws Exception {
        HttpResponse<String> r = post(article("too-big", "x".repeat(5000)), TOKEN);
        assertEquals(413, r.statusCode());
        assertFalse(keysInTopic().contains("too-big"));
    }

    @Test
    void shouldAnswer400NamingTheBadLineAndPublishTheGoodOnes() throws Exception {
        String body = article("mixed-1", "Good") + "\n{not json\n" + "{\"id\":\"mixed-x\",\"title\":\"No body\"}\n"
                + article("mixed-4", "Good too") + "\n";
        HttpResponse<String> r = post(body, TOKEN);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode answer = Json.MAPPER.readTree(r.body());
        assertEquals(List.of("mixed-1", "mixed-4"), texts(answer.get("published")));
        List<Long> badLines = new ArrayList<>();
        answer.get("failed").forEach(f -> badLines.add(f.get("line").asLong()));
        assertEquals(List.of(2L, 3L), badLines);
        Set<String> keys = keysInTopic();
        assertTrue(keys.containsAll(Set.of("mixed-1", "mixed-4")));
        assertFalse(keys.contains("mixed-x"));
    }

    @Test
    void shouldNeverFetchAUrlThatAClientSent() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        site.start();
        try {
            String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/story";
            HttpResponse<String> r = post("{\"url\":\"" + url + "\",\"title\":\"Link only\",\"body\":\"Text.\"}",
                    TOKEN);
            assertEquals(202, r.statusCode(), r.body());
            assertEquals(0, hits.get(), "the intake requested the URL in the article");
        } finally {
            site.stop(0);
        }
    }

    @Test
    void shouldAnswer503WithRetryAfterWhileTheBrokerIsUnreachable() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        IntakeOptions options = new IntakeOptions(0, "127.0.0.1", "", 4096, Duration.ofSeconds(2));
        java.util.Properties producer = new java.util.Properties();
        producer.put("bootstrap.servers", "127.0.0.1:" + deadPort);
        producer.put("acks", "all");
        producer.put("enable.idempotence", "true");
        java.util.Properties admin = new java.util.Properties();
        admin.put("bootstrap.servers", "127.0.0.1:" + deadPort);
        try (HttpIntake intake = HttpIntake.start(options, producer, admin, "news.raw",
                io.newsflow.ingest.read.ReaderOptions.defaults(), new io.newsflow.admin.ServiceMetrics("ingest"))) {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + intake.port() + "/articles"))
                    .POST(HttpRequest.BodyPublishers.ofString(article("down-1", "Down"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode(), r.body());
            assertEquals(ArticlesHandler.RETRY_AFTER_SECONDS, r.headers().firstValue("Retry-After").orElse(null));
        }
    }

    @Test
    void shouldRefuseToListenBeyondLoopbackWithoutAToken() {
        SettingsException e = assertThrows(SettingsException.class, () -> IntakeOptions.from(Settings.parse(
                IngestService.SETTINGS, new String[] {"--http-port", "0", "--http-bind", "0.0.0.0"}, Map.of())));
        assertTrue(e.getMessage().contains("http-token"), e.getMessage());
        IntakeOptions withToken = IntakeOptions.from(Settings.parse(IngestService.SETTINGS,
                new String[] {"--http-port", "0", "--http-bind", "0.0.0.0"}, Map.of("NEWSFLOW_HTTP_TOKEN", "t")));
        assertEquals("t", withToken.token());
    }
}
