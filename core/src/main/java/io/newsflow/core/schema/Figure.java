package io.newsflow.core.schema;

import java.math.BigDecimal;

/**
 * A number found in the text, with what it counts.
 *
 * @param text       the figure's span as written ("Almost 8,000 people")
 * @param value      normalized value (8000; 30 for "three decades"; the lower bound for VAGUE such as "dozens"); null for dates
 * @param unit       count, person, year, month, day, money:USD, percent, km, ...
 * @param object     the noun phrase counted ("people", "members of the security forces"), or null
 * @param approx     the qualifier (almost, about, more than, ...), or null
 * @param kind       COUNT, MONEY, PERCENT, DURATION, DATE, TIME, AGE, ORDINAL, QUANTITY or VAGUE
 * @param normalized ISO-8601 form for dates ("2022-01-02", or a range "2022-01-03/2022-01-09") and durations ("P30Y"), else null
 * @param event      GDELT-style event of the clause for counts of people (KILL, WOUND, ARREST, KIDNAP, PROTEST, EVACUATE, AFFECT), or null
 * @param field      "title" or "body"
 * @param start      first character of {@link #text} in that field
 * @param end        one past its last character
 * @param location   for counts with an event: where it happened (the place entity's canonical text), or null
 */
public record Figure(
        String text,
        BigDecimal value,
        String unit,
        String object,
        String approx,
        FigureKind kind,
        String normalized,
        String event,
        String field,
        int start,
        int end,
        String location) {

    /** A figure not (yet) placed. */
    public Figure(String text, BigDecimal value, String unit, String object, String approx, FigureKind kind,
                  String normalized, String event, String field, int start, int end) {
        this(text, value, unit, object, approx, kind, normalized, event, field, start, end, null);
    }

    public Figure withLocation(String place) {
        return new Figure(text, value, unit, object, approx, kind, normalized, event, field, start, end, place);
    }
}
