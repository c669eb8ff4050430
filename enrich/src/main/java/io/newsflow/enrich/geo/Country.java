package io.newsflow.enrich.geo;

/** A country of the atlas: ISO 3166-1 alpha-2 code, common name, capital and a central point. */
record Country(String code, String name, String capital, double lat, double lon) {
}
