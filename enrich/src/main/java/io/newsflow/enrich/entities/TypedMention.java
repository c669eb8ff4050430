package io.newsflow.enrich.entities;

import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Mention;

/** A cleaned mention with the type its tokens were tagged with, before grouping into entities. */
record TypedMention(Mention mention, EntityType type) {

    String text() {
        return mention.text();
    }

    /** Title before body, then position. */
    static int compare(Mention a, Mention b) {
        int field = Integer.compare(fieldRank(a), fieldRank(b));
        return field != 0 ? field : Integer.compare(a.start(), b.start());
    }

    private static int fieldRank(Mention mention) {
        return Mention.TITLE.equals(mention.field()) ? 0 : 1;
    }
}
