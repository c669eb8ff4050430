package io.newsflow.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A gold file of JSON Lines, one article a line; blank lines are skipped, a bad line fails with its number. */
final class GoldLines {

    /** Turns one line's JSON into a gold article; any exception means the line is not one. */
    interface Reader<T> {
        T read(JsonNode line) throws IOException;
    }

    private GoldLines() {
    }

    static <T> List<T> read(Path file, Reader<T> reader) throws IOException {
        List<T> articles = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                articles.add(reader.read(Json.MAPPER.readTree(line)));
            } catch (IOException | RuntimeException e) {
                throw new IOException(file + ":" + n + ": not a gold article: " + e.getMessage(), e);
            }
        }
        return articles;
    }
}
