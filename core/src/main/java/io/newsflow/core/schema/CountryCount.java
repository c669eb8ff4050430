package io.newsflow.core.schema;

/**
 * A country an article names, directly, through a place in it, or by a demonym ("Kazakhstani").
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param count   number of mentions that resolve to it
 */
public record CountryCount(String country, int count) {
}
