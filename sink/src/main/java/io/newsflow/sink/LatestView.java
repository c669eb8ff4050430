package io.newsflow.sink;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newsflow.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The file store's latest-per-id view: one file per article id holding the newest version the sink has read.
 *
 * <pre>
 * &lt;out&gt;/&lt;topic&gt;/latest/&lt;h0h1&gt;/&lt;h&gt;.json      h = lower-case hex SHA-256 of the id's UTF-8 bytes; h0h1 its first two characters
 * </pre>
 *
 * Ids are opaque (URLs, any Unicode), so they never become file names themselves: the hash does. The file holds the
 * article's JSON exactly as in the partition files, on one line. A record replaces the file unless the file holds a
 * higher {@code version} (absent or null counts as 1), so an older version read late never hides a newer one, and
 * the same version read again (a re-enrichment, or a segment re-read after a crash) replaces it.
 *
 * <p>Each file is written under a hidden temporary name as the sink reads the record; just before the sink commits
 * the segment that holds the record, the file is synced and renamed atomically over the id's view file, and the
 * directory synced. A reader sees a whole article or the previous one; the view is never behind the committed
 * files (it may be ahead of them for a moment); a crash before the segment commits only makes the next run apply
 * the same records again, which changes nothing.
 */
public final class LatestView {

    public static final String DIR = "latest";
    private static final String EXTENSION = ".json";
    private static final String TEMP_EXTENSION = ".json.tmp";

    /** Few threads: enough for the file system to commit many small syncs at once (about 5x faster than in turn). */
    private static final ExecutorService SYNCERS = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "newsflow-latest-view-sync");
        t.setDaemon(true);
        return t;
    });

    /** A version written under its temporary name, to replace {@code target} at the next sync. */
    private record Pending(Path temporary, Path target, int version) {
    }

    private final Path root;
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    LatestView(Path out, String topic) {
        this.root = root(out, topic);
    }

    /** {@code <out>/<topic>/latest}. */
    public static Path root(Path out, String topic) {
        return out.resolve(topic).resolve(DIR);
    }

    /** Where the latest version of {@code id} is, whether or not it exists yet. */
    public static Path file(Path out, String topic, String id) {
        String hash = hash(id);
        return root(out, topic).resolve(hash.substring(0, 2)).resolve(hash + EXTENSION);
    }

    /** The latest version of {@code id} the sink has stored: its JSON line, or empty if it has none. */
    public static Optional<String> read(Path out, String topic, String id) {
        try {
            return Optional.of(Files.readString(file(out, topic, id), StandardCharsets.UTF_8).strip());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every article's latest version, one JSON line each, in no particular order. Close the stream. */
    public static Stream<String> lines(Path out, String topic) {
        Path root = root(out, topic);
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            return Files.walk(root, 2)
                    .filter(f -> isViewFile(f.getFileName().toString()) && Files.isRegularFile(f))
                    .map(f -> {
                        try {
                            return Files.readString(f, StandardCharsets.UTF_8).strip();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The view file's name for an id: the hex SHA-256 of its UTF-8 bytes. */
    static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static boolean isViewFile(String name) {
        return name.endsWith(EXTENSION) && !name.startsWith(".");
    }

    /**
     * Makes {@code line} (an article accepted by {@link ArticleLine#check}) its id's latest version at the next
     * {@link #sync()}, unless the view holds a higher version already. Returns whether it will.
     */
    boolean offer(byte[] line) {
        Identity incoming = Identity.of(line);
        if (incoming == null) {
            return false; // ArticleLine accepted it, so this does not happen; never worth failing the sink for the view
        }
        String hash = hash(incoming.id());
        Path dir = root.resolve(hash.substring(0, 2));
        Pending queued = pending.get(hash);
        Integer held = queued != null ? Integer.valueOf(queued.version()) : versionIn(dir.resolve(hash + EXTENSION));
        if (held != null && held > incoming.version()) {
            return false;
        }
        Fsync.createDirectories(dir);
        Path temporary = dir.resolve("." + hash + TEMP_EXTENSION);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temporary, e);
        }
        pending.put(hash, new Pending(temporary, dir.resolve(hash + EXTENSION), incoming.version()));
        return true;
    }

    /**
     * Syncs the files offered since the last call and renames them over the view's: called before a segment that
     * holds their records commits. The syncs run in parallel, so the file system commits them together.
     */
    void sync() {
        if (pending.isEmpty()) {
            return;
        }
        List<Future<?>> done = new ArrayList<>();
        for (Pending p : pending.values()) {
            done.add(SYNCERS.submit(() -> {
                try (FileChannel channel = FileChannel.open(p.temporary(), StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                Files.move(p.temporary(), p.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return null;
            }));
        }
        try {
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new UncheckedIOException("cannot update the latest view under " + root,
                    e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while updating the latest view", e);
        }
        pending.values().stream().map(p -> p.target().getParent()).distinct().forEach(Fsync::directory);
        pending.clear();
    }

    /** Drops what was offered since the last {@link #sync()}: those records will be read again. */
    void abandon() {
        for (Pending p : pending.values()) {
            try {
                Files.deleteIfExists(p.temporary());
            } catch (IOException e) {
                // a hidden leftover; the next offer of that id overwrites it
            }
        }
        pending.clear();
    }

    private static Integer versionIn(Path target) {
        Identity current = current(target);
        return current == null ? null : current.version();
    }

    private static Identity current(Path target) {
        try {
            return Identity.of(Files.readAllBytes(target));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target, e);
        }
    }

    /** What the view compares: the id, and the version (absent or null: 1). */
    record Identity(String id, int version) {

        /** Null when the JSON is not an object with a string id (a damaged view file counts as absent). */
        static Identity of(byte[] json) {
            try (JsonParser p = Json.MAPPER.getFactory().createParser(json)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                String id = null;
                int version = 1;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken token = p.nextToken();
                    if (name.equals("id") && token == JsonToken.VALUE_STRING) {
                        id = p.getText();
                    } else if (name.equals("version") && token == JsonToken.VALUE_NUMBER_INT) {
                        version = p.getIntValue();
                    } else {
                        p.skipChildren();
                    }
                }
                return id == null ? null : new Identity(id, version);
            } catch (IOException e) {
                return null;
            }
        }
    }
}
