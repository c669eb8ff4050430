package io.newsflow.ingest.read;

import io.newsflow.core.schema.RawArticle;
import java.util.List;

/**
 * Feed items as the feed gives them, for callers that decide per item what to do (follow mode fetches the page of
 * an item that has only a link or a summary), and the completion that turns such a draft into a publishable article.
 */
public final class FeedItems {

    private FeedItems() {
    }

    /**
     * The items of an RSS 0.9x/2.0, RSS 1.0 or Atom feed, in feed order, each a draft with the fields the feed gives
     * (url resolved against the feed, title and body as plain text, any may be null; no id). An unreadable feed is
     * reported to {@code options.onFailure()} under {@code name} and gives no items.
     */
    public static List<RawArticle> drafts(byte[] feed, String feedUrl, String name, ReaderOptions options) {
        InputContext ctx = new InputContext(name, "web", options);
        return FeedArticles.read(feed, feedUrl, ctx).map(Draft::article).toList();
    }

    /**
     * The article ingest would publish for {@code draft}: text cleaned, defaults filled in from {@code options},
     * the id derived; or null after reporting why it is not one (no title, no body).
     */
    public static RawArticle complete(RawArticle draft, String name, String item, ReaderOptions options) {
        InputContext ctx = new InputContext(name, "web", options);
        return ctx.complete(new Draft(draft, 0, item, true));
    }
}
