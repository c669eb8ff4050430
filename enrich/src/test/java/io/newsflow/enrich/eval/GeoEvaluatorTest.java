package io.newsflow.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Geo;
import io.newsflow.core.schema.Mention;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.entities.EntityExtractor;
import io.newsflow.enrich.figures.FigureExtractor;
import io.newsflow.enrich.geo.Geocoder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoEvaluatorTest {

    @TempDir
    Path dir;

    private static final String GOLD = """
            {"id":"a","split":"dev","source":"test","url":null,"title":"","body":"Shots in Paris, Texas and in Florida.","publishedAt":null,"mentions":[\
            {"field":"body","start":9,"end":14,"text":"Paris","kind":"place","country":"US","name":"Paris","geonameId":4717560,"admin1":"TX","lat":33.66094,"lon":-95.55551},\
            {"field":"body","start":16,"end":21,"text":"Texas","kind":"region","country":"US","name":"Texas","admin1":"TX","lat":31.0,"lon":-100.0},\
            {"field":"body","start":29,"end":36,"text":"Florida","kind":"region","country":"US","name":"Florida","admin1":"FL","lat":27.6,"lon":-81.5}]}
            {"id":"b","split":"heldout","source":"test","url":null,"title":"","body":"Rain in Kazakhstan.","publishedAt":null,"mentions":[\
            {"field":"body","start":8,"end":18,"text":"Kazakhstan","kind":"country","country":"KZ","name":"Kazakhstan"}]}
            """;

    /** Tags every gold span but "Florida" as a location, so one mention is missed. */
    private static final EntityExtractor TAGGER = (title, body) -> {
        List<Entity> found = new java.util.ArrayList<>();
        for (String name : List.of("Paris", "Texas", "Kazakhstan")) {
            int at = body.indexOf(name);
            if (at >= 0) {
                found.add(new Entity(name, EntityType.LOCATION, 1,
                        List.of(new io.newsflow.core.schema.Mention("body", at, at + name.length(), name))));
            }
        }
        return found;
    };

    @Test
    void shouldScoreNewsflowOnGoldSpansAndTheBaselineSideBySide() throws Exception {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, GOLD);
        Geocoder geocoder = Geocoder.standard();
        Enricher enricher = new Enricher(TAGGER, new FigureExtractor(), geocoder, Clock.systemUTC());
        Map<String, GeoEvaluator.Score> scores = GeoEvaluator.evaluate(GeoGold.read(file), enricher, geocoder, null);
        GeoEvaluator.Score dev = scores.get(GeoGold.DEV);
        assertEquals(3, dev.mentions);
        assertEquals(3, dev.places);
        assertEquals(2, dev.tagged);
        assertEquals(2, dev.country, "Florida was not tagged");
        assertEquals(2, dev.place);
        assertEquals(3, dev.spansCountry);
        assertEquals(3, dev.spansPlace);
        assertEquals(1, dev.baselineCountry, "the most populous Paris is French, the most populous Florida Cuban");
        assertEquals(1, dev.baselinePlace, "only Texas, which no city is named");
        assertEquals(1, dev.taggedBaselineCountry, "end to end, the baseline also misses the untagged Florida");
        assertEquals(1, dev.taggedBaselinePlace);
        assertEquals(Map.of("not tagged", 1), dev.misses);
        assertEquals(1, scores.get(GeoGold.HELD_OUT).country);
    }

    @Test
    void shouldSayWhyAMentionWentWrong() {
        GeoGold.Place paris = new GeoGold.Place("body", 9, 14, "Paris", "place", "US", "Paris", 4717560L, "TX", 33.66, -95.56);
        Mention at = new Mention("body", 9, 14, "Paris");
        Mention longer = new Mention("body", 9, 21, "Paris Hilton");
        Geo france = new Geo("Paris", "FR", "11", 48.85, 2.35, 2988507L, "PPLC", 0.9, "capital");
        Geo lamar = new Geo("Paris", "US", "TN", 36.3, -88.3, 4653031L, "PPL", 0.9, "population");
        assertEquals("not tagged", GeoEvaluator.missClass(paris, null, null, false));
        assertEquals("in a longer name, not placed", GeoEvaluator.missClass(paris,
                new Entity("Paris Hilton", EntityType.PERSON, 1, List.of(longer)), null, false));
        assertEquals("same span tagged PERSON", GeoEvaluator.missClass(paris,
                new Entity("Paris", EntityType.PERSON, 1, List.of(at)), null, false));
        assertEquals("same span tagged ORGANIZATION or MISC, not placed", GeoEvaluator.missClass(paris,
                new Entity("Paris", EntityType.MISC, 1, List.of(at)), null, false));
        assertEquals("LOCATION not placed", GeoEvaluator.missClass(paris,
                new Entity("Paris", EntityType.LOCATION, 1, List.of(at)), null, false));
        Entity placed = new Entity("Paris", EntityType.LOCATION, 1, List.of(at));
        assertEquals("wrong country", GeoEvaluator.missClass(paris, placed, france, false));
        assertEquals("right country, wrong place", GeoEvaluator.missClass(paris, placed, lamar, true));
    }

    @Test
    void shouldRefuseBadUsageAndAMissingOrBrokenFile() throws Exception {
        assertEquals(2, run().code);
        assertEquals(2, run("a.jsonl", "b.jsonl").code);
        assertEquals(2, run("--bogus", "a.jsonl").code);
        assertEquals(1, run(dir.resolve("absent.jsonl").toString()).code);
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{not json\n");
        Run r = run(broken.toString());
        assertEquals(1, r.code);
        assertTrue(r.output.contains("broken.jsonl:1"), r.output);
    }

    @Test
    void shouldMeasureDistanceOnTheSphere() {
        assertEquals(0, GeoEvaluator.km(43.25, 76.93, 43.25, 76.93), 1e-9);
        assertEquals(111.2, GeoEvaluator.km(0, 0, 1, 0), 0.1);
    }

    private record Run(int code, String output) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = GeoEvaluator.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
