package io.newsflow.serve.query;

/**
 * An entity's recent mentions against its usual rate.
 *
 * @param recent   mentions in the window
 * @param baseline mean mentions per window over the windows before it
 * @param score    {@code recent / (1 + baseline)}: a name that suddenly appears ranks above one that is always there
 */
public record TrendingEntity(String type, String text, long recent, double baseline, double score) {

    static TrendingEntity of(String type, String text, long recent, double baseline) {
        return new TrendingEntity(type, text, recent, baseline, recent / (1.0 + baseline));
    }
}
