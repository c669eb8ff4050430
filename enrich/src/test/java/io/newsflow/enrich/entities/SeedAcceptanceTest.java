package io.newsflow.enrich.entities;

import static io.newsflow.core.schema.EntityType.LOCATION;
import static io.newsflow.core.schema.EntityType.MISC;
import static io.newsflow.core.schema.EntityType.ORGANIZATION;
import static io.newsflow.core.schema.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance case: the seed article through the real CRF and the full cleanup. */
class SeedAcceptanceTest {

    static final Path SEED = Path.of("../samples/seed/000_7f08109064facaf3.txt");

    private static String title;
    private static String body;
    private static List<Entity> entities;

    @BeforeAll
    static void extract() throws IOException {
        String text = Files.readString(SEED);
        int blank = text.indexOf("\n\n");
        title = text.substring(0, blank).strip();
        body = text.substring(blank + 2);
        entities = EntityExtractors.coreNlp().extract(title, body);
    }

    @Test
    void shouldFindExactlyTheSeedsPeoplePlacesAndOrganizations() {
        Map<String, EntityType> expected = Map.of(
                "Kazakhstan", LOCATION,
                "Kassym-Jomart Tokayev", PERSON,
                "Putin", PERSON,
                "Russia", LOCATION,
                "CSTO", ORGANIZATION,
                "Almaty", LOCATION,
                "Nur-Sultan", LOCATION,
                "Nursultan Nazarbayev", PERSON,
                "Interior Ministry", ORGANIZATION);
        Map<String, EntityType> found = entities.stream().filter(e -> e.type() != MISC)
                .collect(Collectors.toMap(Entity::text, Entity::type));
        assertEquals(expected, found);
    }

    @Test
    void shouldTagOnlyNationalAdjectivesAsMisc() {
        Set<String> misc = entities.stream().filter(e -> e.type() == MISC).map(Entity::text).collect(Collectors.toSet());
        assertTrue(Set.of("ex-Soviet", "Russian-led").containsAll(misc), misc::toString);
    }

    @Test
    void shouldResolveMrTokayevToThePresident() {
        Entity tokayev = entity("Kassym-Jomart Tokayev");
        assertEquals(List.of("Kassym-Jomart Tokayev", "Tokayev"), tokayev.mentions().stream().map(Mention::text).toList());
        assertEquals(2, tokayev.count());
        assertEquals(List.of("Putin", "Putin"), entity("Putin").mentions().stream().map(Mention::text).toList());
    }

    @Test
    void shouldCountEveryMentionOfKazakhstanTitleFirst() {
        Entity kazakhstan = entity("Kazakhstan");
        assertEquals(9, kazakhstan.count());
        assertEquals(Mention.TITLE, kazakhstan.mentions().get(0).field());
        assertEquals(kazakhstan, entities.get(0), "the title's entity is the most salient");
    }

    @Test
    void shouldGiveExactOffsets() {
        for (Entity entity : entities) {
            for (Mention m : entity.mentions()) {
                String field = m.field().equals(Mention.TITLE) ? title : body;
                assertEquals(m.text(), field.substring(m.start(), m.end()));
            }
        }
    }

    @Test
    void shouldOrderEntitiesByFirstMention() {
        assertEquals(List.of("Kazakhstan", "Kassym-Jomart Tokayev", "Putin", "Russia", "Nursultan Nazarbayev",
                        "Interior Ministry", "CSTO", "Almaty", "Nur-Sultan"),
                entities.stream().filter(e -> e.type() != MISC).map(Entity::text).toList());
    }

    private static Entity entity(String text) {
        return entities.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
    }
}
