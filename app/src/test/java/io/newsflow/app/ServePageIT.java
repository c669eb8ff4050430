package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.config.Settings;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestService;
import io.newsflow.serve.ServeService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser: broker, enrich and serve in this JVM, the seed ingested, Debian's chromium headless
 * loads the page, finds the seed in the latest articles, opens it and shows its entities and figures marked.
 */
class ServePageIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path work;

    @Test
    void shouldShowTheSeedArticleWithItsPersonAndFigureMarked() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "chromium is installed (.ci/run installs it)");
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(work.resolve("broker"), 0)) {
            String bootstrap = broker.bootstrapServers();
            broker.createTopics(Map.of(Topics.RAW, 2, Topics.ENRICHED, 2, Topics.DLQ, 1));
            EnrichService enrich = EnrichService.create(Settings.parse(EnrichService.SETTINGS, new String[] {
                "--bootstrap-servers", bootstrap, "--state-dir", work.resolve("enrich").toString()}, Map.of()));
            Thread enrichThread = new Thread(enrich::run, "it-enrich");
            enrichThread.start();
            ServeService serve = ServeService.create(Settings.parse(ServeService.SETTINGS, new String[] {
                "--bootstrap-servers", bootstrap, "--state-dir", work.resolve("serve").toString(), "--http-port", "0",
                "--http-bind", "127.0.0.1", "--advertised-host", "127.0.0.1"}, Map.of()));
            serve.start();
            try {
                try (IngestService ingest = IngestService.create(Settings.parse(IngestService.SETTINGS, new String[] {
                    "--bootstrap-servers", bootstrap, PipelineScenario.SAMPLES.resolve("seed/seed.jsonl").toString()}, Map.of()))) {
                    assertEquals(1, ingest.run().published());
                }
                String base = "http://127.0.0.1:" + serve.port() + "/";
                awaitSeedInApi(base);

                String list = dumpDom(base);
                Matcher link = Pattern.compile("href=\"(#/article/[^\"]+)\">" + Pattern.quote(PipelineScenario.SEED_TITLE)).matcher(list);
                assertTrue(link.find(), "the seed is among the latest articles on the page:\n" + list);

                String article = dumpDom(base + link.group(1));
                assertTrue(Pattern.compile("<mark class=\"ent\" data-type=\"PERSON\" title=\"PERSON: Kassym-Jomart Tokayev\"><a [^>]*>Kassym-Jomart Tokayev</a></mark>")
                        .matcher(article).find(), "Tokayev marked as a PERSON:\n" + article);
                assertTrue(Pattern.compile("<mark class=\"fig\" data-kind=\"[A-Z]+\" title=\"[^\"]*\" tabindex=\"0\">Almost 8,000 people</mark>")
                        .matcher(article).find(), "the figure marked:\n" + article);

                Path shot = Path.of("target", "serve-page.png").toAbsolutePath();
                Files.createDirectories(shot.getParent());
                chromium(List.of("--screenshot=" + shot, "--window-size=1280,1200", "--virtual-time-budget=5000", base + link.group(1)));
                assertTrue(Files.size(shot) > 1000, "a screenshot was saved at " + shot);
            } finally {
                serve.close();
                enrich.close();
                enrichThread.join(30_000);
            }
        }
    }

    private static void awaitSeedInApi(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/articles?limit=5")).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() == 200 && r.body().contains(PipelineScenario.SEED_TITLE)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the seed did not reach serve");
    }

    private String dumpDom(String url) throws Exception {
        return chromium(List.of("--dump-dom", "--virtual-time-budget=5000", url));
    }

    private String chromium(List<String> args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--user-data-dir=" + work.resolve("chromium")));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(work.resolve("chromium.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium finished");
        return new String(out, StandardCharsets.UTF_8);
    }
}
