package io.newsflow.enrich.entities;

import io.newsflow.core.schema.EntityType;
import io.newsflow.enrich.nlp.TaggedSentence;
import io.newsflow.enrich.nlp.TaggedToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences for rule tests in a compact notation: tokens separated by spaces, a tag after a slash
 * ({@code "President/PER Putin/PER said"}; PER, LOC, ORG, MISC), and back to the same notation for assertions.
 */
final class Tagged {

    private Tagged() {
    }

    static TaggedSentence sentence(String notation) {
        List<TaggedToken> tokens = new ArrayList<>();
        int offset = 0;
        for (String item : notation.split(" ")) {
            int slash = item.lastIndexOf('/');
            boolean tagged = slash > 0 && slash < item.length() - 1;
            String word = tagged ? item.substring(0, slash) : item;
            EntityType type = tagged ? type(item.substring(slash + 1)) : null;
            tokens.add(new TaggedToken(word, offset, offset + word.length(), type));
            offset += word.length() + 1;
        }
        return new TaggedSentence(tokens);
    }

    static String notation(TaggedSentence sentence) {
        return notation(sentence, sentence.types());
    }

    static String notation(TaggedSentence sentence, EntityType[] types) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(sentence.get(i).text());
            if (types[i] != null) {
                out.append('/').append(abbreviation(types[i]));
            }
        }
        return out.toString();
    }

    private static EntityType type(String abbreviation) {
        return switch (abbreviation) {
            case "PER" -> EntityType.PERSON;
            case "LOC" -> EntityType.LOCATION;
            case "ORG" -> EntityType.ORGANIZATION;
            case "MISC" -> EntityType.MISC;
            default -> throw new IllegalArgumentException("unknown tag " + abbreviation);
        };
    }

    private static String abbreviation(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case LOCATION -> "LOC";
            case ORGANIZATION -> "ORG";
            case MISC -> "MISC";
        };
    }
}
