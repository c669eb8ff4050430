package io.newsflow.sink;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.json.Json;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.FigureKind;
import io.newsflow.core.schema.Mention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Enriched articles for the tests, and what the file store holds of them. */
final class Articles {

    private Articles() {
    }

    static EnrichedArticle article(String id) {
        String title = "Unrest in Almaty, article " + id;
        String body = "Almost 8,000 people have been detained, the Interior Ministry said.\n\nKazakhstan's president spoke.";
        Entity almaty = new Entity("Almaty", EntityType.LOCATION, 1, List.of(new Mention(Mention.TITLE, 10, 16, "Almaty")));
        Figure detained = new Figure("Almost 8,000 people", new BigDecimal("8000"), "person", "people", "almost",
                FigureKind.COUNT, null, "ARREST", Mention.BODY, 0, 19);
        return new EnrichedArticle(id, "https://example.org/" + id, "test", title, body, "en", "2022-01-10",
                "2022-01-10T10:00:00Z", List.of(almaty), List.of(detained), "2022-01-10T10:00:01Z", "test");
    }

    static byte[] json(EnrichedArticle article) {
        return Serdes.ENRICHED.toBytes(article);
    }

    static List<String> ids(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(prefix + "-" + i);
        }
        return ids;
    }

    /** The ids of every line of the committed files, in file order: each id once means exactly once. */
    static List<String> storedIds(Path out, String topic) {
        try (Stream<String> lines = FileStore.lines(out, topic)) {
            return lines.map(Articles::idOf).toList();
        }
    }

    static String idOf(String jsonLine) {
        try {
            JsonNode node = Json.MAPPER.readTree(jsonLine);
            return node.get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + jsonLine, e);
        }
    }

    static String titleOf(String jsonLine) {
        try {
            return Json.MAPPER.readTree(jsonLine).get("title").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + jsonLine, e);
        }
    }
}
