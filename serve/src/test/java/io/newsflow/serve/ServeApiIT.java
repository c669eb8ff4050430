package io.newsflow.serve;

import static io.newsflow.serve.ServeInstances.get;
import static io.newsflow.serve.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.json.Json;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.EntityType;
import io.newsflow.serve.topology.Keys;
import io.newsflow.serve.topology.ServeTopology;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The API of two serve instances of one application on a real broker: each owns part of the partitions and answers
 * for the whole data set, the same as the other, asking the other for the keys it does not own.
 */
class ServeApiIT {

    private static final String SEED_ID = "seed/1 with spaces, a comma & ü";
    private static final int ARTICLES = 12;

    private static Path work;
    private static LocalKafkaBroker broker;
    private static ServeService a;
    private static ServeService b;

    @BeforeAll
    static void start() throws Exception {
        work = Files.createTempDirectory("serve-api-it");
        broker = LocalKafkaBroker.start(work.resolve("broker"), 0);
        broker.createTopics(Map.of(Topics.ENRICHED, 4));
        a = ServeInstances.start(broker.bootstrapServers(), "serve-api-it", work.resolve("a"));
        b = ServeInstances.start(broker.bootstrapServers(), "serve-api-it", work.resolve("b"));
        ServeInstances.awaitAssigned(List.of(a, b));

        List<EnrichedArticle> articles = new ArrayList<>();
        articles.add(article(SEED_ID).title("Kazakhstan unrest was coup attempt, says president").published("2022-01-10")
                .body("Kazakhstan's President Kassym-Jomart Tokayev said. Almost 8,000 people were detained in Almaty.")
                .entity(EntityType.PERSON, "Kassym-Jomart Tokayev", 2).entity(EntityType.LOCATION, "Almaty", 1, "KZ")
                .entity(EntityType.LOCATION, "Kazakhstan", 3, "KZ").figure("Almost 8,000 people", 8000, "ARREST", "Almaty")
                .country("KZ", 4).build());
        for (int i = 1; i < ARTICLES; i++) {
            articles.add(article("wiki-" + i).title("Story " + i).published("2019-03-" + (10 + i) + "T08:00:00Z")
                    .entity(EntityType.PERSON, "Kassym-Jomart Tokayev", 1).entity(EntityType.ORGANIZATION, "Org " + (i % 3), 1)
                    .figure(i + " people", i, "KILL", null).build());
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            for (EnrichedArticle x : articles) {
                producer.send(new ProducerRecord<>(Topics.ENRICHED, x.id(), Serdes.ENRICHED.toBytes(x)));
            }
            producer.send(new ProducerRecord<>(Topics.ENRICHED, "garbage", "not an article".getBytes(StandardCharsets.UTF_8)));
        }
        ServeInstances.await(Duration.ofSeconds(60), () -> List.of(a, b).stream().allMatch(s -> {
            ServeInstances.Answer r = get(s, "/api/events?event=ARREST");
            ServeInstances.Answer e = get(s, "/api/entities/PERSON/Kassym-Jomart%20Tokayev");
            ServeInstances.Answer k = get(s, "/api/events?event=KILL");
            return r.status() == 200 && e.status() == 200 && k.status() == 200
                    && json(get(s, "/api/articles?limit=100").body()).get("count").asInt() == ARTICLES
                    && json(r.body()).get("total").asLong() == 8000
                    && json(k.body()).get("total").asLong() == (ARTICLES - 1) * ARTICLES / 2
                    && json(e.body()).get("articles").asInt() == ARTICLES;
        }), "both instances see every article, the entity index and the tallies");
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {a, b, broker}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private static JsonNode json(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HostInfo owner(String store, String key) {
        return a.streams().queryMetadataForKey(store, key, new StringSerializer()).activeHost();
    }

    @Test
    void shouldAnswerEveryArticleFromEitherInstanceIncludingThoseTheOtherOwns() {
        List<String> ids = new ArrayList<>(List.of(SEED_ID));
        for (int i = 1; i < ARTICLES; i++) {
            ids.add("wiki-" + i);
        }
        Map<Integer, List<String>> byOwner = ids.stream().collect(Collectors.groupingBy(id -> owner(ServeTopology.ARTICLES, id).port()));
        assertEquals(2, byOwner.size(), "both instances own some articles: " + byOwner);
        for (String id : ids) {
            ServeInstances.Answer fromA = get(a, "/api/articles/" + enc(id));
            ServeInstances.Answer fromB = get(b, "/api/articles/" + enc(id));
            assertEquals(200, fromA.status(), fromA.body());
            assertEquals(id, json(fromA.body()).get("id").asText());
            assertEquals(fromA.body(), fromB.body(), "the owner's answer, whichever instance is asked");
        }
    }

    @Test
    void shouldAnswerEveryQueryIdenticallyOnBothInstances() {
        for (String q : List.of("/api/articles", "/api/articles?entity=kassym-jomart%20tokayev&limit=5",
                "/api/entities/trending?window=24h", "/api/entities/trending?window=1h&type=ORGANIZATION",
                "/api/entities/PERSON/Kassym-Jomart%20Tokayev", "/api/events?by=day", "/api/events?event=KILL&by=day&since=2019-03-15",
                "/api/events?event=ARREST&by=country", "/api/countries")) {
            ServeInstances.Answer fromA = get(a, q);
            assertEquals(200, fromA.status(), q + ": " + fromA.body());
            assertEquals(fromA.body(), get(b, q).body(), q);
        }
    }

    @Test
    void shouldListTheArticlesOfAnEntityNewestFirst() {
        JsonNode r = json(get(b, "/api/articles?entity=" + enc("Kassym-Jomart Tokayev") + "&type=person&limit=3").body());
        assertEquals(3, r.get("count").asInt());
        assertEquals(SEED_ID, r.get("articles").get(0).get("id").asText());
        assertEquals("wiki-11", r.get("articles").get(1).get("id").asText());
        JsonNode since = json(get(a, "/api/articles?entity=" + enc("Kassym-Jomart Tokayev") + "&since=2022-01-01").body());
        assertEquals(1, since.get("count").asInt());
        JsonNode q = json(get(a, "/api/articles?entity=" + enc("Kassym-Jomart Tokayev") + "&q=coup").body());
        assertEquals(1, q.get("count").asInt());
    }

    @Test
    void shouldAskTheOwnerOfAnEntityAndOfAnEvent() {
        String entityKey = Keys.entity(EntityType.PERSON, "Kassym-Jomart Tokayev");
        ServeService notOwner = owner(ServeTopology.ENTITY_INDEX, entityKey).port() == a.port() ? b : a;
        JsonNode view = json(get(notOwner, "/api/entities/person/" + enc("kassym-jomart tokayev")).body());
        assertEquals("Kassym-Jomart Tokayev", view.get("text").asText());
        assertEquals(ARTICLES, view.get("articles").asInt());
        assertEquals("2022-01-10", view.get("mentionsByDay").get(view.get("mentionsByDay").size() - 1).get("day").asText());
        assertEquals("Kazakhstan", view.get("cooccurring").findValues("text").stream().map(JsonNode::asText)
                .filter("Kazakhstan"::equals).findFirst().orElse(null));

        ServeService notEventOwner = owner(ServeTopology.TALLIES, "ARREST").port() == a.port() ? b : a;
        JsonNode days = json(get(notEventOwner, "/api/events?event=arrest&by=day").body());
        assertEquals("2022-01-10", days.get("counts").get(0).get("key").asText());
        assertEquals(8000, days.get("counts").get(0).get("count").asLong());
        JsonNode countries = json(get(notEventOwner, "/api/events?event=ARREST&by=country").body());
        assertEquals("KZ", countries.get("counts").get(0).get("key").asText());
    }

    @Test
    void shouldRankTrendingEntitiesOfTheLatestWindow() {
        JsonNode day = json(get(a, "/api/entities/trending?window=24h").body());
        assertEquals("2022-01-10T01:00:00Z", day.get("to").asText(), "the window ends with the hour of the newest mention");
        assertEquals("2022-01-09T01:00:00Z", day.get("from").asText());
        List<String> texts = day.get("entities").findValues("text").stream().map(JsonNode::asText).toList();
        assertEquals(List.of("Kazakhstan", "Kassym-Jomart Tokayev", "Almaty"), texts, day.toString());
        assertTrue(day.get("entities").get(0).get("score").asDouble() > 0);
        JsonNode at = json(get(a, "/api/entities/trending?window=1h&at=2019-03-21T08:30:00Z").body());
        // Tokayev was also named 24 hours earlier (inside the baseline day), Org 2 was not: Org 2 ranks first.
        assertEquals(List.of("Org 2", "Kassym-Jomart Tokayev"), at.get("entities").findValues("text").stream().map(JsonNode::asText).toList());
    }

    @Test
    void shouldCountCountriesForTheMap() {
        JsonNode r = json(get(b, "/api/countries").body());
        assertEquals("KZ", r.get("counts").get(0).get("key").asText());
        assertEquals(4, r.get("counts").get(0).get("count").asLong());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/articles?limit=0|limit: expected a whole number from 1 to 200",
        "/api/articles?limit=lots|limit: expected a whole number",
        "/api/articles?since=yesterday|since: expected an ISO-8601 date",
        "/api/articles?type=PERSON|type: only with entity",
        "/api/articles?entity=x&type=ANIMAL|type: expected one of",
        "/api/articles?entitty=x|unknown parameter 'entitty'",
        "/api/entities/trending?window=2h|window: expected one of 1h, 24h",
        "/api/entities/trending?at=noon|at: expected an ISO-8601",
        "/api/entities/PLANET/Mars|type: expected one of",
        "/api/events?by=week|by: expected one of day, country",
        "/api/events?event=KILL!|event: expected an event name",
        "/api/events?since=last%20week|since: expected an ISO-8601"})
    void shouldRefuseABadParameterWithAClearMessage(String query, String message) {
        ServeInstances.Answer r = get(a, query);
        assertEquals(400, r.status(), r.body());
        assertTrue(json(r.body()).get("error").asText().startsWith(message), r.body());
    }

    @ParameterizedTest
    @CsvSource({"/api/articles/no-such-id", "/api/entities/PERSON/Nobody%20At%20All", "/api/nothing", "/internal/nothing"})
    void shouldAnswerNotFoundForWhatDoesNotExist(String query) {
        ServeInstances.Answer r = get(b, query);
        assertEquals(404, r.status(), r.body());
        assertNotEquals("", json(r.body()).get("error").asText());
    }

    @Test
    void shouldServeThePageAndNothingOutsideIt() {
        ServeInstances.Answer page = get(a, "/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<title>Newsflow</title>"), page.body());
        assertEquals(404, get(a, "/../pom.xml").status());
    }
}
