package io.newsflow.core.schema;

/**
 * Where a place is: a GeoNames place or a country, as the geocoder resolved a name in one article.
 *
 * @param name        the place's own name ("Almaty", "Kazakhstan")
 * @param country     ISO 3166-1 alpha-2 code ("KZ")
 * @param admin1      first-order division (GeoNames admin1 code or name), or null for a country
 * @param lat         latitude in degrees
 * @param lon         longitude in degrees
 * @param geonameId   GeoNames id, or null where the place is a country without one
 * @param featureCode GeoNames feature code ("PPLC", "PPLA", "PCLI" for a country, "ADM1")
 * @param confidence  0..1, how sure the geocoder is
 * @param by          which evidence decided, for debugging ("dateline", "country-in-article", "population")
 */
public record Geo(
        String name,
        String country,
        String admin1,
        double lat,
        double lon,
        Long geonameId,
        String featureCode,
        double confidence,
        String by) {
}
