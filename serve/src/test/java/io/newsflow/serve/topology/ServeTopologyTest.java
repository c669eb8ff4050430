package io.newsflow.serve.topology;

import static io.newsflow.serve.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.EntityType;
import io.newsflow.serve.query.ArticleSummary;
import io.newsflow.serve.query.LocalQueries;
import io.newsflow.serve.query.StoreSource;
import io.newsflow.serve.query.TallyRow;
import io.newsflow.serve.query.TimelinePoint;
import io.newsflow.serve.query.TrendingEntity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeTopologyTest {

    private static final String INPUT = "news.enriched";
    private static final Instant INGESTED = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path state;

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> input;
    private TestInputTopic<String, byte[]> rawInput;
    private LocalQueries queries;

    @BeforeEach
    void start() {
        Properties props = ServeTopology.streamsConfig("unused:9092", "serve-test", "localhost:1", state.toString(), 0, new Properties());
        driver = new TopologyTestDriver(ServeTopology.build(new StreamsBuilder(), new ServeTopology.Config(INPUT)), props);
        input = driver.createInputTopic(INPUT, new StringSerializer(), Serdes.ENRICHED.serializer());
        rawInput = driver.createInputTopic(INPUT, new StringSerializer(), new ByteArraySerializer());
        queries = new LocalQueries(new StoreSource() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
                return driver.getKeyValueStore(name);
            }
        });
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(EnrichedArticle a) {
        input.pipeInput(a.id(), a, INGESTED);
    }

    @Test
    void shouldKeepTheLatestVersionOfAnArticleAndNeverGoBackToAnOlderOne() {
        send(article("a").title("first").version(1).build());
        send(article("a").title("second").version(2).build());
        send(article("a").title("late copy of the first").version(1).build());

        assertEquals("second", queries.article("a").title());
        assertEquals(2, queries.article("a").version());
    }

    @Test
    void shouldKeepWhatAListShowsOfTheLatestVersion() {
        send(article("a").title("first").published("2022-01-08").version(1).entity(EntityType.PERSON, "Tokayev", 1).build());
        send(article("a").title("second").published("2022-01-09").version(2).entity(EntityType.PERSON, "Tokayev", 1).build());

        List<ArticleSummary> summaries = queries.summaries(List.of("a", "unknown"));
        assertEquals(List.of("second"), summaries.stream().map(ArticleSummary::title).toList());
        assertEquals("2022-01-09T00:00:00Z", summaries.get(0).time());
        assertEquals(List.of("PERSON:Tokayev"), summaries.get(0).entities());
        assertEquals(summaries, queries.newest(null, null, 10));
    }

    @Test
    void shouldListAnEntitysArticlesNewestFirstWhateverTheCaseOfTheQuery() {
        send(article("old").published("2022-01-08").entity(EntityType.PERSON, "Kassym-Jomart Tokayev", 2).build());
        send(article("new").published("2022-01-10T09:00:00Z").entity(EntityType.PERSON, "Kassym-Jomart Tokayev", 1).build());
        send(article("other").published("2022-01-11").entity(EntityType.LOCATION, "Almaty", 1).build());

        Postings p = queries.postings(Keys.entity(EntityType.PERSON, "kassym-jomart TOKAYEV"), null, 20);
        assertEquals(List.of("new", "old"), p.articles().stream().map(Postings.Posting::id).toList());
        assertEquals("Kassym-Jomart Tokayev", p.text());
        assertNull(queries.postings(Keys.entity(EntityType.LOCATION, "Kassym-Jomart Tokayev"), null, 20), "the type is part of the key");
    }

    @Test
    void shouldAnswerAPageOfAnEntitysNewestArticlesAndCountThemAll() {
        for (int day = 1; day <= 5; day++) {
            send(article("d" + day).published("2022-01-0" + day).entity(EntityType.PERSON, "Tokayev", 1).build());
        }
        String key = Keys.entity(EntityType.PERSON, "Tokayev");

        Postings page = queries.postings(key, null, 2);
        assertEquals(List.of("d5", "d4"), page.articles().stream().map(Postings.Posting::id).toList());
        assertEquals(5, page.total());
        assertEquals(Instant.parse("2022-01-05T00:00:00Z").toEpochMilli(), page.articles().get(0).time());
        long since = Instant.parse("2022-01-03T00:00:00Z").toEpochMilli();
        assertEquals(List.of("d5", "d4", "d3"), queries.postings(key, since, 10).articles().stream().map(Postings.Posting::id).toList());
    }

    @Test
    void shouldCountAnArticleOnceWhenItWritesANameInTwoCasings() {
        send(article("a").published("2022-01-10").entity(EntityType.PERSON, "Putin", 2).entity(EntityType.PERSON, "PUTIN", 1).build());
        String key = Keys.entity(EntityType.PERSON, "Putin");
        assertEquals(1, queries.postings(key, null, 20).total());
        assertEquals(List.of("a"), queries.postings(key, null, 20).articles().stream().map(Postings.Posting::id).toList());

        send(article("a").published("2022-01-10").version(2).entity(EntityType.PERSON, "Tokayev", 1).build());
        assertNull(queries.postings(key, null, 20), "taken back once, and gone");
    }

    @Test
    void shouldCorrectTheIndexAndTalliesWhenANewerVersionChangesAnArticle() {
        send(article("a").published("2022-01-10").entity(EntityType.PERSON, "Putin", 1)
                .figure("Almost 8,000 people", 8000, "ARREST", null).build());
        send(article("a").published("2022-01-10").version(2).entity(EntityType.PERSON, "Tokayev", 1)
                .figure("Almost 7,000 people", 7000, "ARREST", null).build());

        assertNull(queries.postings(Keys.entity(EntityType.PERSON, "Putin"), null, 20), "the entity the new version dropped");
        assertEquals(1, queries.postings(Keys.entity(EntityType.PERSON, "Tokayev"), null, 20).total());
        assertEquals(List.of(new TallyRow("ARREST", "2022-01-10", 7000)), queries.tallies("ARREST", null, false));
    }

    @Test
    void shouldNotCountTheSameVersionTwiceWhenItIsDeliveredAgain() {
        EnrichedArticle a = article("a").published("2022-01-10").entity(EntityType.PERSON, "Putin", 3)
                .figure("12 people", 12, "KILL", null).build();
        send(a);
        send(a);

        assertEquals(List.of(new TallyRow("KILL", "2022-01-10", 12)), queries.tallies("KILL", null, false));
        assertEquals(List.of(new TimelinePoint("2022-01-10", 3)), queries.timeline(Keys.entity(EntityType.PERSON, "Putin")));
    }

    @Test
    void shouldTallyEventsByDayAndByTheCountryOfTheirGeocodedPlace() {
        send(article("a").published("2022-01-10").entity(EntityType.LOCATION, "Almaty", 1, "KZ")
                .figure("164 people", 164, "KILL", "Almaty").figure("8,000 people", 8000, "ARREST", "Almaty").build());
        send(article("b").published("2022-01-11").entity(EntityType.LOCATION, "Kyiv", 1, "UA")
                .figure("3 people", 3, "KILL", "Kyiv").figure("2 people", 2, "KILL", "nowhere known").build());

        assertEquals(List.of(new TallyRow("KILL", "KZ", 164), new TallyRow("KILL", "UA", 3)), queries.tallies("KILL", null, true));
        assertEquals(List.of(new TallyRow("KILL", "2022-01-11", 5)), queries.tallies("KILL", "2022-01-11", false));
        assertEquals(List.of(new TallyRow("ARREST", "2022-01-10", 8000), new TallyRow("KILL", "2022-01-10", 164),
                new TallyRow("KILL", "2022-01-11", 5)), queries.tallies(null, null, false), "every event when none is named");
    }

    @Test
    void shouldCountTheCountriesArticlesName() {
        send(article("a").published("2022-01-10").country("KZ", 5).country("RU", 2).build());
        send(article("b").published("2022-01-10").country("KZ", 1).build());

        assertEquals(List.of(new TallyRow(TallyDelta.COUNTRIES, "KZ", 6), new TallyRow(TallyDelta.COUNTRIES, "RU", 2)),
                queries.tallies(TallyDelta.COUNTRIES, null, true));
    }

    @Test
    void shouldRankANameThatSuddenlyAppearsAboveOneThatIsAlwaysThere() {
        // "Always" is mentioned 4 times in each of the 24 hours before the last one, and 4 times in it; "Sudden" only
        // in the last hour, 3 times.
        for (int h = 0; h < 25; h++) {
            send(article("always-" + h).published(Instant.parse("2022-01-09T00:30:00Z").plusSeconds(3600L * h).toString())
                    .entity(EntityType.PERSON, "Always", 4).build());
        }
        send(article("sudden").published("2022-01-10T00:45:00Z").entity(EntityType.PERSON, "Sudden", 3).build());

        long end = queries.latestHour() + 1;
        assertEquals(Keys.epochHour(Instant.parse("2022-01-10T00:00:00Z").toEpochMilli()) + 1, end);
        List<TrendingEntity> trending = queries.trending(1, 24, end, null, 10);

        assertEquals(List.of("Sudden", "Always"), trending.stream().map(TrendingEntity::text).toList());
        assertEquals(3.0, trending.get(0).score(), 1e-9);
        assertEquals(4 / 5.0, trending.get(1).score(), 1e-9);
        assertEquals(2, queries.trending(1, 24, end, "PERSON", 10).size());
        assertEquals(List.of(), queries.trending(1, 24, end, "LOCATION", 10), "only names of the type asked for");
    }

    @Test
    void shouldTimeAnArticleByItsPublicationAndElseByItsRecord() {
        send(article("dated").published("2019-05-01").build());
        send(article("undated").build());

        List<ArticleSummary> newest = queries.newest(null, null, 10);
        assertEquals(List.of("undated", "dated"), newest.stream().map(ArticleSummary::id).toList());
        assertEquals(INGESTED.toString(), newest.get(0).time());
        assertEquals("2019-05-01T00:00:00Z", newest.get(1).time());
        assertEquals(List.of("undated"), queries.newest(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli(), null, 10)
                .stream().map(ArticleSummary::id).toList());
    }

    @Test
    void shouldFindArticlesByWordsOfTheirTitleOrBody() {
        send(article("a").title("Unrest in Kazakhstan").build());
        send(article("b").title("Elsewhere").body("Quiet day in kazakhstan.").build());
        send(article("c").title("Nothing").build());

        assertEquals(List.of("a", "b"), queries.newest(null, "KAZAKHSTAN", 10).stream().map(ArticleSummary::id).sorted().toList());
    }

    @Test
    void shouldSkipARecordThatIsNotAnArticleAndGoOn() {
        rawInput.pipeInput("broken", "{not json".getBytes(StandardCharsets.UTF_8), INGESTED);
        send(article("after").build());

        assertNull(queries.article("broken"));
        assertEquals("after", queries.article("after").id());
    }
}
