package io.newsflow.enrich.entities;

import static io.newsflow.core.schema.EntityType.LOCATION;
import static io.newsflow.core.schema.EntityType.ORGANIZATION;
import static io.newsflow.core.schema.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Mention;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The extractor's cleanup and grouping, with a dictionary standing in for the CRF. */
class ResolvingEntityExtractorTest {

    private static List<Entity> extract(Map<String, EntityType> model, String title, String body) {
        return new ResolvingEntityExtractor(new DictionaryTagger(model), TagRefiner.standard()).extract(title, body);
    }

    private static List<String> mentionTexts(Entity entity) {
        return entity.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void shouldGroupMrTokayevIntoTheFullName() {
        List<Entity> entities = extract(Map.of("Tokayev", PERSON, "Kassym-Jomart", PERSON, "Mr", PERSON),
                "Tokayev speaks",
                "President Kassym-Jomart Tokayev spoke on Monday.\n\n\"It was a coup,\" Mr Tokayev said.");
        assertEquals(1, entities.size());
        Entity tokayev = entities.get(0);
        assertEquals("Kassym-Jomart Tokayev", tokayev.text());
        assertEquals(PERSON, tokayev.type());
        assertEquals(3, tokayev.count());
        assertEquals(List.of("Tokayev", "Kassym-Jomart Tokayev", "Tokayev"), mentionTexts(tokayev));
        assertEquals(List.of(Mention.TITLE, Mention.BODY, Mention.BODY),
                tokayev.mentions().stream().map(Mention::field).toList());
    }

    @Test
    void shouldKeepHyphenatedNamesWholeAndOffsetsExact() {
        String body = "Troops reached Nur-Sultan, the capital of Kazakhstan’s government.";
        List<Entity> entities = extract(Map.of("Kazakhstan", LOCATION), "", body);
        assertEquals(List.of("Nur-Sultan", "Kazakhstan"), entities.stream().map(Entity::text).toList());
        for (Entity entity : entities) {
            for (Mention m : entity.mentions()) {
                assertEquals(m.text(), body.substring(m.start(), m.end()));
            }
        }
    }

    @Test
    void shouldOrderBySalienceTitleFirstThenPositionThenCount() {
        List<Entity> entities = extract(Map.of("Russia", LOCATION, "Almaty", LOCATION, "Putin", PERSON),
                "Russia sends troops",
                "Putin said troops flew to Almaty. Putin added that Almaty was calm. Putin left.");
        assertEquals(List.of("Russia", "Putin", "Almaty"), entities.stream().map(Entity::text).toList());
        assertEquals(List.of(1, 3, 2), entities.stream().map(Entity::count).toList());
    }

    @Test
    void shouldGiveEachMentionOfASharedSurnameToTheNearestFullName() {
        List<Entity> entities = extract(Map.of("Tony", PERSON, "Jonna", PERSON, "Mendez", PERSON), "",
                "Tony Mendez led the rescue. Mendez was praised. Jonna Mendez wrote a book. Mendez said so.");
        assertEquals(2, entities.size());
        assertEquals("Tony Mendez", entities.get(0).text());
        assertEquals(List.of("Tony Mendez", "Mendez"), mentionTexts(entities.get(0)));
        assertEquals("Jonna Mendez", entities.get(1).text());
        assertEquals(List.of("Jonna Mendez", "Mendez"), mentionTexts(entities.get(1)));
    }

    @Test
    void shouldLinkAnAcronymToTheOrganizationItAbbreviates() {
        Map<String, EntityType> model = Map.of("Collective", ORGANIZATION, "Security", ORGANIZATION,
                "Treaty", ORGANIZATION, "Organization", ORGANIZATION);
        List<Entity> entities = extract(model, "",
                "The Collective Security Treaty Organization met. The CSTO sent troops.");
        assertEquals(1, entities.size());
        assertEquals("Collective Security Treaty Organization", entities.get(0).text());
        assertEquals(List.of("Collective Security Treaty Organization", "CSTO"), mentionTexts(entities.get(0)));
    }

    @Test
    void shouldTreatAccentVariantsAsOneName() {
        List<Entity> entities = extract(Map.of("Joachim", PERSON, "Brudziński", PERSON, "Brudzinski", PERSON), "",
                "Minister Joachim Brudziński spoke. Brudzinski left.");
        assertEquals(1, entities.size());
        assertEquals("Joachim Brudziński", entities.get(0).text());
        assertEquals(2, entities.get(0).count());
    }

    @Test
    void shouldDropPronounsAndTitlesFromMentions() {
        List<Entity> entities = extract(Map.of("He", PERSON, "President", PERSON, "Putin", PERSON), "",
                "President Putin said so. He left.");
        assertEquals(1, entities.size());
        assertEquals(List.of("Putin"), mentionTexts(entities.get(0)));
    }

    @Test
    void shouldFindNothingInEmptyOrMissingFields() {
        assertTrue(extract(Map.of(), "", "").isEmpty());
        assertTrue(extract(Map.of(), null, null).isEmpty());
    }
}
