package io.newsflow.enrich.geo;

import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.Mention;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The place a story is about: its dateline's place; else, in the country the article is most about (by the salience
 * of everything placed in it), its most salient city or division when that is about as salient as the country
 * itself ("El Paso" in a story about El Paso, but "Kazakhstan" in one that names Almaty once), else the country.
 */
final class PrimaryLocation {

    private static final int EARLY = 300;

    private PrimaryLocation() {
    }

    static Entity of(List<Entity> placed, ArticleEvidence ev, Geocoder geocoder, String title) {
        if (ev.dateline != null) {
            String key = Names.key(ev.dateline.place());
            for (Entity e : placed) {
                if (e.geo() != null && PlaceResolver.isNamedPlace(e.geo()) && Names.key(e.text()).equals(key)) {
                    return e;
                }
            }
        }
        Map<String, Double> byCountry = new HashMap<>();
        for (Entity e : placed) {
            if (e.geo() != null) {
                byCountry.merge(e.geo().country(), salience(e), Double::sum);
            }
        }
        String country = byCountry.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (country == null) {
            return null;
        }
        Entity countryEntity = null;
        Entity place = null;
        for (Entity e : placed) {
            if (e.geo() == null || !e.geo().country().equals(country) || !PlaceResolver.isNamedPlace(e.geo())) {
                continue;
            }
            boolean isCountry = e.geo().admin1() == null;
            if (isCountry && (countryEntity == null || salience(e) > salience(countryEntity))) {
                countryEntity = e;
            } else if (!isCountry && (place == null || salience(e) > salience(place))) {
                place = e;
            }
        }
        if (place != null && (countryEntity == null || salience(place) >= 0.5 * salience(countryEntity))) {
            return place;
        }
        return countryEntity != null ? countryEntity : place;
    }

    /** Mentions, plus a bonus for being in the title and for being named early in the body. */
    static double salience(Entity e) {
        double s = e.count();
        boolean inTitle = false;
        boolean early = false;
        for (Mention m : e.mentions()) {
            inTitle |= Mention.TITLE.equals(m.field());
            early |= Mention.BODY.equals(m.field()) && m.start() < EARLY;
        }
        return s + (inTitle ? 2 : 0) + (early ? 1 : 0);
    }
}
