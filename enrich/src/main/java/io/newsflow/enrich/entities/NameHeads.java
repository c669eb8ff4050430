package io.newsflow.enrich.entities;

import io.newsflow.core.schema.EntityType;
import java.util.HashMap;
import java.util.Map;

/** Last words of place and organization names and the type they give a name, from gazetteer/name-heads.txt. */
final class NameHeads {

    static final String RESOURCE = "gazetteer/name-heads.txt";

    private final Map<String, EntityType> heads = new HashMap<>();

    NameHeads(WordList lines) {
        for (String line : lines.entries()) {
            String[] parts = line.split(" ");
            if (parts.length != 2) {
                throw new IllegalArgumentException(RESOURCE + ": expected \"Word TYPE\": " + line);
            }
            heads.put(parts[0], EntityType.valueOf(parts[1]));
        }
    }

    static NameHeads load() {
        return new NameHeads(WordList.load(RESOURCE));
    }

    boolean contains(String word) {
        return heads.containsKey(word);
    }

    /** The type a name ending in this word has, or null. */
    EntityType typeOf(String word) {
        return heads.get(word);
    }
}
