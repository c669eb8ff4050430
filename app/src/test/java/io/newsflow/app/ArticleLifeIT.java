package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.DeadLetterHeaders;
import io.newsflow.core.Topics;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Mention;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.entities.EntityExtractor;
import io.newsflow.enrich.figures.FigureExtractor;
import io.newsflow.enrich.topology.EnrichObserver;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.ingest.DeadLetterTool;
import io.newsflow.ingest.read.ArticleReaders;
import io.newsflow.ingest.read.ReaderOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The life of real articles on a real broker: a processing failure dead-lettered with its original key and bytes and
 * enriched once replayed with {@code dlq replay}; an article near the body limit and dense with entities and figures,
 * whose enriched record would be several megabytes, dead-lettered while the next article arrives; lightly edited
 * copies of a Wikinews article under other ids marked {@code nearDuplicateOf} it, while Wikinews' own follow-up on the
 * same storm is not. The NER is a dictionary stand-in (the CRF adds only time here); figures, dates and places are the
 * pipeline's own.
 */
class ArticleLifeIT {

    static final String DENSE_SENTENCE = "President Joe Biden met Emmanuel Macron in Paris on 3 May; 12 people died. ";

    @TempDir
    static Path work;

    static LocalKafkaBroker broker;

    /** Tags the names of the dense sentence; fails on "BOOM" until the fix is released. */
    static final class Tagger implements EntityExtractor {
        volatile boolean fail = true;

        @Override
        public List<Entity> extract(String title, String body) {
            if (fail && body.contains("BOOM")) {
                throw new IllegalStateException("tagger failed on purpose");
            }
            List<Entity> out = new ArrayList<>();
            for (var name : Map.of("Joe Biden", EntityType.PERSON, "Emmanuel Macron", EntityType.PERSON,
                    "Paris", EntityType.LOCATION).entrySet()) {
                List<Mention> mentions = new ArrayList<>();
                for (int i = body.indexOf(name.getKey()); i >= 0; i = body.indexOf(name.getKey(), i + 1)) {
                    mentions.add(new Mention(Mention.BODY, i, i + name.getKey().length(), name.getKey()));
                }
                if (!mentions.isEmpty()) {
                    out.add(new Entity(name.getKey(), name.getValue(), mentions.size(), mentions));
                }
            }
            return out;
        }
    }

    @BeforeAll
    static void startBroker() {
        broker = LocalKafkaBroker.start(work.resolve("broker"), 0);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static KafkaStreams start(EnrichTopology.Config config, Tagger tagger, Properties overrides) {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, config, new Enricher(tagger, new FigureExtractor(), Clock.systemUTC()), EnrichObserver.NONE,
                Clock.systemUTC());
        Properties props = EnrichTopology.streamsConfig(broker.bootstrapServers(), "life-" + UUID.randomUUID(), 1,
                work.resolve("state-" + UUID.randomUUID()).toString(), overrides);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        KafkaStreams streams = new KafkaStreams(builder.build(), props);
        streams.start();
        return streams;
    }

