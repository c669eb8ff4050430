package io.newsflow.enrich.entities;

import io.newsflow.core.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tokens {@code [start, end)} of one sentence that form an entity of one type: a maximal run of equal tags, as the
 * CRF's IO tags define it.
 */
record TokenSpan(int start, int end, EntityType type) {

    static List<TokenSpan> of(EntityType[] types) {
        List<TokenSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < types.length) {
            if (types[i] == null) {
                i++;
                continue;
            }
            int start = i;
            while (i < types.length && Objects.equals(types[i], types[start])) {
                i++;
            }
            spans.add(new TokenSpan(start, i, types[start]));
        }
        return spans;
    }
}
