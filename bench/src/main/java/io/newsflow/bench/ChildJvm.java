package io.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The start of a command line for a child JVM set up like this one, for the parts of the bench that fork. */
final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * This JVM's java, its memory, GC and {@code -XX} options and Newsflow's own properties (those {@code keep}
     * accepts), and the bench's logging configuration. Agents, debuggers and the like stay with the parent.
     */
    static List<String> command(Predicate<String> keep) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            boolean carried = arg.startsWith("-Xm") || arg.startsWith("-Xss") || arg.startsWith("-XX:")
                    || arg.startsWith("-Dnewsflow.");
            if (carried && keep.test(arg)) {
                command.add(arg);
            }
        }
        command.add("-Dlogback.configurationFile=" + System.getProperty("logback.configurationFile", "bench-logback.xml"));
        return command;
    }
}
