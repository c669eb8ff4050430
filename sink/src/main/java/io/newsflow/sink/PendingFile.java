package io.newsflow.sink;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file of the store while it is being written: lines go to a hidden temporary file, which {@link #commit()} syncs
 * and renames, in one atomic step, to its final name carrying the offsets of its first and last line. Readers thus
 * see a file whole or not at all.
 */
final class PendingFile {

    private static final Logger LOG = LoggerFactory.getLogger(PendingFile.class);
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path dir;
    private final String topic;
    private final int partition;
    private final String kind;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream out;
    private long firstOffset = -1;
    private long lastOffset = -1;
    private long records;
    private long bytes;

    private PendingFile(Path dir, String topic, int partition, String kind, Path temporary, FileChannel channel) {
        this.dir = dir;
        this.topic = topic;
        this.partition = partition;
        this.kind = kind;
        this.temporary = temporary;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
    }

    /** {@code kind} names the file's content in the log: {@code articles} or {@code rejected}. */
    static PendingFile open(Path dir, String topic, int partition, long firstOffset, String kind) {
        Fsync.createDirectories(dir);
        Path temporary = dir.resolve(FileStore.temporaryName(topic, partition, firstOffset));
        try {
            // A file of that name can only be a leftover of a killed run; what it holds is not committed.
            FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            return new PendingFile(dir, topic, partition, kind, temporary, channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + temporary, e);
        }
    }

    void append(long offset, byte[] line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temporary, e);
        }
        if (firstOffset < 0) {
            firstOffset = offset;
        }
        lastOffset = offset;
        records++;
        bytes += line.length + 1;
    }

    long bytes() {
        return bytes;
    }

    long records() {
        return records;
    }

    /** Syncs, renames to the final name and syncs the directory: from then on the file survives any crash. */
    StoredFile commit() {
        Path target = dir.resolve(FileStore.fileName(topic, partition, firstOffset, lastOffset));
        try {
            out.flush();
            channel.force(true);
            out.close();
            refuseOverlap();
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit " + temporary + " as " + target.getFileName(), e);
        }
        Fsync.directory(dir);
        LOG.info("event=file_committed kind={} topic={} partition={} offsets={}-{} records={} bytes={} file={}",
                kind, topic, partition, firstOffset, lastOffset, records, bytes, target);
        return new StoredFile(target, partition, firstOffset, lastOffset);
    }

    /**
     * A second instance that took this partition over (while this one was paused past its poll interval) would have
     * committed files of its own; refuse to add a second copy of their records. This narrows, not closes, that
     * window: the consumer group's revocation handshake is what keeps two writers apart.
     */
    private void refuseOverlap() {
        for (StoredFile f : FileStore.list(dir, topic, partition)) {
            if (f.overlaps(firstOffset, lastOffset)) {
                throw new IllegalStateException("refusing to commit offsets " + firstOffset + "-" + lastOffset + " of "
                        + topic + "-" + partition + ": " + f.path().getFileName() + " holds some of them already"
                        + " (has another sink instance taken this partition over?)");
            }
        }
    }

    /** Closes and deletes the temporary file: its records will be read again from Kafka. */
    void abandon() {
        try {
            out.close();
        } catch (IOException e) {
            // nothing to keep
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.warn("event=temp_file_not_deleted file={} error=\"{}\"", temporary, e.getMessage());
        }
    }
}
