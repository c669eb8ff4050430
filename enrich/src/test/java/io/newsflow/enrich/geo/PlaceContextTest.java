package io.newsflow.enrich.geo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaceContextTest {

    private static boolean says(String text, String name, boolean person) {
        int at = text.indexOf(name);
        return PlaceContext.saysPlace(text, at, at + name.length(), person);
    }

    @Test
    void shouldTakeALocativePrepositionAsPlaceButNotThoseThatGovernPeople() {
        assertTrue(says("Riots broke out in Perth.", "Perth", false));
        assertTrue(says("Flights from Perth resumed.", "Perth", false));
        assertFalse(says("A letter from Perth arrived.", "Perth", true));
        assertTrue(says("Riots broke out in Perth.", "Perth", true));
        assertFalse(says("Perth said no.", "Perth", false));
    }

    @Test
    void shouldTakeThePlaceNounsAroundANameAsPlace() {
        assertTrue(says("the capital of Tonga is small", "Tonga", true));
        assertTrue(says("Tonga's government fell", "Tonga", true));
        assertTrue(says("Perth’s mayor spoke", "Perth", false));
        assertFalse(says("Perth's coach spoke", "Perth", false));
        assertTrue(says("floods in the Punjab province", "Punjab", false));
        assertTrue(says("Ohio Governor Mike DeWine spoke", "Ohio", false));
        assertFalse(says("Ohio governor spoke", "Ohio", false));
    }
}
