package io.newsflow.enrich.entities;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.nlp.TaggedSentence;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A name set beside a common noun for a kind of place is a place: "the capital, Nur-Sultan", "the city of Almaty",
 * "the village of Kfar Aza". The models read an unfamiliar name by its spelling and often call it a person
 * ("Nur-Sultan" looks like "Nursultan"); the noun before it says what it is.
 *
 * <p>Only names the model left untagged, of at most {@link #MAX_NAME_TOKENS} capitalized words, or a single word it
 * tagged PERSON (a first and last name stays a person: "the governor of the region, Roberto Maroni"). After a comma the name must end its clause (a comma, a period, a
 * semicolon, a colon, a closing bracket or the sentence's end follows), so that "the town, Smith said" is left
 * alone.
 */
final class PlaceApposition {

    static final int MAX_NAME_TOKENS = 3;

    /** Common nouns naming a kind of place, lowercase. */
    private static final Set<String> PLACE_NOUNS = Set.of("capital", "city", "town", "village", "province",
            "region", "state", "district", "county", "island", "port", "country", "republic", "kingdom",
            "municipality", "suburb", "neighbourhood", "neighborhood", "township", "hamlet", "emirate");

    private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", ":", ")", "-RRB-", "--", "—", "–");

    void apply(TaggedSentence sentence, EntityType[] types) {
        for (int i = 0; i + 2 < types.length; i++) {
            String noun = sentence.get(i).text();
            String link = sentence.get(i + 1).text();
            if (types[i] != null || !PLACE_NOUNS.contains(noun.toLowerCase(Locale.ROOT)) || !noun.equals(
                    noun.toLowerCase(Locale.ROOT)) || !(link.equals(",") || link.equals("of"))) {
                continue;
            }
            int start = i + 2;
            int end = start;
            while (end < types.length && end - start < MAX_NAME_TOKENS
                    && (types[end] == null || types[end] == EntityType.PERSON)
                    && TokenShape.isNameShaped(sentence.get(end).text())) {
                end++;
            }
            if (end == start || end < types.length && types[end] == EntityType.PERSON) {
                continue; // no name, or a person's name longer than the rule takes
            }
            if (end - start > 1 && types[start] == EntityType.PERSON) {
                continue; // a full personal name ("the region, Roberto Maroni") is a person beside an office
            }
            if (end < types.length && types[end] == null && TokenShape.startsUpper(sentence.get(end).text())) {
                continue; // part of a longer capitalized name the model missed
            }
            if (link.equals(",") && end < types.length && !CLAUSE_ENDS.contains(sentence.get(end).text())) {
                continue;
            }
            Arrays.fill(types, start, end, EntityType.LOCATION);
            i = end - 1;
        }
    }
}
