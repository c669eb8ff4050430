package io.newsflow.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.Topics;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.figures.FigureExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Near-copies under another id arrive marked {@code nearDuplicateOf} the first; another report of the same event does not. */
class NearDuplicateTopologyTest {

    /** A wire story as an agency sends it. */
    static final String STORY = """
            Rescue teams in Kazakhstan searched through the night for survivors after a five-storey apartment building \
            collapsed in the city of Karaganda early on Tuesday, officials said.

            The emergencies ministry said at least 14 people had been pulled alive from the rubble and taken to \
            hospital, four of them in a serious condition. Eleven bodies had been recovered by the afternoon, and the \
            regional governor said about twenty residents were still unaccounted for.

            Investigators believe a gas leak in the basement caused an explosion shortly before six in the morning, \
            when most residents were asleep. Neighbours told local television they had complained about the smell of \
            gas for several weeks, but the management company had not sent anyone to check the pipes.

            President Kassym-Jomart Tokayev ordered a full inquiry and declared Wednesday a day of mourning. The \
            government promised new flats to every family left homeless and said it would inspect all buildings of the \
            same series across the region before the winter.

            The building, put up in 1968, was one of hundreds of prefabricated blocks in Karaganda, a coal-mining city \
            of about half a million people. Engineers have warned for years that many of them are past their intended \
            lifetime and that their gas pipes have not been replaced since they were built.""";

    /** Another outlet's own report of the same collapse: the same topic and facts, in its own words. */
    static final String SAME_EVENT = """
            A residential block in Karaganda partly caved in on Tuesday morning after what the authorities described \
            as a suspected gas blast, killing at least eleven people in Kazakhstan's fourth largest city.

            Rescuers freed 14 residents from the debris, according to the emergencies ministry, while around twenty \
            people remained missing late in the day. Tokayev called for an investigation and announced national \
            mourning on Wednesday.

            People living in the block had reported a smell of gas to the firm that manages it, local media reported. \
            The government said families who lost their homes would be given new apartments and that blocks of the \
            same design would be checked across the region before the cold sets in. The Soviet-era building dates \
            from the late 1960s, like many in the mining city, where experts have long called for the old gas pipes \
            to be replaced.""";

    static final String REWRITTEN_SENTENCE = STORY.replace("Neighbours told local television they had complained about "
            + "the smell of gas for several weeks, but the management company had not sent anyone to check the pipes.",
            "For weeks, residents told a local TV channel, they had reported a smell of gas, yet nobody from the "
                    + "managers ever came round to inspect the pipes.");

    static final String UPDATE = "\n\nThe death toll rose to 16 on Wednesday evening, the ministry said, after rescuers "
            + "found five more bodies under the collapsed stairwell.";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, String> enriched;
    private EnrichTopologyTest.Counting observer;

    @BeforeEach
    void start() {
        observer = new EnrichTopologyTest.Counting();
        Clock clock = Clock.fixed(Instant.parse("2022-01-10T12:00:00Z"), ZoneOffset.UTC);
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, EnrichTopology.Config.defaults(),
                new Enricher(EnrichTopologyTest.KAZAKHSTAN_TAGGER, new FigureExtractor(), clock), observer, clock);
        Properties props = EnrichTopology.streamsConfig("unused:9092", "near-test", 1, stateDir.toString(), new Properties());
        driver = new TopologyTestDriver(builder.build(), props);
        raw = driver.createInputTopic(Topics.RAW, new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String id, String title, String body) {
        RawArticle a = new RawArticle(id, "https://example.com/" + id, "test", title, body, "en", "2022-01-10", null);
        raw.pipeInput(id.getBytes(StandardCharsets.UTF_8), Serdes.RAW.toBytes(a));
    }

    private List<EnrichedArticle> published() {
        return EnrichTopologyTest.articles(enriched);
    }

