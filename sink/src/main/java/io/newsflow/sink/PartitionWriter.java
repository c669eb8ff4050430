package io.newsflow.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one assigned partition into the file store: the open segment (an articles file and, when there are bad
 * records, a rejected file, committed together) and what the store already held when the partition was assigned.
 *
 * <p>The store is the sink's only state. The articles files decide where to resume: after the highest last offset.
 * A segment commits its rejected file before its articles file, so a crash between the two renames leaves bad
 * records committed past that point; they are recognized by {@code rejectedUpTo} and not stored twice. The other
 * order would lose them.
 *
 * <p>Each article also goes to the {@link LatestView} as it is appended, made durable before its segment commits.
 */
final class PartitionWriter {

    /** What a commit made durable. {@code nextOffset} is the offset after the segment's last record. */
    record Committed(long articles, long rejected, long nextOffset) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PartitionWriter.class);

    private final String topic;
    private final int partition;
    private final Path articlesDir;
    private final Path rejectedDir;
    private final long maxFileBytes;
    private final long maxAgeNanos;
    private final long resumeOffset;
    private final LatestView latest;
    private long rejectedUpTo;
    private PendingFile articles;
    private PendingFile rejects;
    private long segmentStartNanos;
    private long nextOffset = -1;

    private PartitionWriter(SinkConfig config, int partition, long resumeOffset, long rejectedUpTo) {
        this.topic = config.topic();
        this.partition = partition;
        this.articlesDir = FileStore.partitionDir(config.out(), topic, partition);
        this.rejectedDir = FileStore.rejectedDir(config.out(), topic, partition);
        this.maxFileBytes = config.maxFileBytes();
        this.maxAgeNanos = config.maxFileAge().toNanos();
        this.resumeOffset = resumeOffset;
        this.rejectedUpTo = rejectedUpTo;
        this.latest = new LatestView(config.out(), topic);
    }

    /**
     * Reads what the store holds of the partition and deletes temporary files left by a killed run (or by an
     * instance that lost the partition: it will not commit them now).
     */
    static PartitionWriter recover(SinkConfig config, int partition) {
        String topic = config.topic();
        Path out = config.out();
        int deleted = deleteTemporary(FileStore.partitionDir(out, topic, partition))
                + deleteTemporary(FileStore.rejectedDir(out, topic, partition));
        List<StoredFile> articles = FileStore.list(FileStore.partitionDir(out, topic, partition), topic, partition);
        List<StoredFile> rejected = FileStore.list(FileStore.rejectedDir(out, topic, partition), topic, partition);
        reportOverlaps(topic, partition, articles);
        reportOverlaps(topic, partition, rejected);
        long resume = articles.stream().mapToLong(StoredFile::lastOffset).max().orElse(-2) + 1;
        long rejectedUpTo = rejected.stream().mapToLong(StoredFile::lastOffset).max().orElse(-1);
        LOG.info("event=partition_recovered topic={} partition={} files={} rejected_files={} resume_offset={}"
                        + " rejected_up_to={} temp_files_deleted={}",
                topic, partition, articles.size(), rejected.size(), resume < 0 ? "beginning" : resume, rejectedUpTo, deleted);
        return new PartitionWriter(config, partition, resume, rejectedUpTo);
    }

    int partition() {
        return partition;
    }

    /** The offset to consume from, or -1 when the store holds nothing of the partition (read it from the start). */
    long resumeOffset() {
        return resumeOffset;
    }

    /** Writes the record to the open segment; true when the segment has reached its size and should be committed. */
    boolean append(ConsumerRecord<byte[], byte[]> record) {
        ArticleLine.Rejection rejection = ArticleLine.check(record.value());
        if (rejection == null) {
            startSegmentIfNone();
            if (articles == null) {
                articles = PendingFile.open(articlesDir, topic, partition, record.offset(), "articles");
            }
            byte[] line = ArticleLine.of(record.value());
            articles.append(record.offset(), line);
            latest.offer(line);
        } else if (record.offset() <= rejectedUpTo) {
            LOG.debug("event=rejected_record_already_stored topic={} partition={} offset={}", topic, partition, record.offset());
        } else {
            LOG.warn("event=record_rejected topic={} partition={} offset={} reason={} detail=\"{}\"",
                    topic, partition, record.offset(), rejection.reason(), logSafe(rejection.detail()));
            startSegmentIfNone();
            if (rejects == null) {
                rejects = PendingFile.open(rejectedDir, topic, partition, record.offset(), "rejected");
            }
            rejects.append(record.offset(), RejectedRecord.line(record, rejection));
        }
        nextOffset = record.offset() + 1;
        return (articles != null && articles.bytes() >= maxFileBytes) || (rejects != null && rejects.bytes() >= maxFileBytes);
    }

    boolean isOpen() {
        return articles != null || rejects != null;
    }

    boolean isDue(long nowNanos) {
        return isOpen() && nowNanos - segmentStartNanos >= maxAgeNanos;
    }

    /** Commits the open segment, rejected file first (see the class comment); null when none is open. */
    Committed commit() {
        if (!isOpen()) {
            return null;
        }
        latest.sync(); // before the segment: the view is never behind the committed files (see LatestView)
        long rejectedCount = 0;
        if (rejects != null) {
            rejectedCount = rejects.records();
            rejectedUpTo = rejects.commit().lastOffset();
            rejects = null;
        }
        long articleCount = 0;
        if (articles != null) {
            articleCount = articles.records();
            articles.commit();
            articles = null;
        }
        return new Committed(articleCount, rejectedCount, nextOffset);
    }

    /** Drops the open segment without committing it. */
    void abandon() {
        latest.abandon();
        if (articles != null) {
            articles.abandon();
            articles = null;
        }
        if (rejects != null) {
            rejects.abandon();
            rejects = null;
        }
    }

    private void startSegmentIfNone() {
        if (!isOpen()) {
            segmentStartNanos = System.nanoTime();
        }
    }

    private static void reportOverlaps(String topic, int partition, List<StoredFile> files) {
        StoredFile reach = null; // the file reaching furthest so far
        for (StoredFile f : files) {
            if (reach != null && f.firstOffset() <= reach.lastOffset()) {
                LOG.error("event=overlapping_files topic={} partition={} files={},{}", topic, partition,
                        reach.path().getFileName(), f.path().getFileName());
            }
            if (reach == null || f.lastOffset() > reach.lastOffset()) {
                reach = f;
            }
        }
    }

    private static int deleteTemporary(Path dir) {
        int deleted = 0;
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path f : entries.filter(FileStore::isTemporary).toList()) {
                Files.deleteIfExists(f);
                deleted++;
            }
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir, e);
        }
        return deleted;
    }

    static String logSafe(String s) {
        String oneLine = s.replaceAll("[\\r\\n\\t]+", " ").replace('"', '\'');
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }
}
