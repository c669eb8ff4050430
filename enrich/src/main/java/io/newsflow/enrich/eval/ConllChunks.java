package io.newsflow.enrich.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Entity spans from a sentence's tags, as conlleval reads them: a chunk starts at B-X, or at I-X (or bare X) after
 * O or another type, and runs while I-X follows. This one reading serves IO, IOB1 and IOB2 alike.
 */
public final class ConllChunks {

    /** An entity span: tokens {@code [start, end)} of type {@code type} (PER, LOC, ORG, MISC, ...). */
    public record Chunk(int start, int end, String type) {
    }

    private ConllChunks() {
    }

    public static List<Chunk> of(List<String> tags) {
        List<Chunk> chunks = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String tagType = typeOf(tag);
            boolean continues = type != null && tagType != null && tagType.equals(type) && !tag.startsWith("B-");
            if (!continues) {
                if (type != null) {
                    chunks.add(new Chunk(start, i, type));
                }
                start = i;
                type = tagType;
            }
        }
        return chunks;
    }

    /** The entity type of a tag, with long class names shortened (PERSON is PER); null for O. */
    public static String typeOf(String tag) {
        if (tag == null || tag.equals("O") || tag.isEmpty()) {
            return null;
        }
        String type = tag.length() > 2 && tag.charAt(1) == '-' && "BI".indexOf(tag.charAt(0)) >= 0
                ? tag.substring(2) : tag;
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "PERSON", "PER" -> "PER";
            case "LOCATION", "LOC" -> "LOC";
            case "ORGANIZATION", "ORGANISATION", "ORG" -> "ORG";
            case "MISC", "MISCELLANEOUS" -> "MISC";
            default -> type;
        };
    }

    /** Tags in the IO scheme: every B-X as I-X, so side-by-side entities of one type merge as IO gold reads them. */
    public static List<String> toIo(List<String> tags) {
        return tags.stream().map(t -> t.startsWith("B-") ? "I-" + t.substring(2) : t).toList();
    }
}
