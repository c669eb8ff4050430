package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.config.Settings;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.IngestService;
import io.newsflow.sink.SinkService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The end-to-end acceptance run, on whichever broker it is given: ingest the bundled samples (the seed and 171
 * Wikinews articles), enrich and sink them, and check the file store. The in-JVM broker and Testcontainers' Kafka
 * run the very same scenario.
 */
final class PipelineScenario {

    static final Path SAMPLES = Path.of(System.getProperty("newsflow.home", ".."), "samples");
    static final int SAMPLE_ARTICLES = 172;
    static final String SEED_TITLE = "Kazakhstan unrest was coup attempt, says president";
    static final Map<String, EntityType> SEED_ENTITIES = Map.of(
            "Kazakhstan", EntityType.LOCATION,
            "Kassym-Jomart Tokayev", EntityType.PERSON,
            "Putin", EntityType.PERSON,
            "Russia", EntityType.LOCATION,
            "CSTO", EntityType.ORGANIZATION,
            "Almaty", EntityType.LOCATION,
            "Nur-Sultan", EntityType.LOCATION,
            "Nursultan Nazarbayev", EntityType.PERSON,
            "Interior Ministry", EntityType.ORGANIZATION);

    private PipelineScenario() {
    }

    /** Runs ingest → enrich → sink on {@code bootstrap} and returns what the file store holds. */
    static List<EnrichedArticle> run(String bootstrap, Path work) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            LocalKafkaBroker.createTopics(admin, Map.of(Topics.RAW, 3, Topics.ENRICHED, 3, Topics.DLQ, 1));
        }
        Path out = work.resolve("out");
        EnrichService enrich = EnrichService.create(Settings.parse(EnrichService.SETTINGS, new String[] {
            "--bootstrap-servers", bootstrap, "--state-dir", work.resolve("state").toString(), "--num-stream-threads", "2"}, Map.of()));
        SinkService sink = SinkService.create(Settings.parse(SinkService.SETTINGS, new String[] {
            "--bootstrap-servers", bootstrap, "--out", out.toString(), "--max-file-age", "1s"}, Map.of()));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread enrichThread = start("enrich", enrich::run, failure);
        Thread sinkThread = start("sink", sink::run, failure);
        try {
            IngestReport report;
            try (IngestService ingest = IngestService.create(Settings.parse(IngestService.SETTINGS, new String[] {
                "--bootstrap-servers", bootstrap,
                SAMPLES.resolve("seed/seed.jsonl").toString(),
                SAMPLES.resolve("wikinews/wikinews_2019.csv").toString()}, Map.of()))) {
                report = ingest.run();
            }
            assertEquals(SAMPLE_ARTICLES, report.published(), "ingest published every sample");
            Path store = out.resolve(Topics.ENRICHED);
            long deadline = System.currentTimeMillis() + 300_000;
            while (EnrichedFiles.countLines(store) < SAMPLE_ARTICLES && System.currentTimeMillis() < deadline && failure.get() == null) {
                Thread.sleep(250);
            }
            Thread.sleep(2_000); // anything beyond the expected count would be a duplicate: give it time to show
        } finally {
            sink.close();
            enrich.close();
            sinkThread.join(30_000);
            enrichThread.join(30_000);
        }
        if (failure.get() != null) {
            throw new AssertionError("a service failed", failure.get());
        }
        return EnrichedFiles.read(out.resolve(Topics.ENRICHED));
    }

    /** Every sample exactly once, and the seed's nine entities with their types. */
    static void assertAcceptance(List<EnrichedArticle> stored) {
        Map<String, Long> perId = stored.stream().collect(Collectors.groupingBy(EnrichedArticle::id, TreeMap::new, Collectors.counting()));
        assertEquals(SAMPLE_ARTICLES, perId.size(), "distinct articles in the file store");
        assertEquals(SAMPLE_ARTICLES, stored.size(), () -> "records in the file store; duplicated: "
                + perId.entrySet().stream().filter(e -> e.getValue() > 1).toList());
        EnrichedArticle seed = stored.stream().filter(a -> SEED_TITLE.equals(a.title())).findFirst().orElseThrow();
        assertEquals("2022-01-10", seed.publishedAt());
        Map<String, EntityType> named = seed.entities().stream()
                .filter(e -> e.type() != EntityType.MISC)
                .collect(Collectors.toMap(Entity::text, Entity::type, (a, b) -> a));
        assertEquals(SEED_ENTITIES, named, "the seed's PERSON, ORGANIZATION and LOCATION entities");
        Set<String> wikinewsWithEntities = stored.stream().filter(a -> !a.entities().isEmpty()).map(EnrichedArticle::id).collect(Collectors.toSet());
        assertTrue(wikinewsWithEntities.size() > 160, "nearly every article names someone or somewhere: " + wikinewsWithEntities.size());
    }

    private static Thread start(String name, Runnable task, AtomicReference<Throwable> failure) {
        Thread t = new Thread(() -> {
            try {
                task.run();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, "it-" + name);
        t.start();
        return t;
    }
}
