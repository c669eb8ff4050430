package io.newsflow.enrich.nlp;

import io.newsflow.core.schema.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence as a tagger returns it. Tags are per token without B-/I- prefixes (the CRF's own IO scheme), so an
 * entity is a maximal run of tokens of one type.
 */
public record TaggedSentence(List<TaggedToken> tokens) {

    public TaggedSentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public TaggedToken get(int i) {
        return tokens.get(i);
    }

    public EntityType type(int i) {
        return tokens.get(i).type();
    }

    /** This sentence with the types given, one per token (null for outside). */
    public TaggedSentence withTypes(EntityType[] types) {
        if (types.length != tokens.size()) {
            throw new IllegalArgumentException(types.length + " types for " + tokens.size() + " tokens");
        }
        List<TaggedToken> retyped = new ArrayList<>(tokens.size());
        for (int i = 0; i < types.length; i++) {
            retyped.add(tokens.get(i).withType(types[i]));
        }
        return new TaggedSentence(retyped);
    }

    /** The types, one per token (null for outside), as a fresh array the caller may change. */
    public EntityType[] types() {
        EntityType[] types = new EntityType[tokens.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = tokens.get(i).type();
        }
        return types;
    }
}
