package io.newsflow.serve.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The articles that name one entity, newest first, at most {@link #MAX} of them (the oldest fall off).
 *
 * @param type     entity type name
 * @param text     canonical text, as first seen
 * @param articles article ids with their times, newest first
 */
public record Postings(String type, String text, List<Posting> articles) {

    /** Bounds a store value's size for names that every article has. */
    public static final int MAX = 2_000;

    private static final Comparator<Posting> NEWEST_FIRST =
            Comparator.comparingLong(Posting::time).reversed().thenComparing(Posting::id);

    /** One article in the list. */
    public record Posting(String id, long time) {
    }

    public Postings {
        articles = List.copyOf(articles);
    }

    public Postings with(String id, long time) {
        List<Posting> next = new ArrayList<>(articles.size() + 1);
        for (Posting p : articles) {
            if (!p.id().equals(id)) {
                next.add(p);
            }
        }
        Posting added = new Posting(id, time);
        int at = 0;
        while (at < next.size() && NEWEST_FIRST.compare(next.get(at), added) < 0) {
            at++;
        }
        next.add(at, added);
        return new Postings(type, text, next.size() > MAX ? next.subList(0, MAX) : next);
    }

    public Postings without(String id) {
        return new Postings(type, text, articles.stream().filter(p -> !p.id().equals(id)).toList());
    }
}
