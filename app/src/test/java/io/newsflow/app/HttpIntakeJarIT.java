package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.schema.RawArticle;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow ingest --http-port} through the shipped jar: it stays up, publishes what is posted, stops on SIGTERM. */
class HttpIntakeJarIT {

    @TempDir
    Path work;

    @Test
    void shouldServeTheIntakeUntilTerminatedAndExitCleanly() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(work.resolve("broker"), 0)) {
            broker.createTopics(Map.of(Topics.RAW, 1));
            try (ServiceProcess ingest = new ServiceProcess(work.resolve("ingest.log"), "ingest",
                    "--bootstrap-servers", broker.bootstrapServers(), "--http-port", Integer.toString(port))) {
                ingest.start();
                HttpClient client = HttpClient.newHttpClient();
                HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"id\":\"jar-1\",\"title\":\"Posted\",\"body\":\"Posted through the jar.\"}\n"))
                        .build();
                HttpResponse<String> answer = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (answer == null && System.nanoTime() < deadline && ingest.isAlive()) {
                    try {
                        answer = client.send(post, HttpResponse.BodyHandlers.ofString());
                    } catch (java.net.ConnectException notYetListening) {
                        Thread.sleep(500);
                    }
                }
                assertTrue(answer != null, ingest::log);
                assertEquals(202, answer.statusCode(), answer.body());
                Thread.sleep(1000);
                assertTrue(ingest.isAlive(), "ingest --http-port keeps running after a request");

                List<RawArticle> got = RawRecords.read(broker.bootstrapServers(), Topics.RAW, 1, Duration.ofSeconds(1),
                        Duration.ofSeconds(30));
                assertEquals("jar-1", got.get(0).id());

                assertTrue(ingest.terminate(30), "ingest stops on SIGTERM");
                assertTrue(ingest.log().contains("event=intake_stopped"), "the intake closed cleanly\n" + ingest.log());
            }
        }
    }
}
