package io.newsflow.ingest.follow;

import io.newsflow.core.config.Setting;
import java.time.Duration;
import java.util.List;

/** The options of {@code ingest --follow}, on top of ingest's own and the web fetcher's. */
public final class FollowSettings {

    public static final Setting<Boolean> FOLLOW = Setting.flag("follow",
            "Run until SIGTERM, re-reading every source on its schedule and publishing only what is new.");
    public static final Setting<String> SOURCES = Setting.string("sources", "",
            "With --follow: a file of sources, one a line: LOCATION [interval=DURATION] [source=NAME]; "
                    + "# starts a comment. Re-read when it changes.");
    public static final Setting<Duration> POLL_INTERVAL = Setting.duration("poll-interval", "5m",
                    "With --follow: how often each source is re-read, unless its line in --sources gives its own.")
            .validatedBy(v -> v.isZero() ? "must be positive" : null);
    public static final Setting<Integer> MAX_ATTEMPTS = Setting.integer("max-attempts", 5, 1, 1000,
            "With --follow: polls on which an item's page fetch is tried before the item is reported as given up.");
    public static final Setting<String> STATE_TOPIC = Setting.string("state-topic", "news.ingest-state",
            "With --follow: the compacted topic that remembers, per source and item, what was published; "
                    + "created when missing.");
    public static final Setting<Integer> MAX_ITEMS_PER_POLL = Setting.integer("max-items-per-poll", 1000, 1, 1_000_000,
            "With --follow: new items taken from one source per poll; the rest wait for the next poll.");
    public static final Setting<Integer> MIN_BODY_CHARS = Setting.integer("min-body-chars", 400, 0, 1_000_000,
            "With --follow: a feed item whose text is shorter is a summary, and its page is fetched for the article.");

    /** Follow's own settings; the ingest command declares them with the web fetcher's. */
    public static final List<Setting<?>> SETTINGS = List.of(FOLLOW, SOURCES, POLL_INTERVAL, MAX_ATTEMPTS,
            STATE_TOPIC, MAX_ITEMS_PER_POLL, MIN_BODY_CHARS);

    private FollowSettings() {
    }
}
