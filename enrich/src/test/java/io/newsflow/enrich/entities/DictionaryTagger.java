package io.newsflow.enrich.entities;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.nlp.EntityTagger;
import io.newsflow.enrich.nlp.TaggedSentence;
import io.newsflow.enrich.nlp.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the CRF in rule tests: splits words (hyphens inside words kept, "'s" apart) and
 * punctuation, one sentence per "." or blank line, and tags each word with the type a fixed dictionary gives it. So a
 * test states exactly what "the model" said and checks what the rules make of it.
 */
public final class DictionaryTagger implements EntityTagger {

    private static final Pattern TOKEN = Pattern.compile("['’]s\\b|[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*[\\p{L}\\p{N}]|\\S");

    private final Map<String, EntityType> tags;

    public DictionaryTagger(Map<String, EntityType> tags) {
        this.tags = tags;
    }

    @Override
    public List<TaggedSentence> tag(String text) {
        List<TaggedSentence> sentences = new ArrayList<>();
        List<TaggedToken> sentence = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            if (text.substring(previousEnd, m.start()).contains("\n\n") && !sentence.isEmpty()) {
                sentences.add(new TaggedSentence(sentence));
                sentence = new ArrayList<>();
            }
            sentence.add(new TaggedToken(m.group(), m.start(), m.end(), tags.get(m.group())));
            previousEnd = m.end();
            if (m.group().equals(".")) {
                sentences.add(new TaggedSentence(sentence));
                sentence = new ArrayList<>();
            }
        }
        if (!sentence.isEmpty()) {
            sentences.add(new TaggedSentence(sentence));
        }
        return sentences;
    }

    @Override
    public TaggedSentence tagTokens(List<String> words) {
        List<TaggedToken> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : words) {
            tokens.add(new TaggedToken(word, offset, offset + word.length(), tags.get(word)));
            offset += word.length() + 1;
        }
        return new TaggedSentence(tokens);
    }
}
