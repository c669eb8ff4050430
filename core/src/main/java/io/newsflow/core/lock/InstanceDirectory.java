package io.newsflow.core.lock;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a service keeps local state when the user has not said: a per-user, per-application directory with one
 * subdirectory per running instance ({@code instance-0}, {@code instance-1}, ...), each owned under a
 * {@link DirectoryLock}. Several instances on one host each get their own; a restarted one gets the lowest free
 * number, so it usually finds its own state again.
 */
public final class InstanceDirectory {

    private static final int MAX_INSTANCES = 1000;

    private InstanceDirectory() {
    }

    /**
     * {@code $XDG_STATE_HOME/newsflow/<kind>/<name>}, with {@code XDG_STATE_HOME} defaulting to
     * {@code ~/.local/state}: the user's own state, never shared with another user's as a /tmp directory is.
     */
    public static Path defaultParent(Map<String, String> env, String kind, String name) {
        String xdg = env.get("XDG_STATE_HOME");
        Path stateHome = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "state");
        return stateHome.resolve("newsflow").resolve(kind).resolve(safe(name));
    }

    /** Locks and returns the first {@code parent/instance-N} that no running process holds. */
    public static DirectoryLock claim(Path parent, String command) {
        for (int n = 0; n < MAX_INSTANCES; n++) {
            Optional<DirectoryLock> lock = DirectoryLock.tryAcquire(parent.resolve("instance-" + n), command);
            if (lock.isPresent()) {
                return lock.get();
            }
        }
        throw new IllegalStateException("all of " + parent + "/instance-0.." + (MAX_INSTANCES - 1) + " are in use");
    }

    /** A directory name from an application id: no separators, no parent references. */
    private static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.') ? "_" + cleaned : cleaned;
    }
}
