package io.newsflow.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EnrichTopologyTest {

    /** A stand-in for the CRF, so these tests are about routing: it tags every "Kazakhstan"; "BOOM" makes it fail. */
    static final EntityExtractor KAZAKHSTAN_TAGGER = (title, body) -> {
        if (body.contains("BOOM")) {
            throw new IllegalStateException("tagger failed on purpose");
        }
        List<Mention> mentions = new ArrayList<>();
        for (int i = body.indexOf("Kazakhstan"); i >= 0; i = body.indexOf("Kazakhstan", i + 1)) {
            mentions.add(new Mention(Mention.BODY, i, i + 10, "Kazakhstan"));
        }
        return mentions.isEmpty() ? List.of() : List.of(new Entity("Kazakhstan", EntityType.LOCATION, mentions.size(), mentions));
    };

    /** The tagger above, that can stop failing (a fixed release) and counts its runs. */
    static final class Tagger implements EntityExtractor {
        volatile boolean fail = true;

        @Override
        public List<Entity> extract(String title, String body) {
            return KAZAKHSTAN_TAGGER.extract(title, fail ? body : body.replace("BOOM", "boom"));
        }
    }

    /** What the topology reported. */
    static final class Counting implements EnrichObserver {
        final java.util.Map<String, Integer> duplicates = new java.util.TreeMap<>();
        int nerRuns;
        int nearDuplicates;

        @Override
        public void duplicate(String by) {
            duplicates.merge(by, 1, Integer::sum);
        }

        @Override
        public void nearDuplicate() {
            nearDuplicates++;
        }

        @Override
        public void enriched(java.time.Duration latency, int entities, int figures) {
            nerRuns++;
        }
    }

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, String> enriched;
    private TestOutputTopic<byte[], byte[]> dlq;
    private final Clock clock = Clock.fixed(Instant.parse("2022-01-10T12:00:00Z"), ZoneOffset.UTC);
    private final Tagger tagger = new Tagger();
    private Counting observer;

    @BeforeEach
    void start() {
        restart(EnrichTopology.Config.defaults());
    }

    /** A fresh topology with this configuration. */
    private void restart(EnrichTopology.Config config) {
        if (driver != null) {
            driver.close();
        }
        observer = new Counting();
        Enricher enricher = new Enricher(tagger, new FigureExtractor(), clock);
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, config, enricher, observer, clock);
        Properties props = EnrichTopology.streamsConfig("unused:9092", "enrich-test", 1,
                stateDir.resolve("s" + System.nanoTime()).toString(), new Properties());
        driver = new TopologyTestDriver(builder.build(), props);
        raw = driver.createInputTopic(Topics.RAW, new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, new StringDeserializer(), new StringDeserializer());
        dlq = driver.createOutputTopic(Topics.DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static List<EnrichedArticle> articles(TestOutputTopic<String, String> topic) {
        return topic.readRecordsToList().stream()
                .map(r -> Serdes.ENRICHED.fromBytes(r.value().getBytes(StandardCharsets.UTF_8))).toList();
    }

    private void send(String key, RawArticle article) {
        raw.pipeInput(key == null ? null : key.getBytes(StandardCharsets.UTF_8), Serdes.RAW.toBytes(article));
    }

    private static RawArticle article(String id, String url, String body) {
        return new RawArticle(id, url, "test", "A title", body, "en", "2022-01-10", "2022-01-10T11:00:00Z");
    }

    @Test
    void shouldEnrichAnArticleKeyedByItsId() {
        send("a1", article("a1", "https://example.com/a1", "Troops are in Kazakhstan. Kazakhstan is calm."));

        List<TestRecord<String, String>> out = enriched.readRecordsToList();
        assertEquals(1, out.size());
        assertEquals("a1", out.get(0).key());
        EnrichedArticle a = Serdes.ENRICHED.fromBytes(out.get(0).value().getBytes(StandardCharsets.UTF_8));
        assertEquals("a1", a.id());
        assertEquals("Kazakhstan", a.entities().get(0).text());
        assertEquals(2, a.entities().get(0).count());
        assertEquals(Enricher.PIPELINE_VERSION, a.pipelineVersion());
        assertEquals("2022-01-10T12:00:00Z", a.enrichedAt());
        assertTrue(dlq.isEmpty());
    }

    @Test
    void shouldSendMalformedJsonToTheDlqWithItsOriginalBytesAndTheReason() {
        byte[] garbage = "{\"id\": \"x\", ".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("x".getBytes(StandardCharsets.UTF_8), garbage);

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertEquals("x", new String(dead.key(), StandardCharsets.UTF_8));
        assertEquals(new String(garbage, StandardCharsets.UTF_8), new String(dead.value(), StandardCharsets.UTF_8));
        assertEquals("deserialization", header(dead, DeadLetterHeaders.REASON));
        assertEquals(Topics.RAW, header(dead, DeadLetterHeaders.SOURCE_TOPIC));
        assertEquals("0", header(dead, DeadLetterHeaders.SOURCE_PARTITION));
        assertEquals("0", header(dead, DeadLetterHeaders.SOURCE_OFFSET));
        assertEquals("newsflow-enrich", header(dead, DeadLetterHeaders.SERVICE));
        assertNotNull(header(dead, DeadLetterHeaders.ERROR_CLASS));
        assertTrue(header(dead, DeadLetterHeaders.ERROR_MESSAGE).contains("RawArticle"));
        assertTrue(enriched.isEmpty());
    }

    @Test
    void shouldLetTheGoodRecordsAroundABadOneFlowOn() {
        send("g1", article("g1", null, "First good article about Kazakhstan."));
        raw.pipeInput("b1".getBytes(StandardCharsets.UTF_8), "not json".getBytes(StandardCharsets.UTF_8));
        send("g2", article("g2", null, "Second good article, BOOM goes the tagger."));
        send("g3", article("g3", null, "Third good article about Kazakhstan."));

        assertEquals(List.of("g1", "g3"), keys(enriched));
        List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertEquals(List.of("deserialization", "processing"), dead.stream().map(r -> header(r, DeadLetterHeaders.REASON)).toList());
        // the processing failure happened after two repartitions, yet names the record's place in news.raw
        assertEquals(Topics.RAW, header(dead.get(1), DeadLetterHeaders.SOURCE_TOPIC));
        assertEquals("2", header(dead.get(1), DeadLetterHeaders.SOURCE_OFFSET));
        assertEquals("java.lang.IllegalStateException", header(dead.get(1), DeadLetterHeaders.ERROR_CLASS));
        assertEquals("g2", Serdes.RAW.fromBytes(dead.get(1).value()).id());
    }

    @Test
    void shouldPublishAChangedContentAsTheNextVersionAndDropAnIdenticalResend() {
        send("d1", article("d1", "https://example.com/d1", "An article about Kazakhstan."));
        send("d1", article("d1", "https://example.com/d1", "An article about Kazakhstan."));
        send("d1", article("d1", "https://example.com/d1", "The same article about Kazakhstan, edited after publication."));
        send("d1", article("d1", "https://example.com/d1", "The same article about Kazakhstan, edited after publication."));

        List<EnrichedArticle> out = articles(enriched);
        assertEquals(List.of("d1", "d1"), out.stream().map(EnrichedArticle::id).toList());
        assertEquals(1, out.get(0).version());
        assertNull(out.get(0).previousContentHash());
        assertEquals(2, out.get(1).version());
        assertEquals(out.get(0).contentHash(), out.get(1).previousContentHash());
        assertTrue(out.get(1).body().contains("edited"));
        assertEquals(java.util.Map.of("id", 2), observer.duplicates);
    }

    @Test
    void shouldPublishACopyUnderAnotherIdMarkedAsSuchWithTheFirstsEnrichmentAndNoNer() {
        send("u1", article("u1", "https://example.com/story", "Exactly   the same text about Kazakhstan."));
        send("u2", article("u2", "https://mirror.example.org/copy", "EXACTLY the same text  about\n Kazakhstan. "));
        send("u3", article("u3", "https://example.com/other", "A different text."));

        List<EnrichedArticle> out = articles(enriched);
        assertEquals(List.of("u1", "u2", "u3"), out.stream().map(EnrichedArticle::id).toList());
        EnrichedArticle copy = out.get(1);
        assertEquals("u1", copy.duplicateOf());
        assertNull(out.get(0).duplicateOf());
        assertEquals("https://mirror.example.org/copy", copy.url());
        assertEquals(out.get(0).contentHash(), copy.contentHash());
        assertEquals(1, copy.version());
        // the first's entity, at the copy's own offsets
        Mention m = copy.entities().get(0).mentions().get(0);
        assertEquals("Kazakhstan", copy.body().substring(m.start(), m.end()));
        assertEquals(2, observer.nerRuns, "the NER ran for u1 and u3 only");
        assertEquals(java.util.Map.of("content", 1), observer.duplicates);
    }

    @Test
    void shouldDropAResentCopyAsTheSameIdAndContent() {
        send("c1", article("c1", null, "Copied text about Kazakhstan."));
        send("c2", article("c2", null, "Copied text about Kazakhstan."));
        send("c2", article("c2", null, "Copied text about Kazakhstan."));

        assertEquals(List.of("c1", "c2"), keys(enriched));
        assertEquals(java.util.Map.of("content", 1, "id", 1), observer.duplicates);
    }

    @Test
    void shouldEnrichAgainAfterTheDedupeRetention() {
        raw.pipeInput("r1".getBytes(StandardCharsets.UTF_8), Serdes.RAW.toBytes(article("r1", null, "Kazakhstan again.")), Instant.parse("2022-01-01T00:00:00Z"));
        raw.pipeInput("r1".getBytes(StandardCharsets.UTF_8), Serdes.RAW.toBytes(article("r1", null, "Kazakhstan again.")), Instant.parse("2022-01-07T23:00:00Z"));
        raw.pipeInput("r1".getBytes(StandardCharsets.UTF_8), Serdes.RAW.toBytes(article("r1", null, "Kazakhstan again.")), Instant.parse("2022-01-09T00:00:00Z"));

        List<EnrichedArticle> out = articles(enriched);
        assertEquals(List.of("r1", "r1"), out.stream().map(EnrichedArticle::id).toList(), "dropped within 7 days, enriched after");
        assertEquals(List.of(1, 1), out.stream().map(EnrichedArticle::version).toList(), "an id unseen for the retention starts over");
        assertEquals(2, observer.nerRuns);
    }

    @Test
    void shouldRememberWhatItEnrichedInChangeloggedTimeStampedStores() {
        send("s1", article("s1", null, "Kazakhstan remembered: a body long enough for its shingles to be indexed as a near-duplicate candidate."));
        for (String store : List.of(EnrichTopology.CONTENT_STORE, EnrichTopology.VERSION_STORE, EnrichTopology.SIGNATURE_STORE,
                EnrichTopology.BAND_STORE)) {
            assertNotNull(driver.getWindowStore(store), store + " is a window store");
            assertTrue(driver.producedTopicNames().contains("enrich-test-" + store + "-changelog"), store);
        }
        try (var it = driver.<String, Object>getWindowStore(EnrichTopology.VERSION_STORE).fetch("s1", 0, Long.MAX_VALUE)) {
            assertTrue(it.hasNext());
        }
    }

    @Test
    void shouldNotRememberAnArticleThatFailedSoThatItsReplayIsEnriched() {
        RawArticle failing = article("f1", null, "BOOM in Kazakhstan.");
        send("f1", failing);
        assertEquals("processing", header(dlq.readRecord(), DeadLetterHeaders.REASON));
        tagger.fail = false;
        send("f1", failing);

        assertEquals(List.of("f1"), keys(enriched));
    }

    @Test
    void shouldDeadLetterAProcessingFailureWithTheOriginalKeyAndValueBytes() {
        byte[] value = ("{ \"id\" : \"https://example.com/p?q=1&r=%20\", \"title\":\"t\",  \"body\": \"BOOM here\" }")
                .getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("the-original-key".getBytes(StandardCharsets.UTF_8), value);

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertEquals("processing", header(dead, DeadLetterHeaders.REASON));
        assertEquals("the-original-key", new String(dead.key(), StandardCharsets.UTF_8));
        assertArrayEquals(value, dead.value());
    }

    @Test
    void shouldNotFailOnAnAbsurdPublicationDateAndNormalizeTheOthers() {
        RawArticle absurd = new RawArticle("z1", null, "t", "T", "Tomorrow in Kazakhstan.", "en", "+999999999-12-31T23:59:59-18:00", null);
        RawArticle bare = new RawArticle("z2", null, "t", "T", "Today in Kazakhstan.", "en", "2022-01-10", null);
        RawArticle offset = new RawArticle("z3", null, "t", "T", "Later in Kazakhstan.", "en", "2022-01-10T10:00:00+06:00", null);
        send("z1", absurd);
        send("z2", bare);
        send("z3", offset);

        List<EnrichedArticle> out = articles(enriched);
        assertEquals(List.of("z1", "z2", "z3"), out.stream().map(EnrichedArticle::id).toList());
        assertNull(out.get(0).publishedAtUtc());
        assertEquals("+999999999-12-31T23:59:59-18:00", out.get(0).publishedAt(), "kept as given");
        assertEquals("2022-01-10T00:00:00Z", out.get(1).publishedAtUtc());
        assertEquals("2022-01-10T04:00:00Z", out.get(2).publishedAtUtc());
        assertTrue(dlq.isEmpty());
    }

    @Test
    void shouldSendAnEnrichedRecordOverTheRecordLimitToTheDlqAndGoOn() {
        restart(EnrichTopology.Config.defaults().withMaxRecordBytes(2_000));
        RawArticle dense = article("dense", null, "Kazakhstan. ".repeat(100));
        send("dense", dense);
        send("next", article("next", null, "A normal article about Kazakhstan."));

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertEquals("too-large", header(dead, DeadLetterHeaders.REASON));
        assertEquals("max-record-bytes", header(dead, DeadLetterHeaders.ERROR_CLASS));
        assertEquals("dense", new String(dead.key(), StandardCharsets.UTF_8));
        assertEquals(List.of("next"), keys(enriched));
        send("dense", dense);
        assertEquals("too-large", header(dlq.readRecord(), DeadLetterHeaders.REASON), "not remembered: tried again");
    }

    @Test
    void shouldEnrichEveryRecordAndRememberNothingWithDedupeOff() {
        restart(EnrichTopology.Config.defaults().withDedupe(false));
        send("n1", article("n1", null, "Kazakhstan twice."));
        send("n1", article("n1", null, "Kazakhstan twice."));
        send("n2", article("n2", null, "Kazakhstan twice."));

        List<EnrichedArticle> out = articles(enriched);
        assertEquals(List.of("n1", "n1", "n2"), out.stream().map(EnrichedArticle::id).toList());
        assertTrue(out.stream().allMatch(a -> a.version() == 1 && a.duplicateOf() == null));
        assertEquals(3, observer.nerRuns);
        assertTrue(driver.producedTopicNames().stream().noneMatch(t -> t.contains("changelog") || t.contains("repartition")),
                driver.producedTopicNames().toString());
    }

    @Test
    void shouldSendAnArticleOverTheSizeLimitToTheDlqAsTooLarge() {
        send("big", article("big", null, "x".repeat(1024 * 1024 + 1)));

        assertEquals("too-large", header(dlq.readRecord(), DeadLetterHeaders.REASON));
        assertTrue(enriched.isEmpty());
    }

    @Test
    void shouldEnrichAnArticleWithoutAKeyAfterRepartitioningItById() {
        send(null, article("nk", null, "No key, but Kazakhstan."));

        TestRecord<String, String> out = enriched.readRecord();
        assertEquals("nk", out.key());
        assertTrue(dlq.isEmpty());
    }

    static List<BadInput> badInputs() {
        return BadInput.catalogue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void shouldRouteEachBadInputToTheDlqWithItsReasonOrEnrichItCorrectly(BadInput input) {
        send("before", article("before", null, "Good news before " + input.name()));
        raw.pipeInput(input.key(), input.value());
        send("after", article("after", null, "Good news after " + input.name()));

        List<TestRecord<String, String>> out = enriched.readRecordsToList();
        List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        if (input.reason() != null) {
            assertEquals(1, dead.size(), "one dead letter");
            assertEquals(input.reason(), header(dead.get(0), DeadLetterHeaders.REASON));
            assertOriginalBytesKept(input, dead.get(0));
            assertEquals(List.of("before", "after"), out.stream().map(TestRecord::key).toList());
        } else {
            assertTrue(dead.isEmpty(), () -> "unexpected dead letter: " + header(dead.get(0), DeadLetterHeaders.ERROR_MESSAGE));
            assertEquals(List.of("before", input.outputId(), "after"), out.stream().map(TestRecord::key).toList());
            EnrichedArticle a = Serdes.ENRICHED.fromBytes(out.get(1).value().getBytes(StandardCharsets.UTF_8));
            assertEquals(input.outputId(), a.id());
            for (var e : a.entities()) {
                for (Mention m : e.mentions()) {
                    String field = m.field().equals(Mention.TITLE) ? a.title() : a.body();
                    assertEquals(m.text(), field.substring(m.start(), m.end()));
                }
            }
        }
    }

    /** The DLQ keeps the original value, or for one over the record limit no value and its size. */
    static void assertOriginalBytesKept(BadInput input, TestRecord<byte[], byte[]> dead) {
        byte[] expected = input.value();
        if (expected != null && expected.length > EnrichTopology.Config.DEFAULT_MAX_RECORD_BYTES) {
            assertEquals(Integer.toString(expected.length), header(dead, DeadLetterHeaders.VALUE_OMITTED));
            expected = null;
        }
        assertEquals(expected == null ? null : new String(expected, StandardCharsets.ISO_8859_1),
                dead.value() == null ? null : new String(dead.value(), StandardCharsets.ISO_8859_1), "the original value bytes are kept");
    }

    @Test
    void shouldNameEveryBadInputCaseDistinctly() {
        List<BadInput> all = BadInput.catalogue();
        assertTrue(all.size() >= 20);
        assertEquals(all.size(), all.stream().map(BadInput::name).distinct().count());
        assertNull(all.stream().filter(c -> c.reason() == null && c.outputId() == null).findAny().orElse(null));
    }

    static List<String> keys(TestOutputTopic<String, String> topic) {
        return topic.readRecordsToList().stream().map(TestRecord::key).toList();
    }

    static String header(TestRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

}
