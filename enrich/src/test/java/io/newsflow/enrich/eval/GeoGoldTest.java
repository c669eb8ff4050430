package io.newsflow.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The geocoding gold set keeps the shape its README promises, so the evaluator can trust it. */
class GeoGoldTest {

    private static final Path GOLD = Path.of("../eval/geo/gold.jsonl");
    private static final Set<String> KINDS = Set.of("country", "region", "place");

    @Test
    void shouldHaveEnoughMentionsInBothParts() {
        List<GeoGold.Article> articles = GeoGold.read(GOLD);
        int dev = count(articles, GeoGold.DEV);
        int heldOut = count(articles, GeoGold.HELD_OUT);
        assertTrue(dev + heldOut >= 200, "mentions: " + (dev + heldOut));
        assertTrue(dev >= 80 && heldOut >= 150, "dev " + dev + ", held-out " + heldOut);
        assertEquals(articles.size(), articles.stream().filter(a -> a.split().equals(GeoGold.DEV)
                || a.split().equals(GeoGold.HELD_OUT)).count(), "every article is in one part");
    }

    @Test
    void shouldPointEveryMentionAtItsTextAndAPlace() {
        Set<String> ids = new HashSet<>();
        for (GeoGold.Article a : GeoGold.read(GOLD)) {
            assertTrue(ids.add(a.id()), "duplicate article " + a.id());
            String lastField = "title";
            int lastEnd = 0;
            for (GeoGold.Place m : a.mentions()) {
                String where = a.id() + " " + m.field() + "@" + m.start();
                assertTrue(m.field().equals("title") || m.field().equals("body"), where);
                assertEquals(m.text(), a.field(m.field()).substring(m.start(), m.end()), where);
                if (m.field().equals(lastField)) {
                    assertTrue(m.start() >= lastEnd, "sorted and not overlapping: " + where);
                } else {
                    assertEquals("body", m.field(), "title mentions first: " + where);
                }
                lastField = m.field();
                lastEnd = m.end();
                assertTrue(KINDS.contains(m.kind()), where);
                assertTrue(m.country().matches("[A-Z]{2}"), where);
                assertNotNull(m.name(), where);
                switch (m.kind()) {
                    case "place" -> {
                        assertNotNull(m.geonameId(), where);
                        assertTrue(m.lat() != null && Math.abs(m.lat()) <= 90 && m.lon() != null && Math.abs(m.lon()) <= 180, where);
                    }
                    case "region" -> assertNotNull(m.admin1(), where);
                    default -> assertEquals(null, m.geonameId(), where);
                }
            }
        }
    }

    private static int count(List<GeoGold.Article> articles, String split) {
        return articles.stream().filter(a -> a.split().equals(split)).mapToInt(a -> a.mentions().size()).sum();
    }
}
