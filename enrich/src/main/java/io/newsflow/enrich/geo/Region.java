package io.newsflow.enrich.geo;

/**
 * A first-order division (state, province, oblast).
 *
 * @param code   its subdivision code ("TX", "CHE")
 * @param admin1 the GeoNames admin1 code its cities carry ("TX", "13"), or empty when unknown
 */
record Region(String country, String code, String name, double lat, double lon, String admin1) {
    String key() {
        return country + "-" + code;
    }
}
