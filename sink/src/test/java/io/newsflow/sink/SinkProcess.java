package io.newsflow.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@link SinkMain} in a child JVM on this test's class path; {@link #kill()} is SIGKILL, with no chance to clean up. */
final class SinkProcess {

    private final Process process;
    private final Path log;

    private SinkProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static SinkProcess start(Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                SinkMain.class.getName(),
                "--bootstrap-servers", SharedBroker.bootstrap()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new SinkProcess(process, log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the sink JVM", e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on Linux and macOS: no shutdown hook runs, open files are left as they are. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the sink JVM did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lines of the log that contain {@code text}. */
    static int count(Path log, String text) {
        try {
            return Files.exists(log) ? (int) Files.readAllLines(log).stream().filter(l -> l.contains(text)).count() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
