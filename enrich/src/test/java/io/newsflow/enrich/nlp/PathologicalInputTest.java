package io.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.Entity;
import io.newsflow.enrich.entities.EntityExtractors;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs that once exhausted the CRF: they must be tagged in bounded memory, with exact offsets. */
class PathologicalInputTest {

    @Test
    void shouldTagA200000CharacterWordWithoutExhaustingTheHeap() {
        String body = "Officials in Berlin said " + "x".repeat(200_000) + " and Angela Merkel agreed.";
        List<Entity> entities = EntityExtractors.coreNlp().extract("Long word", body);
        assertTrue(entities.stream().anyMatch(e -> e.text().equals("Angela Merkel")), entities::toString);
        entities.forEach(e -> e.mentions().forEach(m -> assertEquals(m.text(), body.substring(m.start(), m.end()))));
    }

    @Test
    void shouldKeepTheFullTextOfALongTokenInItsOffsets() {
        String blob = "A".repeat(500);
        List<TaggedSentence> sentences = CoreNlpTagger.shared().tag("Data " + blob + " ends.");
        TaggedToken token = sentences.get(0).tokens().get(1);
        assertEquals(blob, token.text());
        assertEquals(5, token.start());
        assertEquals(505, token.end());
    }
}
