package io.newsflow.core.lock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exclusive ownership of a directory by one process: an OS file lock on {@code <dir>/.newsflow.lock}, whose content
 * names the owner (command, PID, host, since when) for the message a second process prints. The operating system
 * releases the lock when its process dies, so a killed owner never leaves a stale lock behind.
 *
 * <p>The file is never opened twice by one JVM: on Linux, closing any descriptor of a file drops every lock the
 * process holds on it, so locks taken here are also remembered in-process and checked first.
 */
public final class DirectoryLock implements AutoCloseable {

    public static final String FILE_NAME = ".newsflow.lock";

    /** Directories locked by this JVM, with their owner line. */
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir} (created if missing) for {@code command}, or throws
     * {@link DirectoryLockedException} naming the process that holds it.
     */
    public static DirectoryLock acquire(Path dir, String command) {
        return tryAcquire(dir, command).orElseThrow(() -> new DirectoryLockedException(key(dir), ownerOf(dir)));
    }

    /** Takes the lock of {@code dir} (created if missing) for {@code command}, or returns empty if another holds it. */
    public static Optional<DirectoryLock> tryAcquire(Path dir, String command) {
        Path key = key(dir);
        String owner = describe(command);
        if (HELD.putIfAbsent(key, owner) != null) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(key);
            channel = FileChannel.open(key.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD.remove(key);
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((owner + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return Optional.of(new DirectoryLock(key, channel, lock));
        } catch (OverlappingFileLockException e) {
            HELD.remove(key);
            return Optional.empty();
        } catch (IOException e) {
            HELD.remove(key);
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + key.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    /** Who holds the lock of {@code dir}, as written in its lock file; "unknown" if it cannot be read. */
    static String ownerOf(Path dir) {
        Path key = key(dir);
        String mine = HELD.get(key);
        if (mine != null) {
            return mine;
        }
        try {
            String text = Files.readString(key.resolve(FILE_NAME), StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? "a process that is still starting" : text;
        } catch (IOException e) {
            return "an unknown process";
        }
    }

    public Path directory() {
        return dir;
    }

    /** Releases the lock; the lock file stays (the next owner overwrites it). Idempotent. */
    @Override
    public void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
        HELD.remove(dir);
    }

    private static String describe(String command) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        return "newsflow " + command + " (pid " + ProcessHandle.current().pid() + " on " + host + ", since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")";
    }

    private static Path key(Path dir) {
        return dir.toAbsolutePath().normalize();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
