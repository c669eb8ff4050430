package io.newsflow.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Makes directory changes durable: a rename or a new entry is only safe from a crash once its directory is synced. */
final class Fsync {

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("win");

    private Fsync() {
    }

    static void directory(Path dir) {
        if (WINDOWS) {
            return; // directories cannot be opened for sync there; NTFS journals renames itself
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync directory " + dir, e);
        }
    }

    /** Creates the missing directories of {@code dir}, syncing each parent so that the new entry survives a crash. */
    static void createDirectories(Path dir) {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            Files.createDirectory(absolute);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return; // another instance made it
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create directory " + absolute, e);
        }
        if (parent != null) {
            directory(parent);
        }
    }
}
