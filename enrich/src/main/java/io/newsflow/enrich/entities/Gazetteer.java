package io.newsflow.enrich.entities;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.nlp.TaggedSentence;
import io.newsflow.enrich.nlp.TaggedToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the CRF misses on news although they are certain: countries and capitals (the renamed "Nur-Sultan" is not in
 * its 2003 training data), international organizations by acronym ("CSTO"), nationality adjectives and hyphenated
 * adjectives built on them ("ex-Soviet"). See the header of each file under {@code gazetteer/} for its scope.
 *
 * <p>Applied only where certain: exact case-sensitive token match, only on tokens the model left untagged, never
 * next to an untagged capitalized word or a person's name (which would make it part of a longer name the model
 * missed, as in "Georgia Tech" or "Bank of China"), never in all-caps text. It fills the model's gaps and never
 * overrides a tag the model gave. Immutable and thread-safe.
 */
final class Gazetteer {

    static final String LOCATIONS = "gazetteer/locations.txt";
    static final String ORGANIZATIONS = "gazetteer/organizations.txt";
    static final String DEMONYMS = "gazetteer/demonyms.txt";

    private record Entry(String[] tokens, EntityType type) {
    }

    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> places = new HashSet<>();

    Gazetteer(WordList organizations, WordList locations, WordList demonymList) {
        add(organizations, EntityType.ORGANIZATION);
        add(locations, EntityType.LOCATION);
        add(demonymList, EntityType.MISC);
        demonyms.addAll(demonymList.entries());
        locations.entries().stream().filter(e -> !e.contains(" ")).forEach(places::add);
        // Longest entry first, so "Gaza Strip" wins over "Gaza".
        byFirstToken.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> -e.tokens().length)));
    }

    static Gazetteer load() {
        return new Gazetteer(WordList.load(ORGANIZATIONS), WordList.load(LOCATIONS), WordList.load(DEMONYMS));
    }

    private void add(WordList list, EntityType type) {
        for (String entry : list.entries()) {
            String[] tokens = entry.split(" ");
            List<Entry> entries = byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>());
            boolean known = entries.stream().anyMatch(e -> String.join(" ", e.tokens()).equals(entry));
            if (!known) { // the first list that names an entry decides its type
                entries.add(new Entry(tokens, type));
            }
        }
    }

    /** The type the gazetteer gives this exact name, or null. */
    EntityType typeOf(String name) {
        String[] tokens = name.split(" ");
        for (Entry entry : byFirstToken.getOrDefault(tokens[0], List.of())) {
            if (String.join(" ", entry.tokens()).equals(name)) {
                return entry.type();
            }
        }
        return null;
    }

    /** A gazetteer name found in a sentence: its length in tokens and type. */
    record Match(int length, EntityType type) {
    }

    /** The longest gazetteer name starting at token {@code i}, whatever the tokens' tags; null if none. */
    Match longestAt(TaggedSentence sentence, int i) {
        for (Entry entry : byFirstToken.getOrDefault(sentence.get(i).text(), List.of())) {
            String[] tokens = entry.tokens();
            if (i + tokens.length <= sentence.size() && matchesText(sentence, i, tokens)) {
                return new Match(tokens.length, entry.type());
            }
        }
        return null;
    }

    private static boolean matchesText(TaggedSentence sentence, int start, String[] tokens) {
        for (int k = 0; k < tokens.length; k++) {
            if (!sentence.get(start + k).text().equals(tokens[k])) {
                return false;
            }
        }
        return true;
    }

    /** Tags the certain gazetteer names among the untagged tokens, in place. */
    void apply(TaggedSentence sentence, EntityType[] types) {
        if (TokenShape.isShouting(sentence.tokens().stream().map(TaggedToken::text).toList())) {
            return;
        }
        int i = 0;
        while (i < types.length) {
            int matched = types[i] == null ? matchAt(sentence, types, i) : 0;
            i += Math.max(1, matched);
        }
    }

    /** Tags the entry or compound starting at token {@code i}; returns its length in tokens, 0 if none. */
    private int matchAt(TaggedSentence sentence, EntityType[] types, int i) {
        for (Entry entry : byFirstToken.getOrDefault(sentence.get(i).text(), List.of())) {
            int end = i + entry.tokens().length;
            if (matches(sentence, types, i, entry.tokens()) && !insideLongerName(sentence, types, i, end)) {
                Arrays.fill(types, i, end, entry.type());
                return entry.tokens().length;
            }
        }
        if (isNationalCompound(sentence.get(i).text()) && !insideLongerName(sentence, types, i, i + 1)) {
            types[i] = EntityType.MISC;
            return 1;
        }
        return 0;
    }

    private static boolean matches(TaggedSentence sentence, EntityType[] types, int start, String[] tokens) {
        if (start + tokens.length > types.length) {
            return false;
        }
        for (int k = 0; k < tokens.length; k++) {
            if (types[start + k] != null || !sentence.get(start + k).text().equals(tokens[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hyphenated adjective on a nationality or country, which CoNLL tags MISC: "ex-Soviet", "Russian-led",
     * "pro-Russian", "US-backed". Every capitalized part must be a known demonym or country; at least one part
     * must be lowercase or a demonym, so "Austria-Hungary" is not one.
     */
    boolean isNationalCompound(String token) {
        if (token.indexOf('-') <= 0) {
            return false;
        }
        String[] parts = token.split("-", -1);
        boolean lowercasePart = false;
        boolean demonymPart = false;
        boolean namePart = false;
        for (String part : parts) {
            if (part.isEmpty()) {
                return false;
            }
            if (TokenShape.startsUpper(part)) {
                if (demonyms.contains(part)) {
                    demonymPart = true;
                } else if (!places.contains(part)) {
                    return false;
                }
                namePart = true;
            } else if (part.chars().allMatch(Character::isLowerCase)) {
                lowercasePart = true;
            } else {
                return false;
            }
        }
        return namePart && (lowercasePart || demonymPart);
    }

    /** Whether tokens {@code [start, end)} continue a capitalized name to their left or right. */
    private static boolean insideLongerName(TaggedSentence sentence, EntityType[] types, int start, int end) {
        int before = start - 1;
        if (before >= 1 && sentence.get(before).text().equals("of")) {
            before--;
        }
        return continuesName(sentence, types, before) || continuesName(sentence, types, end);
    }

    private static boolean continuesName(TaggedSentence sentence, EntityType[] types, int i) {
        if (i < 0 || i >= types.length) {
            return false;
        }
        String token = sentence.get(i).text();
        if (!TokenShape.startsUpper(token) || TokenShape.isFunctionWord(token)) {
            return false;
        }
        EntityType type = types[i];
        if (type == null) {
            return i > 0; // a capital at the start of a sentence says nothing
        }
        return type == EntityType.PERSON || type == EntityType.ORGANIZATION;
    }
}
