package io.newsflow.enrich.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.CountryCount;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.Geo;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.EnrichService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article through the real enricher (CoreNLP and the bundled atlas): the acceptance case. */
class SeedPlacesTest {

    private static EnrichedArticle seed;

    @BeforeAll
    static void enrichTheSeed() throws Exception {
        String line = Files.readAllLines(Path.of("../samples/seed/seed.jsonl")).get(0);
        RawArticle raw = Serdes.RAW.fromBytes(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        seed = EnrichService.standardEnricher().enrich(raw);
    }

    private static Geo geo(String text) {
        return seed.entities().stream().filter(e -> e.text().equals(text)).findFirst().map(Entity::geo).orElseThrow();
    }

    @Test
    void shouldPlaceAlmatyKazakhstanAndRussia() {
        Geo almaty = geo("Almaty");
        assertEquals("KZ", almaty.country());
        assertEquals(43.26, almaty.lat(), 0.01);
        assertEquals(76.93, almaty.lon(), 0.01);
        assertEquals("KZ", geo("Kazakhstan").country());
        assertEquals("RU", geo("Russia").country());
    }

    @Test
    void shouldCountKazakhstanThenRussiaAndMakeKazakhstanPrimary() {
        List<String> codes = seed.countries().stream().map(CountryCount::country).toList();
        assertEquals(List.of("KZ", "RU"), codes.subList(0, 2));
        assertTrue(seed.countries().get(0).count() > seed.countries().get(1).count());
        assertEquals("KZ", seed.primaryLocation().country());
    }

    @Test
    void shouldPlaceTheKillingsAndTheArrestsInKazakhstan() {
        List<Figure> events = seed.figures().stream().filter(f -> f.event() != null).toList();
        assertTrue(events.stream().anyMatch(f -> f.event().equals("KILL")), events.toString());
        assertTrue(events.stream().anyMatch(f -> f.event().equals("ARREST")), events.toString());
        for (Figure f : events) {
            assertEquals("Kazakhstan", f.location(), f.toString());
        }
        assertFalse(seed.figures().stream().anyMatch(f -> f.event() == null && f.location() != null));
    }
}
