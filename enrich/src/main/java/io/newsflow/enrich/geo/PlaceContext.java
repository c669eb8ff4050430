package io.newsflow.enrich.geo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the words around a name say it is a place, whatever the tagger called it: a locative preposition before it
 * ("in Livorno", "across Georgia"), "the city of" before it, a possessive that only places have after it ("Tonga's
 * government", "Perth's mayor"), a division's word ("Ontario province") or an office and its holder ("Connecticut
 * Governor Ned Lamont") after it.
 */
final class PlaceContext {

    /** Prepositions after which a name is a place far more often than a person or a company. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "across", "throughout", "outside",
            "inside", "around", "within", "into", "to", "toward", "towards", "via", "off");
    /** The subset for a name tagged as a person: "a letter from Victoria", "angry at Jordan" are people. */
    private static final Set<String> LOCATIVE_FOR_A_PERSON = Set.of("in", "near", "across", "throughout", "outside",
            "inside", "around", "within", "into");
    private static final Pattern PLACE_NOUN_OF = Pattern.compile(
            "\\b(?:city|town|capital|village|state|province|region|country|county|island|port|municipality|district)"
                    + "\\s+of\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_POSSESSIVE = Pattern.compile(
            "^(?:'s|’s)\\s+(?:[a-z-]+\\s+)?(?:government|president|prime minister|capital|cities|city|people|population"
                    + "|economy|borders?|army|military|parliament|police|mayor|governor|premier|king|queen|ministers?|ministry"
                    + "|embassy|coast|largest|biggest|second-largest|authorities|officials|streets|residents|citizens"
                    + "|inhabitants|suburbs|outskirts|centre|center|downtown)\\b");
    private static final Pattern DIVISION_WORD = Pattern.compile(
            "^\\s+(?:province|region|state|oblast|county|district|prefecture|governorate)\\b");

    /** An office held in a place, written before its holder's name: "Connecticut Governor Ned Lamont". */
    private static final Pattern OFFICE_AFTER = Pattern.compile(
            "^\\s+(?:Governor|Lieutenant Governor|Mayor|Premier|President|Prime Minister|Senator|Sen\\.|Representative"
                    + "|Rep\\.|Congressman|Congresswoman|Attorney General|Secretary of State|Chief Minister|First Minister"
                    + "|Foreign Minister|Interior Minister|Defen[cs]e Minister|Health Minister)\\s+\\p{Lu}");

    private PlaceContext() {
    }

    /**
     * True when the text around {@code [start, end)} says the name there is a place. {@code person}: the tagger
     * called it a person, so only the prepositions that rarely govern a person count.
     */
    static boolean saysPlace(String text, int start, int end, boolean person) {
        String before = text.substring(Math.max(0, start - 40), start);
        String after = text.substring(end, Math.min(text.length(), end + 40));
        String word = wordBefore(before);
        if (word != null && (person ? LOCATIVE_FOR_A_PERSON : LOCATIVE).contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return PLACE_NOUN_OF.matcher(before).find() || PLACE_POSSESSIVE.matcher(after).find()
                || DIVISION_WORD.matcher(after).find() || OFFICE_AFTER.matcher(after).find();
    }

    /** True when an office and a capitalized name follow {@code end}: "[Connecticut] Governor Ned Lamont". */
    static boolean titleFollows(String text, int end) {
        return OFFICE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find();
    }

    /** The word just before a name, separated from it by spaces only, or null. */
    private static String wordBefore(String before) {
        int end = before.length();
        int i = end;
        while (i > 0 && before.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == end) {
            return null;
        }
        int wordEnd = i;
        while (i > 0 && Character.isLetter(before.charAt(i - 1))) {
            i--;
        }
        return i == wordEnd ? null : before.substring(i, wordEnd);
    }
}
