package io.newsflow.serve.query;

/**
 * One line of an event tally.
 *
 * @param event the event (KILL, ARREST, ...)
 * @param key   a day (yyyy-MM-dd) or a country (ISO 3166-1 alpha-2), after the query's {@code by}
 * @param count the sum of the figures' values (people killed, arrested, ...)
 */
public record TallyRow(String event, String key, long count) {
}
