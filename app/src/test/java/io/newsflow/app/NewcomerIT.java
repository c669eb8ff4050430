package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.Topics;
import io.newsflow.sink.FileStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newcomer does, in one working directory: {@code ./newsflow demo}, then the README's "separate processes"
 * block (broker, enrich, sink, ingest, tail, metrics) as written, on free ports (the broker's through --port and
 * NEWSFLOW_BOOTSTRAP_SERVERS, the admin ports through --admin-port), each a process of the runnable jar;
 * plus a second enrich on the same host, and a second broker and a second sink on the first ones' data, which are
 * refused while the first ones keep working. The samples are a three-article stand-in for the bundled ones, so that
 * the whole story takes well under a minute and a half.
 */
class NewcomerIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path clone;

    private final List<ServiceProcess> running = new ArrayList<>();
    private int brokerPort;

    @Test
    void shouldRunTheReadmeBlocksInOrderAfterTheDemoAndRefuseASecondBrokerOrSinkOnTheSameData() throws Exception {
        writeSamples();
        brokerPort = freePort();
        Path stateHome = clone.resolve("xdg-state");
        try {
            // ./newsflow demo: its own folder, nothing the later blocks use
            assertEquals(0, jar("demo", "demo", "--samples", "samples", "--timeout", "90s").start().awaitExit(150));
            Path demoOut = clone.resolve("newsflow-demo-out");
            assertTrue(Files.exists(demoOut.resolve(DemoOutput.MARKER)));
            assertEquals(3, lines(demoOut));

            int enrichAdmin = freePort();
            int secondEnrichAdmin = freePort();
            int sinkAdmin = freePort();

            // ./newsflow broker &
            ServiceProcess broker = service("broker", "broker", "--port", Integer.toString(brokerPort));
            awaitLog(broker, "broker: listening on", Duration.ofSeconds(60));

            // ./newsflow enrich --admin-port 8081 &   (and a second one on this host, as the scaling section shows)
            ServiceProcess enrich = service("enrich", "enrich", "--admin-port", Integer.toString(enrichAdmin));
            ServiceProcess secondEnrich = service("enrich-2", "enrich", "--admin-port", Integer.toString(secondEnrichAdmin));
            // ./newsflow sink --out ./newsflow-out --admin-port 8082 &   (files committed after 1 s, not 60)
            ServiceProcess sink = service("sink", "sink", "--out", "./newsflow-out", "--admin-port", Integer.toString(sinkAdmin));

            // ./newsflow ingest samples/seed/seed.jsonl samples/wikinews/wikinews_2019.csv
            assertEquals(0, jar("ingest", "ingest",
                    "samples/seed/seed.jsonl", "samples/wikinews/wikinews_2019.csv").start().awaitExit(60));

            // ./newsflow tail --from-beginning --max 3
            ServiceProcess tail = jar("tail", "tail", "--from-beginning", "--max", "3").start();
            assertEquals(0, tail.awaitExit(90), tail.log());
            assertEquals(3, tail.log().lines().filter(l -> l.startsWith("  entities: ")).count(), tail.log());
            assertTrue(tail.log().contains("Kazakhstan unrest was coup attempt, says president"), tail.log());

            // curl -s localhost:8081/metrics | grep newsflow_articles_out_total   (over both instances)
            await("both enrich instances' metrics count 3 articles", Duration.ofSeconds(60),
                    () -> articlesOut(enrichAdmin) + articlesOut(secondEnrichAdmin) >= 3);
            // ready once each is RUNNING: a member that has just joined can set off one more (cooperative) rebalance
            await("both enrich instances ready", Duration.ofSeconds(30), () -> ready(enrichAdmin) && ready(secondEnrichAdmin));
            Path instances = stateHome.resolve("newsflow/streams/newsflow-enrich");
            assertTrue(Files.isDirectory(instances.resolve("instance-0")) && Files.isDirectory(instances.resolve("instance-1")),
                    "each enrich instance has its own state directory");

            Path out = clone.resolve("newsflow-out");
            await("the sink stores the 3 articles", Duration.ofSeconds(60), () -> lines(out) == 3);
            assertNotEquals(Files.readString(demoOut.resolve(".newsflow-store.json")), Files.readString(out.resolve(".newsflow-store.json")),
                    "the demo's store and the sink's come from different clusters");

            // A second broker on the same data, and a second sink on the same store: refused, touching nothing.
            ServiceProcess secondBroker = jar("broker-2", "broker", "--port", Integer.toString(freePort())).start();
            assertEquals(2, secondBroker.awaitExit(60), secondBroker.log());
            assertTrue(secondBroker.log().contains("is in use by newsflow broker (pid "), secondBroker.log());
            ServiceProcess secondSink = jar("sink-2", "sink", "--out", "./newsflow-out").start();
            assertEquals(2, secondSink.awaitExit(60), secondSink.log());
            assertTrue(secondSink.log().contains("is in use by newsflow sink (pid "), secondSink.log());

            // The first ones keep serving: one more article goes all the way through.
            Files.writeString(clone.resolve("one-more.txt"), "Storm closes 12 schools in Oslo\n\n"
                    + "About 12 schools in Oslo, Norway, closed on Monday after a storm, the city council said.\n");
            assertEquals(0, jar("ingest-2", "ingest", "one-more.txt").start().awaitExit(60));
            await("the fourth article stored", Duration.ofSeconds(60), () -> lines(out) == 4);
            for (ServiceProcess p : List.of(broker, enrich, secondEnrich, sink)) {
                assertTrue(p.isAlive(), "still running:\n" + p.log());
            }
            assertEquals(3, lines(demoOut), "the demo's output is untouched");
        } finally {
            for (ServiceProcess p : running) {
                p.close();
            }
        }
    }

    /** A three-article stand-in for samples/, under the same names, so that the README's commands read as written. */
    private void writeSamples() throws IOException {
        Path home = Path.of(System.getProperty("newsflow.home", ".."));
        Files.createDirectories(clone.resolve("samples/seed"));
        Files.createDirectories(clone.resolve("samples/wikinews"));
        Files.copy(home.resolve("samples/seed/seed.jsonl"), clone.resolve("samples/seed/seed.jsonl"));
        Files.writeString(clone.resolve("samples/wikinews/wikinews_2019.csv"), """
                url,date,title,text
                https://en.wikinews.org/wiki/Flood_test,2019-01-02,Floods force 300 families from their homes in Jakarta,"About 300 families were evacuated on Tuesday after floods hit Jakarta, Indonesia, officials said."
                https://en.wikinews.org/wiki/Vote_test,2019-03-04,Parliament of Finland passes budget,"The Parliament of Finland passed the budget by 101 votes to 88 on Monday, the speaker said."
                """);
    }

    private ServiceProcess jar(String name, String command, String... args) {
        ServiceProcess p = new ServiceProcess(clone.resolve(name + ".log"), command, args).in(clone)
                .withEnv("XDG_STATE_HOME", clone.resolve("xdg-state").toString())
                .withEnv("NEWSFLOW_BOOTSTRAP_SERVERS", "127.0.0.1:" + brokerPort) // the README's localhost:9092
                .withEnv("NEWSFLOW_MAX_FILE_AGE", "1s");
        running.add(p);
        return p;
    }

    private ServiceProcess service(String name, String command, String... args) throws IOException {
        return jar(name, command, args).start();
    }

    private static long lines(Path out) {
        try (Stream<String> all = FileStore.lines(out, Topics.ENRICHED)) {
            return all.count();
        }
    }

    private static double articlesOut(int port) {
        try {
            HttpResponse<String> r = get(port, "/metrics");
            return r.statusCode() == 200 ? OperationsIT.metric(r.body(), "newsflow_articles_out_total", "enrich") : 0;
        } catch (IOException e) {
            return 0; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static boolean ready(int port) {
        try {
            return status(port, "/health/ready") == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int status(int port, String path) throws IOException, InterruptedException {
        return get(port, path).statusCode();
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitLog(ServiceProcess p, String text, Duration timeout) throws InterruptedException {
        await("'" + text + "' in the log", timeout, () -> p.log().contains(text));
    }

    private void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                StringBuilder logs = new StringBuilder();
                for (ServiceProcess p : running) {
                    String log = p.log();
                    logs.append("\n--- ").append(log.length() > 3000 ? log.substring(log.length() - 3000) : log);
                }
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + logs);
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
