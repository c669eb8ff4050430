package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.json.Json;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldAnnotateArticlesWhoseIdsAreUrlsAndNonAsciiText() throws Exception {
        List<String> ids = List.of(
                "https://en.wikinews.org/wiki/Three_killed,_three_others_injured_in_stabbing_attack_in_Reading,_UK",
                "https://example.com/news?id=5&lang=en%20GB",
                "tag:example.com,2024:Bürgermeister/新闻");
        StringBuilder jsonl = new StringBuilder();
        for (String id : ids) {
            jsonl.append(Json.MAPPER.writeValueAsString(new RawArticle(id, null, "test", "Title " + id.length(),
                    "Police in Reading said three people were killed on Saturday.", "en", "2020-06-20", null))).append('\n');
        }
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, jsonl, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Newsflow.run(new String[] {"annotate", input.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(ids, lines.stream().map(l -> Serdes.ENRICHED.fromBytes(l.getBytes(StandardCharsets.UTF_8)).id()).toList());
        assertTrue(lines.get(0).contains("Reading"), lines.get(0));
    }
}
