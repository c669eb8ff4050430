package io.newsflow.ingest.follow;

import io.newsflow.ingest.read.ReaderOptions;
import io.newsflow.ingest.web.ArticleExtractor;
import io.newsflow.ingest.web.PoliteFetcher;
import java.time.Clock;

/** What every source's poller shares: the web, the state, the topic, the meters and the limits. */
record FollowContext(PoliteFetcher fetcher, ArticleExtractor extractor, IngestState state, ArticlePublisher publisher,
                     ReaderOptions readerOptions, SourceMetrics metrics, int maxAttempts, int maxItemsPerPoll,
                     int minBodyChars, Clock clock) {
}
