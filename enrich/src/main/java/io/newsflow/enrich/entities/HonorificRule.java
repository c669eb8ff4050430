package io.newsflow.enrich.entities;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.nlp.TaggedSentence;
import io.newsflow.enrich.nlp.TaggedToken;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A capitalized name right after a person's title is a PERSON: "former President Nursultan Nazarbayev",
 * "President Kassym-Jomart Tokayev". The CRF, trained on 1996 Reuters, often misses names it has never seen even in
 * this position. The title itself stays outside the name.
 *
 * <p>Only fills tokens the model left untagged or tagged PERSON (never overrides a place or organization), takes at
 * most {@link #MAX_NAME_TOKENS} words, gives up on runs containing a place or organization head word ("King
 * Street") and is off for headline-style capitalized text, where a capital does not mark a name.
 *
 * <p>One longer pattern does override the model: title, "of"/"to", a gazetteer place or organization, then a name
 * ("President of the United States Donald Trump", "Ambassador to the United Nations Nikki Haley"), which the model
 * tends to read as one long place. The gazetteer name keeps its type and the name after it becomes the PERSON.
 */
final class HonorificRule {

    static final int MAX_NAME_TOKENS = 4;
    private static final Set<String> OF_WORDS = Set.of("of", "to", "for");

    private final PersonTitles titles;
    private final NameHeads heads;
    private final Gazetteer gazetteer;

    HonorificRule(PersonTitles titles, NameHeads heads, Gazetteer gazetteer) {
        this.titles = titles;
        this.heads = heads;
        this.gazetteer = gazetteer;
    }

    void apply(TaggedSentence sentence, EntityType[] types) {
        List<String> words = sentence.tokens().stream().map(TaggedToken::text).toList();
        if (TokenShape.isTitleCase(words) || TokenShape.isShouting(words)) {
            return;
        }
        for (int i = 0; i < types.length - 1; i++) {
            if (!titles.endsTitle(sentence, i) || titles.endsTitle(sentence, i + 1)
                    || types[i] != null && types[i] != EntityType.PERSON) {
                continue;
            }
            int end = OF_WORDS.contains(words.get(i + 1))
                    ? titleOfPlaceName(sentence, words, types, i + 2)
                    : titledName(words, types, i + 1);
            i = Math.max(i, end - 1);
        }
    }

    /** Tags the name after a title; returns the end of the name, or the start when there is none. */
    private int titledName(List<String> words, EntityType[] types, int start) {
        int end = nameEnd(words, types, start, false);
        if (end > start && needsTag(types, start, end) && !hasHeadWord(words, start, end)) {
            Arrays.fill(types, start, end, EntityType.PERSON);
            return end;
        }
        return start;
    }

    /** "[title] of (the) PLACE Name Surname": tags place and name; returns the end, or the start when no match. */
    private int titleOfPlaceName(TaggedSentence sentence, List<String> words, EntityType[] types, int start) {
        int place = start < words.size() && words.get(start).equals("the") ? start + 1 : start;
        if (place >= words.size()) {
            return start;
        }
        Gazetteer.Match match = gazetteer.longestAt(sentence, place);
        if (match == null || match.type() == EntityType.MISC) {
            return start;
        }
        int nameStart = place + match.length();
        int end = nameEnd(words, types, nameStart, true);
        if (end == nameStart || hasHeadWord(words, nameStart, end) || gazetteer.longestAt(sentence, nameStart) != null) {
            return start;
        }
        Arrays.fill(types, place, nameStart, match.type());
        Arrays.fill(types, nameStart, end, EntityType.PERSON);
        return end;
    }

    /** End of the run of name words starting at {@code start} (== start when there is none). */
    private int nameEnd(List<String> words, EntityType[] types, int start, boolean anyTag) {
        int end = start;
        while (end < words.size() && end - start < MAX_NAME_TOKENS
                && (anyTag || types[end] == null || types[end] == EntityType.PERSON)) {
            String word = words.get(end);
            boolean name = TokenShape.isNameShaped(word) && !titles.isTitle(word);
            boolean particle = end > start && TokenShape.NAME_PARTICLES.contains(word)
                    && end + 1 < words.size() && TokenShape.isNameShaped(words.get(end + 1));
            if (!name && !particle) {
                break;
            }
            end++;
        }
        return end;
    }

    private static boolean needsTag(EntityType[] types, int start, int end) {
        for (int k = start; k < end; k++) {
            if (types[k] == null) {
                return true;
            }
        }
        return false;
    }

    private boolean hasHeadWord(List<String> words, int start, int end) {
        for (int k = start; k < end; k++) {
            if (heads.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }
}
