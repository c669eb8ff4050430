package io.newsflow.ingest.follow;

/**
 * What the state topic remembers of one item of one source.
 *
 * @param status    {@link #PUBLISHED}, {@link #RETRYING} (its page could not be fetched yet) or {@link #GIVEN_UP}
 * @param attempts  page fetches tried so far
 * @param url       the item's link, or null
 * @param articleId the id it was published with, or null
 * @param at        ISO-8601 instant of this state
 * @param error     the last fetch error, or null
 */
public record ItemState(String status, int attempts, String url, String articleId, String at, String error) {

    public static final String PUBLISHED = "published";
    public static final String RETRYING = "retrying";
    public static final String GIVEN_UP = "given-up";

    /** Nothing more is to be done for it: published, or reported and given up. */
    public boolean settled() {
        return PUBLISHED.equals(status) || GIVEN_UP.equals(status);
    }
}
