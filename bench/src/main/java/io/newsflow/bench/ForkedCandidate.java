package io.newsflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs one {@link Candidate} in a fresh JVM with this JVM's class path and memory settings, and reads back its
 * result: each candidate gets the JIT to itself, as the code it measures has in production.
 */
final class ForkedCandidate {

    /** What a candidate's JVM reports: its best round, and how much slower its worst round was (0.05 = 5%). */
    record Result(Throughput throughput, double loadSeconds, double spread, double warmSeconds) {
    }

    static final String HUGE_METHODS = "DontCompileHugeMethods";

    private ForkedCandidate() {
    }

    static Result run(Candidate candidate, Path samples, int articles, long warmupMillis, long measureMillis)
            throws IOException, InterruptedException {
        List<String> command = ChildJvm.command(arg -> !arg.contains(HUGE_METHODS));
        // set for every candidate, whatever this JVM was started with, so that the comparison is like for like
        command.add("-XX:" + (candidate.compileHugeMethods() ? "-" : "+") + HUGE_METHODS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Candidate.class.getName(),
                candidate.key(), samples.toAbsolutePath().toString(), Integer.toString(articles),
                Long.toString(warmupMillis), Long.toString(measureMillis)));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int code = p.waitFor();
        for (String line : out.split("\n")) {
            if (line.startsWith(Candidate.RESULT + " ")) {
                String[] f = line.trim().split(" ");
                return new Result(new Throughput(Long.parseLong(f[1]), Long.parseLong(f[2]), Double.parseDouble(f[3])),
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]));
            }
        }
        throw new IllegalStateException(String.format(Locale.ROOT, "candidate %s exited with %d and no result; its output:%n%s",
                candidate.key(), code, out));
    }
}
