package io.newsflow.enrich.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.newsflow.core.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The geocoding gold set ({@code eval/geo/gold.jsonl}, format in {@code eval/geo/README.md}): one article per line. */
public final class GeoGold {

    public static final String DEV = "dev";
    public static final String HELD_OUT = "heldout";

    /** One article with every location mention a person resolved in it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String id, String split, String source, String url, String title, String body,
                          String publishedAt, List<Place> mentions) {
        public String field(String name) {
            return "title".equals(name) ? title : body;
        }
    }

    /**
     * A location mention and what it names.
     *
     * @param kind      country, region (first-order division) or place (a GeoNames populated place)
     * @param country   ISO 3166-1 alpha-2
     * @param geonameId for a place
     * @param admin1    for a region, its subdivision code (the {@code code} column of the regions table); for a place, GeoNames' admin1
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(String field, int start, int end, String text, String kind, String country, String name,
                        Long geonameId, String admin1, Double lat, Double lon) {
    }

    private GeoGold() {
    }

    /** Reads a gold file; an unreadable file or a line that is not a gold article fails with its line number. */
    public static List<Article> read(Path file) {
        try {
            return GoldLines.read(file, line -> Json.MAPPER.treeToValue(line, Article.class));
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
