package io.newsflow.enrich.geo;

import static io.newsflow.enrich.geo.GeocoderTest.entity;
import static io.newsflow.enrich.geo.GeocoderTest.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Mention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The places the tagger missed or mistyped: retyped by their context, spotted where untagged, and what stays alone. */
class MissedPlacesTest {

    private static final Geocoder GEOCODER = Geocoder.standard();

    private static Geocoder.Placed place(String title, String body, Entity... entities) {
        return GEOCODER.place(title, body, List.of(entities), List.of());
    }

    private static Optional<Entity> named(Geocoder.Placed placed, String text) {
        return placed.entities().stream().filter(e -> e.text().equals(text)).findFirst();
    }

    @Test
    void shouldPlaceACityTaggedAsAnOrganisationWhereTheTextPutsSomethingInIt() {
        String body = "Three people died in a fire in Livorno on Sunday.";
        Entity livorno = named(place("", body, entity(body, "Livorno", EntityType.ORGANIZATION)), "Livorno").orElseThrow();
        assertEquals(EntityType.LOCATION, livorno.type());
        assertEquals("IT", livorno.geo().country());
        assertEquals(3174659L, livorno.geo().geonameId());
    }

    @Test
    void shouldLeaveAnOrganisationNamedLikeACityAloneWhenNothingSaysPlace() {
        String body = "Barcelona signed a striker on Sunday.";
        Entity club = named(place("", body, entity(body, "Barcelona", EntityType.ORGANIZATION)), "Barcelona").orElseThrow();
        assertEquals(EntityType.ORGANIZATION, club.type());
        assertNull(club.geo());
    }

    @Test
    void shouldPlaceACountryTaggedAsAPersonOnlyAfterAPrepositionThatRarelyGovernsAPerson() {
        String inJordan = "Thousands of refugees remain in Jordan this winter.";
        Entity jordan = named(place("", inJordan, entity(inJordan, "Jordan", EntityType.PERSON)), "Jordan").orElseThrow();
        assertEquals(EntityType.LOCATION, jordan.type());
        assertEquals("JO", jordan.geo().country());
        String fromJordan = "She got a letter from Jordan this winter.";
        Entity person = named(place("", fromJordan, entity(fromJordan, "Jordan", EntityType.PERSON)), "Jordan").orElseThrow();
        assertEquals(EntityType.PERSON, person.type());
        assertNull(person.geo());
    }

    @Test
    void shouldReadPlaceFromAPossessiveOnlyPlacesHave() {
        String body = "Tonga's government declared a state of emergency.";
        Entity tonga = named(place("", body, entity(body, "Tonga", EntityType.PERSON)), "Tonga").orElseThrow();
        assertEquals("TO", tonga.geo().country());
        String person = "Tonga's coach resigned.";
        assertNull(named(place("", person, entity(person, "Tonga", EntityType.PERSON)), "Tonga").orElseThrow().geo());
    }

    @Test
    void shouldPlaceANameFollowedByItsDivisionOrFollowingAPlaceAndAComma() {
        String body = "He died at a Frederick, Maryland nursing home.";
        Geocoder.Placed p = place("", body, entity(body, "Frederick", EntityType.PERSON), location(body, "Maryland"));
        Entity frederick = named(p, "Frederick").orElseThrow();
        assertEquals("US", frederick.geo().country());
        assertEquals("MD", frederick.geo().admin1());
        String born = "She was born in Sacramento, California.";
        Entity california = named(place("", born, location(born, "Sacramento"),
                entity(born, "California", EntityType.ORGANIZATION)), "California").orElseThrow();
        assertEquals(EntityType.LOCATION, california.type());
        assertEquals("ADM1", california.geo().featureCode());
        assertEquals("CA", california.geo().admin1());
    }

    @Test
    void shouldSpotUntaggedCountriesAndTheCapitalOfACountryTheArticleNames() {
        String body = "Nukuʻalofa was calm. Talks were held in Tonga and Fiji; Tonga's capital, Nukuʻalofa, was calm.";
        Geocoder.Placed p = place("", body);
        assertEquals("TO", named(p, "Tonga").orElseThrow().geo().country());
        assertEquals(2, named(p, "Tonga").orElseThrow().count());
        assertEquals("FJ", named(p, "Fiji").orElseThrow().geo().country());
        Entity capital = named(p, "Nukuʻalofa").orElseThrow();
        assertEquals(EntityType.LOCATION, capital.type());
        assertEquals(1, capital.count(), "a sentence's first word alone is taken only as a country's name");
        assertEquals(4032402L, capital.geo().geonameId());
    }

    @Test
    void shouldNotSpotAPlaceNameInsideALongerNameOrAPersonsNameOrAWordTheTextAlsoWritesInLowerCase() {
        String times = "The Jordan Times reported it.";
        assertEquals(List.of(), place("", times).entities());
        String player = "Michael Jordan said Jordan would win.";
        Geocoder.Placed p = place("", player, entity(player, "Michael Jordan", EntityType.PERSON));
        assertEquals(1, p.entities().size(), p.entities().toString());
        String dinner = "Turkey was served. We ate turkey again.";
        assertEquals(List.of(), place("", dinner).entities());
    }

    @Test
    void shouldSpotAPlaceBeforeAnOfficeAndItsHolder() {
        String body = "Connecticut Governor Ned Lamont spoke for the United States.";
        Geocoder.Placed p = place("", body, entity(body, "Ned Lamont", EntityType.PERSON), location(body, "United States"));
        Entity connecticut = named(p, "Connecticut").orElseThrow();
        assertEquals("US", connecticut.geo().country());
        assertEquals("CT", connecticut.geo().admin1());
    }

    @Test
    void shouldGiveAPlaceAllItsUntaggedMentionsButSpotOnlyItsNamesInATitleCaseTitle() {
        String title = "Fire In Livorno Kills Three As Georgia Smith Watches";
        String body = "A fire in Livorno killed three. Livorno mourns.";
        Entity tagged = new Entity("Livorno", EntityType.LOCATION, 1, List.of(new Mention(Mention.BODY, 10, 17, "Livorno")));
        Geocoder.Placed p = place(title, body, tagged);
        Entity livorno = named(p, "Livorno").orElseThrow();
        assertEquals(3, livorno.count(), livorno.mentions().toString());
        assertEquals(Mention.TITLE, livorno.mentions().get(0).field());
        assertTrue(named(p, "Georgia").isEmpty(), "a title's capitals say nothing");
    }

    @Test
    void shouldLeaveAnUnplacedNameAsTheTaggerFoundIt() {
        String body = "Cream played in a club. Later Cream split up.";
        Entity band = new Entity("Cream", EntityType.LOCATION, 1, List.of(new Mention(Mention.BODY, 0 + body.indexOf("Cream"),
                body.indexOf("Cream") + 5, "Cream")));
        Geocoder.Placed p = place("", body, band);
        assertEquals(List.of(band), p.entities());
    }

    @Test
    void shouldPlaceAPlacesOwnGovernmentAtItsSeatWithoutCallingItANamedPlace() {
        String body = "The Municipality of Livorno raised the tax.";
        Entity town = named(place("", body, entity(body, "Municipality of Livorno", EntityType.ORGANIZATION)),
                "Municipality of Livorno").orElseThrow();
        assertEquals(EntityType.ORGANIZATION, town.type());
        assertEquals(3174659L, town.geo().geonameId());
        assertEquals("government-of", town.geo().by());
        assertTrue(!PlaceResolver.isNamedPlace(town.geo()));
    }
}