    private static void send(String topic, String key, byte[] value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static byte[] article(String id, String body) {
        return Serdes.RAW.toBytes(new RawArticle(id, null, "test", "Title of " + id, body, "en", "2024-05-04", null));
    }

    private static void createTopics(String... names) throws Exception {
        try (Admin admin = broker.admin()) {
            List<NewTopic> topics = new ArrayList<>();
            for (String name : names) {
                topics.add(new NewTopic(name, 1, (short) 1));
            }
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldDeadLetterADenseNearLimitArticleAndAFailureThenEnrichTheReplayedFailure() throws Exception {
        createTopics(Topics.RAW, Topics.ENRICHED, Topics.DLQ);
        Tagger tagger = new Tagger();
        String dense = DENSE_SENTENCE.repeat(1_000_000 / DENSE_SENTENCE.length());
        byte[] failing = article("https://example.com/news?id=5&x=a,b", "BOOM: the tagger fails on this one, in Paris.");
        try (KafkaStreams streams = start(EnrichTopology.Config.defaults(), tagger, new Properties())) {
            send(Topics.RAW, "https://example.com/news?id=5&x=a,b", failing);
            send(Topics.RAW, "dense", article("dense", dense));
            send(Topics.RAW, "after", article("after", "Joe Biden spoke in Paris on Monday."));

            Map<String, ConsumerRecord<byte[], byte[]>> dead = BadInputIT.readRecords(broker, Topics.DLQ, 2);
            Map<String, byte[]> enriched = BadInputIT.read(broker, Topics.ENRICHED, 1);
            assertNotNull(enriched.get("after"), "the article after the dense one arrived");
            assertEquals(KafkaStreams.State.RUNNING, streams.state());
            ConsumerRecord<byte[], byte[]> tooLarge = dead.get("dense");
            assertEquals("too-large", BadInputIT.header(tooLarge, DeadLetterHeaders.REASON));
            assertEquals("max-record-bytes", BadInputIT.header(tooLarge, DeadLetterHeaders.ERROR_CLASS));
            assertEquals(dense, Serdes.RAW.fromBytes(tooLarge.value()).body(), "the original article, whole");
            ConsumerRecord<byte[], byte[]> failed = dead.get("https://example.com/news?id=5&x=a,b");
            assertEquals("processing", BadInputIT.header(failed, DeadLetterHeaders.REASON));
            assertArrayEquals(failing, failed.value(), "the original value bytes");

            tagger.fail = false; // the fix is released
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = DeadLetterTool.run(List.of("replay", "--bootstrap-servers", broker.bootstrapServers(), "--reason", "processing"),
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("replayed=1 "), out.toString(StandardCharsets.UTF_8));

            Map<String, byte[]> after = BadInputIT.read(broker, Topics.ENRICHED, 2);
            EnrichedArticle replayed = Serdes.ENRICHED.fromBytes(after.get("https://example.com/news?id=5&x=a,b"));
            assertNotNull(replayed, "the replayed dead letter was enriched");
            assertEquals(1, replayed.version());
            assertEquals("Paris", replayed.entities().get(0).text());
        }
    }

    @Test
    void shouldMarkLightlyEditedCopiesNearDuplicateOfTheFirstAndNotAFollowUpOnTheSameStorm() throws Exception {
        createTopics("near.raw", "near.enriched", "near.dlq");
        List<RawArticle> wikinews;
        try (var articles = ArticleReaders.read(PipelineScenario.SAMPLES.resolve("wikinews/wikinews_2019.csv").toString(),
                ReaderOptions.defaults())) {
            wikinews = articles.toList();
        }
        RawArticle first = wikinews.stream().filter(a -> a.title().startsWith("Tropical Storm Humberto upgraded"))
                .findFirst().orElseThrow();
        RawArticle followUp = wikinews.stream().filter(a -> a.title().startsWith("Hurricane Humberto strengthens"))
                .findFirst().orElseThrow();
        String sentence = "On Saturday, Humberto hovered to the east of Great Abaco Island for a few hours, but once it moved "
                + "on the Bahamian government withdrew its tropical storm warnings.";
        assertTrue(first.body().contains(sentence));
        String rewritten = first.body().replace(sentence, "Humberto lingered east of Great Abaco Island for several hours "
                + "on Saturday; the government of the Bahamas lifted its tropical storm warnings after the storm moved away.");
        String appended = first.body() + "\n\nUpdate: on Monday afternoon the NHC said Humberto had strengthened further "
                + "and would pass north of Bermuda later in the week.";
        String firstId = "https://en.wikinews.org/wiki/Tropical_Storm_Humberto_upgraded_to_hurricane_status";
        EnrichTopology.Config config = new EnrichTopology.Config("near.raw", "near.enriched", "near.dlq", 1024 * 1024,
                java.time.Duration.ofDays(7), true, EnrichTopology.Config.DEFAULT_NEAR_DUPLICATE_THRESHOLD,
                EnrichTopology.Config.DEFAULT_MAX_RECORD_BYTES);
        try (KafkaStreams streams = start(config, new Tagger(), new Properties())) {
            sendArticle(firstId, first.title(), first.body());
            sendArticle("https://en.wikinews.org/wiki/Hurricane_Humberto_strengthens", followUp.title(), followUp.body());
            sendArticle("https://mirror.example.org/humberto?edit=sentence", first.title(), rewritten);
            sendArticle("https://mirror.example.org/humberto?edit=appended", first.title(), appended);
            sendArticle("https://mirror.example.org/humberto?edit=headline", "Humberto becomes the season's third hurricane",
                    first.body());

            Map<String, byte[]> out = BadInputIT.read(broker, "near.enriched", 5);
            assertEquals(5, out.size(), out.keySet().toString());
            assertEquals(null, Serdes.ENRICHED.fromBytes(out.get(firstId)).nearDuplicateOf());
            EnrichedArticle other = Serdes.ENRICHED.fromBytes(out.get("https://en.wikinews.org/wiki/Hurricane_Humberto_strengthens"));
            assertEquals(null, other.nearDuplicateOf(), "a follow-up on the same storm is another article");
            for (String edit : List.of("sentence", "appended", "headline")) {
                EnrichedArticle copy = Serdes.ENRICHED.fromBytes(out.get("https://mirror.example.org/humberto?edit=" + edit));
                assertEquals(firstId, copy.nearDuplicateOf(), edit);
                assertTrue(copy.similarity() >= EnrichTopology.Config.DEFAULT_NEAR_DUPLICATE_THRESHOLD, edit + " " + copy.similarity());
                assertEquals(null, copy.duplicateOf(), edit);
            }
            assertEquals(KafkaStreams.State.RUNNING, streams.state());
        }
    }

    private static void sendArticle(String id, String title, String body) throws Exception {
        send("near.raw", id, Serdes.RAW.toBytes(new RawArticle(id, id, "wikinews", title, body, "en", "2019-09-16", null)));
    }
}
