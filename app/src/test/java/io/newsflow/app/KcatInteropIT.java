package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.config.Settings;
import io.newsflow.core.json.Json;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.EnrichService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interoperability with a non-Java client: librdkafka's kcat writes articles to news.raw and reads news.enriched
 * (read_committed) from the same broker as the Java services.
 */
class KcatInteropIT {

    @TempDir
    Path work;

    @BeforeAll
    static void requireKcat() {
        try {
            Process p = new ProcessBuilder("kcat", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            fail("kcat is needed by this test: apt-get install -y kcat (.ci/run installs it)");
        }
    }

    @Test
    void shouldExchangeArticlesWithKcat() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(work.resolve("broker"), 0)) {
            broker.createTopics(Map.of(Topics.RAW, 2, Topics.ENRICHED, 2, Topics.DLQ, 1));
            EnrichService enrich = EnrichService.create(Settings.parse(EnrichService.SETTINGS, new String[] {
                "--bootstrap-servers", broker.bootstrapServers(), "--state-dir", work.resolve("state").toString()}, Map.of()));
            Thread enrichThread = new Thread(enrich::run, "it-enrich");
            enrichThread.start();
            try {
                List<String> lines = new ArrayList<>();
                String[] bodies = {
                    "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Tuesday.",
                    "NATO said 3,000 troops would be sent to Poland.",
                    "Kazakhstan's President Kassym-Jomart Tokayev spoke in Almaty."};
                for (int i = 0; i < bodies.length; i++) {
                    RawArticle a = new RawArticle("kcat-" + i, null, "kcat", "Article " + i, bodies[i], "en", "2022-01-10", null);
                    lines.add(a.id() + "\t" + Serdes.RAW.toJson(a));
                }
                Path input = work.resolve("input.tsv");
                Files.write(input, lines, StandardCharsets.UTF_8);
                Process produce = new ProcessBuilder("kcat", "-b", broker.bootstrapServers(), "-t", Topics.RAW, "-P", "-K", "\t", "-l", input.toString())
                        .redirectErrorStream(true).start();
                String produceLog = new String(produce.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(produce.waitFor(60, TimeUnit.SECONDS), "kcat produce finished");
                assertEquals(0, produce.exitValue(), produceLog);

                Process consume = new ProcessBuilder("kcat", "-b", broker.bootstrapServers(), "-t", Topics.ENRICHED, "-C",
                        "-o", "beginning", "-c", Integer.toString(bodies.length), "-q", "-X", "isolation.level=read_committed",
                        "-f", "%k\t%s\n").redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String consumed = new String(consume.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!consume.waitFor(120, TimeUnit.SECONDS)) {
                    consume.destroyForcibly();
                    fail("kcat did not read " + bodies.length + " enriched articles in time; got: " + consumed);
                }
                List<EnrichedArticle> articles = new ArrayList<>();
                for (String line : consumed.split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] kv = line.split("\t", 2);
                    EnrichedArticle a = Json.MAPPER.readValue(kv[1], EnrichedArticle.class);
                    assertEquals(kv[0], a.id(), "the key is the article id");
                    articles.add(a);
                }
                assertEquals(List.of("kcat-0", "kcat-1", "kcat-2"), articles.stream().map(EnrichedArticle::id).sorted().toList());
                EnrichedArticle third = articles.stream().filter(a -> a.id().equals("kcat-2")).findFirst().orElseThrow();
                assertTrue(third.entities().stream().anyMatch(e -> e.text().equals("Kassym-Jomart Tokayev")), third.entities().toString());
            } finally {
                enrich.close();
                enrichThread.join(30_000);
            }
        }
    }
}
