package io.newsflow.enrich.entities;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.nlp.TaggedSentence;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Trims what is not part of a name from the model's entity spans, in the CoNLL convention: titles ("President
 * Putin" gives "Putin"), possessive endings, surrounding punctuation and quotes; and drops spans that are no names at
 * all (pronouns, all-lowercase words); a "person" ending in a place or organization word ("Karl Marx Avenue") takes
 * that word's type. Works on token tags, so the evaluator scores exactly what the extractor emits;
 * {@link #trim} then cleans the character edges of a mention for tokens the tokenizer did not split.
 */
final class MentionCleaner {

    /** Personal and demonstrative pronouns, lowercase; matched lowercase or capitalized only, so "US" stays. */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "you", "your", "yours",
            "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our",
            "ours", "they", "them", "their", "theirs", "this", "that", "these", "those", "who", "whom", "whose");

    /** Time-zone abbreviations: the CRF reads Wikinews' "... 14:00 UTC" as an organization. Exact, case-sensitive. */
    private static final Set<String> TIME_ZONES = Set.of("UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST",
            "PDT", "CET", "CEST", "EET", "EEST", "WET", "WEST", "AEST", "AEDT", "JST", "HKT", "SGT");

    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'S", "'", "’");

    /** Characters that never start or end a name. Periods stay: "U.S.", "Jr.". */
    private static final String EDGE_CHARS = "\"'“”‘’«»„‹›()[]{}<>,;:!?*`´|/\\";

    private final PersonTitles titles;
    private final NameHeads heads;

    MentionCleaner(PersonTitles titles, NameHeads heads) {
        this.titles = titles;
        this.heads = heads;
    }

    void clean(TaggedSentence sentence, EntityType[] types) {
        for (TokenSpan span : TokenSpan.of(types)) {
            int start = span.start();
            int end = span.end();
            while (start < end && isLeadingJunk(sentence.get(start).text())) {
                types[start++] = null;
            }
            while (end > start && isTrailingJunk(sentence.get(end - 1).text())) {
                types[--end] = null;
            }
            if (span.type() == EntityType.PERSON) {
                while (start < end - 1 && titleLength(sentence, start, end) > 0) {
                    int length = titleLength(sentence, start, end);
                    for (int k = 0; k < length; k++) {
                        types[start++] = null;
                    }
                }
            }
            if (start < end && !isName(sentence, start, end)) {
                Arrays.fill(types, start, end, null);
            } else if (start < end && span.type() == EntityType.PERSON) {
                EntityType headType = heads.typeOf(sentence.get(end - 1).text());
                if (headType != null) { // "Karl Marx Avenue" is a street, not a person
                    Arrays.fill(types, start, end, headType);
                }
            }
        }
    }

    /** Length of the title (one or two words) starting at {@code start}, if a name still follows it; else 0. */
    private int titleLength(TaggedSentence sentence, int start, int end) {
        if (start + 2 < end && titles.endsTitle(sentence, start + 1) && !titles.isTitle(sentence.get(start + 1).text())) {
            return 2; // "Secretary General": only the pair is a title
        }
        return titles.isTitle(sentence.get(start).text()) ? 1 : 0;
    }

    private static boolean isLeadingJunk(String token) {
        return !TokenShape.hasLetterOrDigit(token) || token.equals("the") || POSSESSIVES.contains(token);
    }

    private static boolean isTrailingJunk(String token) {
        return !TokenShape.hasLetterOrDigit(token) || POSSESSIVES.contains(token);
    }

    private static boolean isName(TaggedSentence sentence, int start, int end) {
        if (end - start == 1 && (isPronoun(sentence.get(start).text()) || TIME_ZONES.contains(sentence.get(start).text()))) {
            return false;
        }
        for (int k = start; k < end; k++) {
            String token = sentence.get(k).text();
            if (TokenShape.hasUpper(token) || token.chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPronoun(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (!PRONOUNS.contains(lower)) {
            return false;
        }
        return token.equals(lower) || token.equals(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }

    /**
     * The character range {@code [start, end)} of {@code field} without surrounding quotes, brackets, punctuation,
     * whitespace and a trailing possessive; an empty range when nothing is left.
     */
    static int[] trim(String field, int start, int end) {
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            while (start < end && isEdgeChar(field.charAt(start))) {
                start++;
                changed = true;
            }
            if (end - start > 2 && (field.startsWith("'s", end - 2) || field.startsWith("’s", end - 2))) {
                end -= 2;
                changed = true;
            }
            while (end > start && isEdgeChar(field.charAt(end - 1))) {
                end--;
                changed = true;
            }
        }
        return new int[] {start, end};
    }

    /** Whitespace, quotes, brackets, punctuation and invisible format characters (zero-width joiner, BOM). */
    private static boolean isEdgeChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || EDGE_CHARS.indexOf(c) >= 0
                || Character.getType(c) == Character.FORMAT;
    }
}
