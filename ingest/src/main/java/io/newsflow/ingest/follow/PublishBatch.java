package io.newsflow.ingest.follow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The items one poll sent, each remembered as published in the state topic only once the broker has acknowledged
 * all of its articles. An item whose send failed is not remembered, so the next poll sends it again.
 */
final class PublishBatch {

    private static final Logger LOG = LoggerFactory.getLogger(PublishBatch.class);

    private record Sent(String itemKey, String url, String articleId, List<Future<RecordMetadata>> sends) {
    }

    private final String source;
    private final FollowContext ctx;
    private final List<Sent> sent = new ArrayList<>();

    PublishBatch(String source, FollowContext ctx) {
        this.source = source;
        this.ctx = ctx;
    }

    void add(String itemKey, String url, String articleId, List<Future<RecordMetadata>> sends) {
        sent.add(new Sent(itemKey, url, articleId, sends));
    }

    /** Waits for the broker's acknowledgements, in send order, and writes the state of each acknowledged item. */
    void settle(PollTally tally) throws InterruptedException {
        for (Sent s : sent) {
            try {
                for (Future<RecordMetadata> f : s.sends()) {
                    f.get();
                }
            } catch (ExecutionException e) {
                tally.errors++;
                LOG.warn("event=source_publish_failed source={} item={} reason=\"{}\"", source, s.itemKey(),
                        e.getCause());
                continue;
            }
            tally.published += s.sends().size();
            ctx.state().put(source, s.itemKey(), new ItemState(ItemState.PUBLISHED, 0, s.url(), s.articleId(),
                    Instant.now(ctx.clock()).toString(), null));
        }
        sent.clear();
        ctx.state().flush();
    }
}
