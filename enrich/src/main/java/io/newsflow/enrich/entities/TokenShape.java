package io.newsflow.enrich.entities;

import java.util.List;
import java.util.Set;

/** Cheap spelling tests on single tokens, the only evidence the rules use besides the model's tags. */
final class TokenShape {

    /** Lowercase words that may sit inside a personal name ("Charles de Gaulle", "Mohammed bin Salman"). */
    static final Set<String> NAME_PARTICLES =
            Set.of("de", "del", "della", "der", "di", "da", "dos", "du", "van", "von", "bin", "ibn", "al", "el", "la", "le");

    /** Sentence-initial words whose capital letter says nothing about a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of("A", "An", "The", "In", "On", "At", "By", "For", "From",
            "To", "Of", "With", "As", "And", "But", "Or", "If", "When", "While", "After", "Before", "Since", "Both",
            "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "There", "Here", "His", "Her",
            "Its", "Their", "Our", "My", "Your", "Some", "Many", "Most", "All", "No", "Not", "Now", "Then", "Also",
            "According", "During", "Under", "Over", "Despite", "Although", "Though", "Meanwhile", "However");

    /** Words that only headline style capitalizes inside a sentence. */
    private static final Set<String> HEADLINE_WORDS = Set.of("In", "On", "At", "Of", "For", "To", "With", "From",
            "After", "Over", "Into", "Amid", "Against", "As", "By", "And", "But", "Or", "Is", "Was", "Are", "Were",
            "Has", "Have", "Had", "Will", "Says", "Said", "Be", "Been");

    private TokenShape() {
    }

    static boolean startsUpper(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }

    static boolean hasUpper(String token) {
        return token.chars().anyMatch(Character::isUpperCase);
    }

    static boolean hasLower(String token) {
        return token.chars().anyMatch(Character::isLowerCase);
    }

    static boolean hasLetterOrDigit(String token) {
        return token.chars().anyMatch(Character::isLetterOrDigit);
    }

    static boolean isFunctionWord(String token) {
        return FUNCTION_WORDS.contains(token);
    }

    /**
     * Looks like (part of) a personal name: a capitalized word of letters, hyphens, apostrophes and periods with
     * some lowercase ("Tokayev", "Kassym-Jomart", "O'Brien"), or an initial ("J.").
     */
    static boolean isNameShaped(String token) {
        if (!startsUpper(token)) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') {
                return false;
            }
        }
        boolean initial = token.length() == 2 && token.charAt(1) == '.';
        return initial || (token.length() > 1 && hasLower(token));
    }

    /** Mostly upper-case text (a shouted headline) where case carries no information. */
    static boolean isShouting(List<String> tokens) {
        int words = 0;
        int upper = 0;
        for (String token : tokens) {
            if (token.length() > 1 && Character.isLetter(token.charAt(0))) {
                words++;
                if (!hasLower(token)) {
                    upper++;
                }
            }
        }
        return words >= 4 && upper * 2 > words;
    }

    /**
     * Headline-style text ("Kazakhstan Unrest Was Coup Attempt, Says President"), where a capital does not mark a
     * name. The telling sign is a capitalized preposition, conjunction or auxiliary right after a word: running text
     * never writes them so, however many names a sentence holds.
     */
    static boolean isTitleCase(List<String> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            String previous = tokens.get(i - 1);
            if (HEADLINE_WORDS.contains(tokens.get(i)) && !previous.isEmpty()
                    && Character.isLetterOrDigit(previous.charAt(previous.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
