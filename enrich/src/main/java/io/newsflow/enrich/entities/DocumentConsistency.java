package io.newsflow.enrich.entities;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.nlp.TaggedSentence;
import io.newsflow.enrich.nlp.TaggedToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One name, one type, within a document. The CRF tags each sentence on its own, so the same name can be a PERSON in
 * one sentence, an ORGANIZATION in the next and untagged in a third. This rule
 * <ol>
 *   <li>retypes every occurrence of a tagged name to the type most of its occurrences got (a tie keeps each tag);</li>
 *   <li>tags untagged repeats of a tagged capitalized name, unless the repeat continues a longer capitalized name,
 *       or is one word opening a sentence (where any word is capitalized) other than a person's name whose
 *       lowercase form the document never uses ("Stamenković said" is tagged, "May" in a text that says "may" is
 *       not);</li>
 *   <li>with {@code surnames}, a multi-word person's last name standing alone is that person: tagged PERSON where
 *       untagged, retyped where the model called it something else ("Duda" as an organization after "Andrzej
 *       Duda"), unless the gazetteer knows the word as a place or organization ("Washington").</li>
 * </ol>
 * MISC names are not propagated: the class is too mixed (titles, events, nationalities) for a repeat to share the
 * tag, which WikiGold confirms (propagating them costs 0.2 F1). Linear in the document's tokens.
 */
final class DocumentConsistency {

    private final boolean surnames;
    private final Gazetteer gazetteer;

    /** With {@code surnames}, a multi-word person's last name is that person wherever it stands alone. */
    DocumentConsistency(boolean surnames, Gazetteer gazetteer) {
        this.surnames = surnames;
        this.gazetteer = gazetteer;
    }

    /** Applies the rule in place to the types of a document's sentences. */
    void apply(List<TaggedSentence> sentences, List<EntityType[]> types) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (TokenSpan span : TokenSpan.of(types.get(s))) {
                String name = key(sentences.get(s), span.start(), span.end());
                votes.computeIfAbsent(name, k -> new EnumMap<>(EntityType.class)).merge(span.type(), 1, Integer::sum);
            }
        }
        Map<String, EntityType> names = new HashMap<>();
        votes.forEach((name, counts) -> {
            EntityType winner = winner(counts);
            if (winner != null && winner != EntityType.MISC) {
                names.put(name, winner);
            }
        });
        if (surnames) {
            addSurnames(names);
        }
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String name : names.keySet()) {
            String[] words = name.split(" ");
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        byFirst.values().forEach(list -> list.sort((a, b) -> b.length - a.length));
        Set<String> lowercaseWords = new HashSet<>();
        for (TaggedSentence sentence : sentences) {
            for (TaggedToken token : sentence.tokens()) {
                if (!token.text().isEmpty() && Character.isLowerCase(token.text().charAt(0))) {
                    lowercaseWords.add(token.text());
                }
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            retype(sentences.get(s), types.get(s), names);
            fill(sentences.get(s), types.get(s), names, byFirst, lowercaseWords);
        }
    }

    /** The type with the most votes; null on a tie, where no occurrence is changed. */
    private static EntityType winner(Map<EntityType, Integer> counts) {
        EntityType best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private void addSurnames(Map<String, EntityType> names) {
        List<String> surnames = new ArrayList<>();
        names.forEach((name, type) -> {
            int space = name.lastIndexOf(' ');
            if (type == EntityType.PERSON && space > 0) {
                surnames.add(name.substring(space + 1));
            }
        });
        for (String surname : surnames) {
            boolean suffix = surname.endsWith("."); // "Jr."
            if (!suffix && TokenShape.isNameShaped(surname) && gazetteer.typeOf(surname) == null) {
                names.put(surname, EntityType.PERSON);
            }
        }
    }

    private static void retype(TaggedSentence sentence, EntityType[] types, Map<String, EntityType> names) {
        for (TokenSpan span : TokenSpan.of(types)) {
            EntityType type = names.get(key(sentence, span.start(), span.end()));
            if (type != null && type != span.type()) {
                Arrays.fill(types, span.start(), span.end(), type);
            }
        }
    }

    private static void fill(TaggedSentence sentence, EntityType[] types, Map<String, EntityType> names,
                             Map<String, List<String[]>> byFirst, Set<String> lowercaseWords) {
        int i = 0;
        while (i < types.length) {
            int matched = 0;
            if (types[i] == null) {
                for (String[] words : byFirst.getOrDefault(sentence.get(i).text(), List.of())) {
                    EntityType type = names.get(String.join(" ", words));
                    if (fits(sentence, types, i, words, type, lowercaseWords)) {
                        Arrays.fill(types, i, i + words.length, type);
                        matched = words.length;
                        break;
                    }
                }
            }
            i += Math.max(1, matched);
        }
    }

    private static boolean fits(TaggedSentence sentence, EntityType[] types, int start, String[] words,
                                EntityType type, Set<String> lowercaseWords) {
        int end = start + words.length;
        if (end > types.length || !TokenShape.startsUpper(words[0])) {
            return false;
        }
        if (words.length == 1 && start == 0
                && (type != EntityType.PERSON || lowercaseWords.contains(words[0].toLowerCase(Locale.ROOT)))) {
            return false; // a capital opening a sentence is no evidence, except for a known person's name
        }
        for (int k = 0; k < words.length; k++) {
            if (types[start + k] != null || !sentence.get(start + k).text().equals(words[k])) {
                return false;
            }
        }
        return !capitalizedUntagged(sentence, types, start - 1) && !capitalizedUntagged(sentence, types, end);
    }

    private static boolean capitalizedUntagged(TaggedSentence sentence, EntityType[] types, int i) {
        if (i < 0 || i >= types.length || types[i] != null) {
            return false;
        }
        String token = sentence.get(i).text();
        return i > 0 && TokenShape.startsUpper(token) && !TokenShape.isFunctionWord(token);
    }

    private static String key(TaggedSentence sentence, int start, int end) {
        StringBuilder key = new StringBuilder();
        for (int k = start; k < end; k++) {
            if (k > start) {
                key.append(' ');
            }
            key.append(sentence.get(k).text());
        }
        return key.toString();
    }
}
