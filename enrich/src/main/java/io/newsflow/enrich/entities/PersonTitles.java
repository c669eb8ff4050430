package io.newsflow.enrich.entities;

import io.newsflow.enrich.nlp.TaggedSentence;
import java.util.HashSet;
import java.util.Set;

/** Titles written before a personal name ("President", "Mr", "Secretary General"), from gazetteer/person-titles.txt. */
final class PersonTitles {

    static final String RESOURCE = "gazetteer/person-titles.txt";

    private final Set<String> words = new HashSet<>();
    private final Set<String> pairs = new HashSet<>();

    PersonTitles(WordList titles) {
        for (String title : titles.entries()) {
            String[] parts = title.split(" ");
            if (parts.length == 1) {
                words.add(title);
            } else if (parts.length == 2) {
                pairs.add(title);
            } else {
                throw new IllegalArgumentException("titles have one or two words: " + title);
            }
        }
    }

    static PersonTitles load() {
        return new PersonTitles(WordList.load(RESOURCE));
    }

    boolean isTitle(String word) {
        return words.contains(word);
    }

    /** Whether token {@code i} ends a title: is one itself, or completes a two-word one ("Secretary General"). */
    boolean endsTitle(TaggedSentence sentence, int i) {
        String word = sentence.get(i).text();
        return words.contains(word) || (i > 0 && pairs.contains(sentence.get(i - 1).text() + " " + word));
    }
}