    static Stream<Arguments> lightEdits() {
        return Stream.of(
                Arguments.of("a rewritten sentence", "Apartment block collapses in Karaganda", REWRITTEN_SENTENCE),
                Arguments.of("a changed headline", "Gas blast brings down Kazakh apartment block", STORY),
                Arguments.of("the wire story re-sent with an appended paragraph", "Apartment block collapses in Karaganda",
                        STORY + UPDATE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lightEdits")
    void shouldMarkALightlyEditedCopyUnderAnotherIdNearDuplicateOfTheFirstId(String edit, String title, String body) {
        send("https://wire.example.com/karaganda", "Apartment block collapses in Karaganda", STORY);
        send("https://paper.example.org/news/1", title, body);

        List<EnrichedArticle> out = published();
        assertEquals(List.of("https://wire.example.com/karaganda", "https://paper.example.org/news/1"),
                out.stream().map(EnrichedArticle::id).toList());
        assertNull(out.get(0).nearDuplicateOf());
        EnrichedArticle copy = out.get(1);
        assertEquals("https://wire.example.com/karaganda", copy.nearDuplicateOf(), edit);
        assertNull(copy.duplicateOf(), "not an exact copy");
        assertTrue(copy.similarity() >= EnrichTopology.Config.DEFAULT_NEAR_DUPLICATE_THRESHOLD && copy.similarity() <= 1,
                edit + ": " + copy.similarity());
        assertEquals(1, observer.nearDuplicates);
        assertEquals(2, observer.nerRuns, "a near-copy is enriched on its own");
    }

    @Test
    void shouldNotMarkADifferentArticleOnTheSameTopic() {
        send("https://wire.example.com/karaganda", "Apartment block collapses in Karaganda", STORY);
        send("https://other.example.net/karaganda-blast", "Gas blast in Karaganda kills eleven", SAME_EVENT);

        List<EnrichedArticle> out = published();
        assertEquals(2, out.size());
        assertNull(out.get(1).nearDuplicateOf());
        assertNull(out.get(1).similarity());
        assertEquals(0, observer.nearDuplicates);
    }

    @Test
    void shouldMarkEachCopyOfTheFirstWhileTheOtherReportStaysUnmarked() {
        send("wire", "Apartment block collapses in Karaganda", STORY);
        send("other-report", "Gas blast in Karaganda kills eleven", SAME_EVENT);
        send("rewritten", "Apartment block collapses in Karaganda", REWRITTEN_SENTENCE);
        send("updated", "Apartment block collapses in Karaganda", STORY + UPDATE);

        List<EnrichedArticle> out = published();
        assertEquals(List.of("wire", "other-report", "rewritten", "updated"), out.stream().map(EnrichedArticle::id).toList());
        assertNull(out.get(0).nearDuplicateOf());
        assertNull(out.get(1).nearDuplicateOf());
        assertEquals("wire", out.get(2).nearDuplicateOf());
        assertEquals("wire", out.get(3).nearDuplicateOf(), "the update is closer to the original than to the rewritten copy");
    }

    @Test
    void shouldFindNoNearDuplicatesWhenTheThresholdIsZero() {
        driver.close();
        StreamsBuilder builder = new StreamsBuilder();
        Clock clock = Clock.systemUTC();
        EnrichTopology.build(builder, EnrichTopology.Config.defaults().withNearDuplicateThreshold(0),
                new Enricher(EnrichTopologyTest.KAZAKHSTAN_TAGGER, new FigureExtractor(), clock), observer, clock);
        driver = new TopologyTestDriver(builder.build(), EnrichTopology.streamsConfig("unused:9092", "near-off", 1,
                stateDir.resolve("off").toString(), new Properties()));
        raw = driver.createInputTopic(Topics.RAW, new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, new StringDeserializer(), new StringDeserializer());

        send("wire", "Apartment block collapses in Karaganda", STORY);
        send("updated", "Apartment block collapses in Karaganda", STORY + UPDATE);

        assertTrue(published().stream().allMatch(a -> a.nearDuplicateOf() == null));
        assertTrue(driver.producedTopicNames().stream().noneMatch(t -> t.contains(EnrichTopology.SIGNATURE_STORE)));
    }
}
