package io.newsflow.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.FigureKind;
import io.newsflow.core.schema.Mention;
import io.newsflow.core.schema.RawArticle;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    @Test
    void shouldRoundTripAnEnrichedArticleWithPlainNumbers() {
        RawArticle raw = new RawArticle("id1", null, "test", "T", "Almost 8,000 people", "en", "2022-01-10", "2022-01-10T12:00:00Z");
        EnrichedArticle a = EnrichedArticle.of(raw,
                List.of(new Entity("Kazakhstan", EntityType.LOCATION, 1, List.of(new Mention("body", 0, 10, "Kazakhstan")))),
                List.of(new Figure("Almost 8,000 people", new BigDecimal("8000"), "person", "people", "almost", FigureKind.COUNT,
                        null, "ARREST", "body", 0, 19)),
                "2022-01-10T12:00:01Z", "v");
        String json = Serdes.ENRICHED.toJson(a);
        assertTrue(json.contains("\"value\":8000"), json);
        assertEquals(a, Serdes.ENRICHED.fromBytes(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldIgnoreUnknownFieldsButRejectWrongTypes() {
        assertEquals("x", Serdes.RAW.fromBytes("{\"id\":\"x\",\"new\":1}".getBytes(StandardCharsets.UTF_8)).id());
        SerializationException e = assertThrows(SerializationException.class,
                () -> Serdes.RAW.fromBytes("{\"id\":{\"a\":1}}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("not a valid RawArticle JSON"), e.getMessage());
    }
}
