package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.Topics;
import io.newsflow.core.config.Settings;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.EnrichService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's second clone, or a broker started afresh: enrich's default state directory is per user, so the next
 * run finds the dedupe stores of a run against another cluster. Those must not count as this cluster's memory:
 * the same articles ingested into the new cluster are enriched, not dropped as re-sends.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class StateOfAnotherClusterIT {

    @TempDir
    Path work;

    @Test
    void shouldEnrichOnANewClusterTheArticlesThatStateLeftByAnotherClusterRemembers() throws Exception {
        Path state = work.resolve("state");
        List<String> ids = List.of("same-1", "same-2", "same-3");
        try (LocalKafkaBroker first = LocalKafkaBroker.start(work.resolve("first"), 0)) {
            first.createTopics(Map.of(Topics.RAW, 2, Topics.ENRICHED, 1, Topics.DLQ, 1));
            assertEquals(3, enrich(first, state, ids), "enriched on the first cluster");
        }
        // A task directory of the first cluster's run that no restore would touch: only a reset of the state removes it.
        Path stale = Files.createDirectories(state.resolve("newsflow-enrich/9_9")).resolve("store");
        Files.writeString(stale, "state of the first cluster");
        try (LocalKafkaBroker second = LocalKafkaBroker.start(work.resolve("second"), 0)) {
            second.createTopics(Map.of(Topics.RAW, 2, Topics.ENRICHED, 1, Topics.DLQ, 1));
            assertEquals(3, enrich(second, state, ids), "the same articles enriched again on the second cluster");
        }
        assertFalse(Files.exists(stale), "the first cluster's state was reset before the start on the second");
    }

    /** Runs enrich on the broker with the state directory, sends the articles, returns how many were enriched. */
    private static int enrich(LocalKafkaBroker broker, Path state, List<String> ids) throws Exception {
        EnrichService enrich = EnrichService.create(Settings.parse(EnrichService.SETTINGS, new String[] {
            "--bootstrap-servers", broker.bootstrapServers(), "--state-dir", state.toString()}, Map.of()));
        Thread thread = new Thread(enrich::run, "it-enrich");
        thread.start();
        try {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
                for (String id : ids) {
                    RawArticle a = new RawArticle(id, null, "test", "Floods in Jakarta " + id, "About 300 families left "
                            + "their homes in Jakarta, Indonesia, on Tuesday, officials said.", "en", "2019-01-02", null);
                    producer.send(new ProducerRecord<>(Topics.RAW, id.getBytes(StandardCharsets.UTF_8), Serdes.RAW.toBytes(a)))
                            .get(30, TimeUnit.SECONDS);
                }
            }
            return BadInputIT.read(broker, Topics.ENRICHED, ids.size()).size();
        } finally {
            enrich.close();
            thread.join(60_000);
        }
    }
}
