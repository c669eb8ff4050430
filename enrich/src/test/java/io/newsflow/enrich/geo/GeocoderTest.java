package io.newsflow.enrich.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.CountryCount;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.FigureKind;
import io.newsflow.core.schema.Geo;
import io.newsflow.core.schema.Mention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeocoderTest {

    private static final Geocoder GEOCODER = Geocoder.standard();

    /** Every occurrence of {@code text} in the body as one entity, as the tagger would give it. */
    static Entity entity(String body, String text, EntityType type) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + text.length())) {
            mentions.add(new Mention(Mention.BODY, i, i + text.length(), text));
        }
        assertTrue(!mentions.isEmpty(), text + " is not in the body");
        return new Entity(text, type, mentions.size(), mentions);
    }

    static Entity location(String body, String text) {
        return entity(body, text, EntityType.LOCATION);
    }

    private static Geocoder.Placed place(String body, Entity... entities) {
        return GEOCODER.place("", body, List.of(entities), List.of());
    }

    private static Geo geoOf(Geocoder.Placed placed, String text) {
        return placed.entities().stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow().geo();
    }

    @Test
    void shouldPlaceAlmatyInKazakhstanAtItsCoordinates() {
        String body = "Protesters targeted Kazakhstan's biggest city, Almaty.";
        Geocoder.Placed p = place(body, location(body, "Kazakhstan"), location(body, "Almaty"));
        Geo almaty = geoOf(p, "Almaty");
        assertEquals("KZ", almaty.country());
        assertEquals(1526384L, almaty.geonameId());
        assertEquals(43.26, almaty.lat(), 0.01);
        assertEquals(76.93, almaty.lon(), 0.01);
        assertEquals("KZ", geoOf(p, "Kazakhstan").country());
        assertEquals("PCLI", geoOf(p, "Kazakhstan").featureCode());
    }

    @Test
    void shouldReadTheDatelineToTellReadingEnglandFromReadingPennsylvania() {
        String body = "READING, England — Three people were stabbed in a park in Reading on Saturday.";
        Geo reading = geoOf(place(body, location(body, "Reading")), "Reading");
        assertEquals("GB", reading.country());
        assertEquals("dateline", reading.by());
        String american = "Police in Reading said the suspect fled toward Philadelphia, Pennsylvania.";
        Geocoder.Placed p = place(american, location(american, "Reading"), location(american, "Pennsylvania"));
        assertEquals("US", geoOf(p, "Reading").country());
        assertEquals("PA", geoOf(p, "Reading").admin1());
    }

    @Test
    void shouldFollowCityCommaStateAndCityCommaCountry() {
        String texas = "The fair opened in Paris, Texas, on Friday.";
        Geo paris = geoOf(place(texas, location(texas, "Paris")), "Paris");
        assertEquals("US", paris.country());
        assertEquals("TX", paris.admin1());
        assertEquals("qualifier", paris.by());
        String france = "The fair opened in Paris on Friday.";
        assertEquals("FR", geoOf(place(france, location(france, "Paris")), "Paris").country());
        String canada = "He is from London, Ontario.";
        assertEquals("CA", geoOf(place(canada, location(canada, "London")), "London").country());
    }

    @Test
    void shouldPreferThePlaceInACountryOrDivisionTheArticleNames() {
        String body = "A fire on a Florida highway near Gainesville killed seven.";
        Geocoder.Placed p = place(body, location(body, "Florida"), location(body, "Gainesville"));
        assertEquals("ADM1", geoOf(p, "Florida").featureCode());
        assertEquals("FL", geoOf(p, "Gainesville").admin1());
        String indian = "The minister of the state of Goa, India, died.";
        Geo goa = geoOf(place(indian, location(indian, "Goa"), location(indian, "India")), "Goa");
        assertEquals("IN", goa.country());
        assertEquals("ADM1", goa.featureCode());
    }

    @Test
    void shouldMergeTheAliasesOfACountryIntoOneEntity() {
        String body = "The US and the United States are one country; U.S. officials said America agreed.";
        Geocoder.Placed p = place(body, location(body, "US"), location(body, "United States"),
                entity(body, "U.S.", EntityType.ORGANIZATION), location(body, "America"));
        assertEquals(1, p.entities().size(), p.entities().toString());
        Entity us = p.entities().get(0);
        assertEquals("United States", us.text());
        assertEquals(EntityType.LOCATION, us.type());
        assertEquals(4, us.count());
        assertEquals(4, us.mentions().size());
        assertEquals(List.of(new CountryCount("US", 4)), p.countries());
    }

    @Test
    void shouldNeverPlaceAPersonOrAnOrganizationByItsName() {
        String body = "Jordan Peterson met Toronto Police and Paris Hilton.";
        Geocoder.Placed p = place(body, entity(body, "Jordan Peterson", EntityType.PERSON),
                entity(body, "Toronto Police", EntityType.ORGANIZATION), entity(body, "Paris Hilton", EntityType.PERSON));
        p.entities().forEach(e -> assertNull(e.geo(), e.text()));
        assertEquals(List.of(), p.countries());
        String named = "Jordan said so.";
        assertNull(geoOf(place(named, entity(named, "Jordan", EntityType.PERSON)), "Jordan"));
    }

    @Test
    void shouldPlaceNamesThatStandForACountryAndCountDemonyms() {
        String body = "The Russian-led alliance sent troops; Kazakhstani officials and the US Supreme Court agreed.";
        Geocoder.Placed p = place(body, entity(body, "Russian-led", EntityType.MISC),
                entity(body, "US Supreme Court", EntityType.ORGANIZATION));
        assertEquals("RU", geoOf(p, "Russian-led").country());
        assertEquals("demonym", geoOf(p, "Russian-led").by());
        assertEquals("US", geoOf(p, "US Supreme Court").country());
        assertEquals(List.of("RU", "US", "KZ"), p.countries().stream().map(CountryCount::country).toList());
    }

    @Test
    void shouldPlaceAnEventInItsSentenceElseInThePrimaryLocation() {
        String body = "Kazakhstan is in turmoil. Dozens died in Almaty, Kazakhstan's biggest city. "
                + "Almost 8,000 people have been detained throughout the country. Kazakhstan mourns. Troops stay in Kazakhstan.";
        Figure killed = figure(body, "Dozens", "KILL");
        Figure detained = figure(body, "Almost 8,000 people", "ARREST");
        Figure date = new Figure("biggest", null, null, null, null, FigureKind.ORDINAL, null, null, Mention.BODY, 0, 1);
        Geocoder.Placed p = GEOCODER.place("Kazakhstan unrest", body,
                List.of(location(body, "Kazakhstan"), location(body, "Almaty")), List.of(killed, detained, date));
        assertEquals("Almaty", p.figures().get(0).location());
        assertEquals("Kazakhstan", p.figures().get(1).location());
        assertNull(p.figures().get(2).location(), "only counts with an event are placed");
        assertEquals("KZ", p.primaryLocation().country());
        assertNull(p.primaryLocation().geonameId());
    }

    @Test
    void shouldTakeTheMostSalientPlaceOfTheMainCountryAsPrimary() {
        String body = "A gunman opened fire in El Paso, Texas. El Paso police said the El Paso store reopened. "
                + "The United States mourned.";
        Geocoder.Placed p = GEOCODER.place("Shooting in El Paso", body, List.of(location(body, "El Paso"),
                location(body, "Texas"), location(body, "United States")), List.of());
        assertEquals("El Paso", p.primaryLocation().name());
    }

    @Test
    void shouldLeaveUnknownNamesAndBadOffsetsAlone() {
        String body = "They sailed past Xyzzyland.";
        Entity unknown = location(body, "Xyzzyland");
        Entity outOfRange = new Entity("Qwertyton", EntityType.LOCATION, 1, List.of(new Mention(Mention.BODY, 500, 509, "Qwertyton")));
        Geocoder.Placed p = GEOCODER.place(null, body, List.of(unknown, outOfRange), List.of());
        assertNull(p.entities().get(0).geo());
        assertEquals(2, p.entities().size());
        assertNull(p.primaryLocation());
        Geocoder.Placed empty = GEOCODER.place(null, null, List.of(), List.of());
        assertEquals(List.of(), empty.countries());
    }

    @Test
    void shouldGiveTheBaselineTheMostPopulousMatch() {
        assertEquals("CU", GEOCODER.mostPopulous("Florida").country(), "a Cuban town outnumbers no state: why it fails");
        assertEquals("FR", GEOCODER.mostPopulous("Paris").country());
        assertEquals("KZ", GEOCODER.mostPopulous("Kazakhstan").country());
        assertNotNull(GEOCODER.mostPopulous("Almaty"));
        assertNull(GEOCODER.mostPopulous("Xyzzyland"));
    }

    private static Figure figure(String body, String text, String event) {
        int at = body.indexOf(text);
        return new Figure(text, BigDecimal.ONE, "person", "people", null, FigureKind.COUNT, null, event, Mention.BODY, at,
                at + text.length());
    }
}
