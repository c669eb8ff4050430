package io.newsflow.serve.topology;

/**
 * An amount to add to a tally (negative to take one back), keyed downstream by its group: an event such as KILL, or
 * {@link #COUNTRIES} for how often articles name each country.
 *
 * @param day     the article's day, yyyy-MM-dd (UTC)
 * @param country ISO 3166-1 alpha-2 code, or "" where unknown
 * @param amount  the figure's value (people killed, arrested...) or the number of mentions
 */
public record TallyDelta(String day, String country, long amount) {
    public static final String COUNTRIES = "COUNTRIES";
}
