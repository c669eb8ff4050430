package io.newsflow.enrich.nlp;

import io.newsflow.core.schema.EntityType;

/**
 * One token with the entity class a tagger gave it.
 *
 * @param text  the token exactly as written in the source ({@code source.substring(start, end)})
 * @param start first character in the tagged text (UTF-16 index)
 * @param end   one past the last character
 * @param type  entity class, or null when the token is outside any entity
 */
public record TaggedToken(String text, int start, int end, EntityType type) {

    public TaggedToken withType(EntityType newType) {
        return newType == type ? this : new TaggedToken(text, start, end, newType);
    }

    public boolean isOutside() {
        return type == null;
    }
}
