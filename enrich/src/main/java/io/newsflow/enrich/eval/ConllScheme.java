package io.newsflow.enrich.eval;

import java.util.List;

/**
 * How a CoNLL file marks entity boundaries.
 * <ul>
 *   <li>IO: only I-X (or a bare X); two entities of one type side by side read as one (WikiGold).</li>
 *   <li>IOB1: I-X, with B-X only where an entity directly follows one of the same type (CoNLL-2003).</li>
 *   <li>IOB2: every entity starts with B-X.</li>
 * </ul>
 */
public enum ConllScheme {
    IO, IOB1, IOB2;

    /**
     * The scheme of these tag sequences: IOB2 if some B- follows O or another type, IOB1 if B- only ever follows its
     * own type, IO without any B-.
     */
    public static ConllScheme detect(List<List<String>> sentences) {
        boolean anyBegin = false;
        for (List<String> tags : sentences) {
            String previousType = null;
            for (String tag : tags) {
                String type = ConllChunks.typeOf(tag);
                if (tag.startsWith("B-")) {
                    anyBegin = true;
                    if (!type.equals(previousType)) {
                        return IOB2;
                    }
                }
                previousType = type;
            }
        }
        return anyBegin ? IOB1 : IO;
    }
}
