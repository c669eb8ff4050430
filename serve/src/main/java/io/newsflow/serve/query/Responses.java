package io.newsflow.serve.query;

import java.util.List;

/** The bodies of the public API's answers. */
public final class Responses {

    private Responses() {
    }

    /** {@code /api/articles}: newest first. */
    public record ArticleList(int count, List<ArticleSummary> articles) {
    }

    /** {@code /api/entities/trending}: the window's bounds and the entities, best score first. */
    public record Trending(String window, String from, String to, List<TrendingEntity> entities) {
    }

    /** An entity seen in the same articles as another one. */
    public record Cooccurring(String type, String text, int articles) {
    }

    /**
     * {@code /api/entities/{type}/{text}}.
     *
     * @param articles      how many articles name it (up to the index's bound)
     * @param mentionsByDay its mentions per day
     * @param cooccurring   the entities most often named in its newest articles
     * @param latest        its newest articles
     */
    public record EntityView(String type, String text, int articles, List<TimelinePoint> mentionsByDay,
                             List<Cooccurring> cooccurring, List<ArticleSummary> latest) {
    }

    /** {@code /api/events} and {@code /api/countries}. */
    public record Counts(String event, String by, String since, long total, List<TallyRow> counts) {
    }
}
