package io.newsflow.app;

import io.newsflow.core.config.SettingsException;
import io.newsflow.core.lock.DirectoryLock;
import io.newsflow.core.lock.DirectoryLockedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The demo's own output folder. It carries a {@code .newsflow-demo} marker, and the demo deletes nothing in a folder
 * without one: any other non-empty folder (a sink's store, anything else) is refused. The previous run's output is
 * moved aside, not deleted, until this run has succeeded, so a failed run leaves the previous output whole. The
 * folder is locked for the run, so two demos never share it.
 */
final class DemoOutput implements AutoCloseable {

    static final String MARKER = ".newsflow-demo";
    private static final String PREVIOUS = ".previous-run";
    private static final String WORK = ".work";

    private final Path dir;
    private final DirectoryLock lock;
    private final List<String> outputs;

    private DemoOutput(Path dir, DirectoryLock lock, List<String> outputs) {
        this.dir = dir;
        this.lock = lock;
        this.outputs = outputs;
    }

    /**
     * Locks {@code dir} and makes it ready for a run whose results are the entries named {@code outputs}; refuses,
     * changing nothing, a folder that another process uses or that the demo did not make.
     */
    static DemoOutput open(Path dir, String option, List<String> outputs, Consumer<String> say) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new SettingsException(option, abs + " is a file; give the demo a folder of its own");
        }
        if (Files.isDirectory(abs) && !Files.exists(abs.resolve(MARKER)) && !isEmpty(abs)) {
            throw new SettingsException(option, abs + " is not empty and was not made by the demo (it has no " + MARKER
                    + " marker); the demo deletes nothing it did not make. Give it another --" + option
                    + " (a new or empty folder).");
        }
        DirectoryLock lock;
        try {
            lock = DirectoryLock.acquire(abs, "demo");
        } catch (DirectoryLockedException e) {
            throw new SettingsException(option, e.getMessage() + "; wait for that demo, or give this one another --" + option);
        }
        try {
            Files.writeString(abs.resolve(MARKER), "made by ./newsflow demo: it may delete this folder's demo output\n");
            DemoOutput output = new DemoOutput(abs, lock, outputs);
            output.recoverFromAKilledRun();
            output.moveAsidePrevious(say);
            deleteTree(output.work());
            return output;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    Path dir() {
        return dir;
    }

    /** Scratch space for the run (the broker's data, enrich's state), deleted when the run ends. */
    Path work() {
        return dir.resolve(WORK);
    }

    /** The run succeeded: the previous output goes. */
    void commit() throws IOException {
        deleteTree(dir.resolve(PREVIOUS));
    }

    /** The run failed: its partial output goes, and the previous output comes back. */
    void rollback() throws IOException {
        for (String name : outputs) {
            deleteTree(dir.resolve(name));
        }
        restorePrevious();
    }

    @Override
    public void close() throws IOException {
        try {
            deleteTree(work());
        } finally {
            lock.close();
        }
    }

    /** A run killed before commit or rollback left the previous output aside: this run's partial output is dropped. */
    private void recoverFromAKilledRun() throws IOException {
        if (Files.isDirectory(dir.resolve(PREVIOUS))) {
            rollback();
        }
    }

    private void moveAsidePrevious(Consumer<String> say) throws IOException {
        Path previous = dir.resolve(PREVIOUS);
        for (String name : outputs) {
            Path p = dir.resolve(name);
            if (Files.exists(p)) {
                say.accept("moving the previous demo output aside (" + p + "); it is deleted once this run succeeds");
                Files.createDirectories(previous);
                Files.move(p, previous.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private void restorePrevious() throws IOException {
        Path previous = dir.resolve(PREVIOUS);
        if (!Files.isDirectory(previous)) {
            return;
        }
        for (String name : outputs) {
            Path p = previous.resolve(name);
            if (Files.exists(p)) {
                Files.move(p, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        deleteTree(previous);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
