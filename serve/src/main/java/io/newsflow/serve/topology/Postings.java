package io.newsflow.serve.topology;

import java.util.List;

/**
 * A page of the articles that name one entity, newest first, as one instance answers it from its entity index.
 *
 * @param type     entity type name
 * @param text     canonical text, as first seen
 * @param total    how many articles name it, in all
 * @param articles the newest of them (at most the page asked for), with their times
 */
public record Postings(String type, String text, int total, List<Posting> articles) {

    /**
     * How many of an entity's newest articles a search by words ({@code q}) looks through: the words are in the
     * articles, not in the index, so such a search reads articles until it has its page or has read this many.
     */
    public static final int SEARCHED = 2_000;

    /** One article in the list. */
    public record Posting(String id, long time) {
    }

    public Postings {
        articles = List.copyOf(articles);
    }
}
