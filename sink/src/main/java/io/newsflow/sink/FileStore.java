package io.newsflow.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The layout of the sink's file store, and a reader of it for tests, the demo and anyone downstream.
 *
 * <pre>
 * &lt;out&gt;/&lt;topic&gt;/partition=&lt;p&gt;/&lt;topic&gt;+&lt;p&gt;+&lt;firstOffset&gt;-&lt;lastOffset&gt;.jsonl           one article JSON per line
 * &lt;out&gt;/&lt;topic&gt;/rejected/partition=&lt;p&gt;/&lt;topic&gt;+&lt;p&gt;+&lt;firstOffset&gt;-&lt;lastOffset&gt;.jsonl  one rejected record per line
 * &lt;out&gt;/&lt;topic&gt;/.../.&lt;topic&gt;+&lt;p&gt;+&lt;firstOffset&gt;.jsonl.tmp                              being written: not committed
 * &lt;out&gt;/&lt;topic&gt;/latest/&lt;h0h1&gt;/&lt;sha256(id)&gt;.json                                   each id's latest version ({@link LatestView})
 * </pre>
 *
 * A committed file is complete and never changes; files whose names start with a dot are not committed and are
 * ignored here.
 */
public final class FileStore {

    public static final String EXTENSION = ".jsonl";
    public static final String REJECTED_DIR = "rejected";
    static final String TEMP_EXTENSION = EXTENSION + ".tmp";
    private static final String PARTITION_PREFIX = "partition=";

    private FileStore() {
    }

    public static Path partitionDir(Path out, String topic, int partition) {
        return out.resolve(topic).resolve(PARTITION_PREFIX + partition);
    }

    public static Path rejectedDir(Path out, String topic, int partition) {
        return out.resolve(topic).resolve(REJECTED_DIR).resolve(PARTITION_PREFIX + partition);
    }

    /** The committed article files of a topic, by partition, then by offset. */
    public static List<Path> committedFiles(Path out, String topic) {
        return committed(out, topic).stream().map(StoredFile::path).toList();
    }

    /** The committed article files of a topic with their offset ranges, by partition, then by offset. */
    public static List<StoredFile> committed(Path out, String topic) {
        return scan(out.resolve(topic), topic);
    }

    /** The committed files of rejected records (see {@code RejectedRecord}), by partition, then by offset. */
    public static List<StoredFile> rejected(Path out, String topic) {
        return scan(out.resolve(topic).resolve(REJECTED_DIR), topic);
    }

    /** Every line of the committed article files, in partition and offset order. Close the stream. */
    public static Stream<String> lines(Path out, String topic) {
        return lines(committedFiles(out, topic));
    }

    /** Every line of the given files, in order. Close the stream. */
    public static Stream<String> lines(List<Path> files) {
        return files.stream().flatMap(f -> {
            try {
                return Files.lines(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Files being written, or left behind by a sink that was killed; the sink deletes the latter when it resumes. */
    public static List<Path> temporaryFiles(Path out, String topic) {
        Path root = out.resolve(topic);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(FileStore::isTemporary).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fileName(String topic, int partition, long firstOffset, long lastOffset) {
        return topic + "+" + partition + "+" + firstOffset + "-" + lastOffset + EXTENSION;
    }

    static String temporaryName(String topic, int partition, long firstOffset) {
        return "." + topic + "+" + partition + "+" + firstOffset + TEMP_EXTENSION;
    }

    static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_EXTENSION);
    }

    /** The committed files of one partition directory, by first offset; an absent directory holds none. */
    static List<StoredFile> list(Path dir, String topic, int partition) {
        List<StoredFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(f -> parse(f, topic, partition).ifPresent(files::add));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        files.sort(Comparator.comparingLong(StoredFile::firstOffset));
        return files;
    }

    /** Reads {@code <topic>+<partition>+<first>-<last>.jsonl}; anything else is not a committed file. */
    static Optional<StoredFile> parse(Path file, String topic, int partition) {
        String name = file.getFileName().toString();
        String prefix = topic + "+" + partition + "+";
        if (!name.startsWith(prefix) || !name.endsWith(EXTENSION)) {
            return Optional.empty();
        }
        String range = name.substring(prefix.length(), name.length() - EXTENSION.length());
        int dash = range.indexOf('-');
        try {
            long first = Long.parseLong(range.substring(0, Math.max(dash, 0)));
            long last = Long.parseLong(range.substring(dash + 1));
            return first >= 0 && first <= last ? Optional.of(new StoredFile(file, partition, first, last)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<StoredFile> scan(Path topicDir, String topic) {
        List<StoredFile> files = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(topicDir)) {
            for (Path dir : dirs.sorted().toList()) {
                partitionOf(dir).ifPresent(p -> files.addAll(list(dir, topic, p)));
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + topicDir, e);
        }
        files.sort(Comparator.comparingInt(StoredFile::partition).thenComparingLong(StoredFile::firstOffset));
        return files;
    }

    private static Optional<Integer> partitionOf(Path dir) {
        String name = dir.getFileName().toString();
        if (!name.startsWith(PARTITION_PREFIX) || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(name.substring(PARTITION_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
