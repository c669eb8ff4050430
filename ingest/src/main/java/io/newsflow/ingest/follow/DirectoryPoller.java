package io.newsflow.ingest.follow;

import io.newsflow.core.schema.RawArticle;
import io.newsflow.ingest.read.ArticleReaders;
import io.newsflow.ingest.read.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a local directory: every file below it with a known extension that is not hidden is read once (all its
 * articles) and remembered by its path relative to the directory. A file should appear whole: written under a
 * hidden name or another extension, then renamed, so that a poll never reads it half written.
 */
final class DirectoryPoller implements SourcePoller {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryPoller.class);

    private final SourceSpec spec;
    private final FollowContext ctx;

    DirectoryPoller(SourceSpec spec, FollowContext ctx) {
        this.spec = spec;
        this.ctx = ctx;
    }

    @Override
    public void poll(PollTally tally) throws InterruptedException {
        Path dir = spec.directory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> !hidden(dir.relativize(p)) && Files.isRegularFile(p)
                            && InputFormat.fromFileName(p.getFileName().toString()).isPresent())
                    .sorted().toList();
        } catch (IOException | RuntimeException e) {
            tally.errors++;
            tally.failure = "cannot list the directory: " + e.getClass().getSimpleName();
            ctx.metrics().fetchError(spec.label(), "unreadable");
            return;
        }
        PublishBatch batch = new PublishBatch(spec.label(), ctx);
        int taken = 0;
        for (Path file : files) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            String key = "file:" + dir.relativize(file).toString().replace('\\', '/');
            tally.seen++;
            ItemState known = ctx.state().item(spec.label(), key);
            if (known != null && known.settled()) {
                tally.skipped++;
                continue;
            }
            if (taken++ >= ctx.maxItemsPerPoll()) {
                continue;
            }
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            var options = ctx.readerOptions().withOnFailure(f -> {
                tally.errors++;
                LOG.warn("event=source_item_skipped source={} file={} line={} reason=\"{}\"", spec.label(), f.input(),
                        f.line(), f.reason());
            });
            if (spec.name() != null) {
                options = options.withSource(spec.name());
            }
            try (Stream<RawArticle> articles = ArticleReaders.read(file.toString(), options)) {
                Iterator<RawArticle> it = articles.iterator();
                while (it.hasNext()) {
                    sends.add(ctx.publisher().send(it.next()));
                }
            }
            batch.add(key, file.toUri().toString(), null, sends);
        }
        batch.settle(tally);
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
