package io.newsflow.app;

import io.newsflow.core.config.SettingsException;
import io.newsflow.core.kafka.BrokerUnreachableException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code ./newsflow <command> [options]}: the one entry point of every service and tool. */
public final class Newsflow {

    /** A sub-command: returns the process exit code. */
    @FunctionalInterface
    interface Command {
        int run(List<String> args) throws Exception;
    }

    private static final Map<String, String> SUMMARIES = new TreeMap<>(Map.ofEntries(
            Map.entry("demo", "Start a local broker, run ingest, enrich and sink over the bundled samples, print a summary."),
            Map.entry("broker", "Run a persistent local single-node Kafka broker (KRaft) with the Newsflow topics."),
            Map.entry("ingest", "Publish articles (text, JSON Lines, CSV, HTML, RSS/Atom, URLs, stdin) to news.raw."),
            Map.entry("enrich", "Run the enrich service (Kafka Streams): news.raw -> news.enriched, bad records -> news.dlq."),
            Map.entry("sink", "Run the sink service: news.enriched -> JSON Lines file store (or a sink topic)."),
            Map.entry("annotate", "Enrich articles from files without Kafka; print one EnrichedArticle JSON per line."),
            Map.entry("eval", "Evaluate the tagger (eval conll FILE [--raw]), the figures (eval figures [eval/figures]), the geocoder (eval geo GOLD.jsonl) or the near-duplicate threshold (eval near-duplicates ARTICLES)."),
            Map.entry("dlq", "Inspect (dlq list) or replay (dlq replay) the dead-letter topic."),
            Map.entry("serve", "Run the serve service: queryable views of news.enriched, a JSON API and a web page (port 8090)."),
            Map.entry("tail", "Follow a topic of enriched articles readably: title, top entities, figures."),
            Map.entry("sources", "Print the state of each source that ingest --follow follows, as a table."),
            Map.entry("topics", "Create the Newsflow topics on a cluster (partitions, replication factor, min.insync.replicas)."),
            Map.entry("bench", "Run the benchmarks (the bench module; ./newsflow bench --help); see BENCHMARKS.md.")));

    private Newsflow() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length == 0 || argv[0].equals("help") || argv[0].equals("--help") || argv[0].equals("-h")) {
            out.print(usage());
            return argv.length == 0 ? 2 : 0;
        }
        List<String> args = Arrays.asList(argv).subList(1, argv.length);
        Command command = switch (argv[0]) {
            case "demo" -> a -> new DemoCommand(out).run(a);
            case "broker" -> a -> BrokerCommand.run(a, out);
            case "ingest" -> a -> ServiceCommands.ingest(a, out);
            case "enrich" -> a -> ServiceCommands.enrich(a, out);
            case "sink" -> a -> ServiceCommands.sink(a, out);
            case "serve" -> a -> ServiceCommands.serve(a, out);
            case "annotate" -> a -> AnnotateCommand.run(a, out, err);
            case "eval" -> a -> EvalCommand.run(a, out);
            case "dlq" -> a -> io.newsflow.ingest.DeadLetterTool.run(a, out, err);
            case "tail" -> a -> TailCommand.run(a, out);
            case "sources" -> a -> SourcesCommand.run(a, out);
            case "topics" -> a -> TopicsCommand.run(a, out);
            case "bench" -> a -> {
                err.println("newsflow bench: the benchmarks are a module of their own; run them with ./newsflow bench");
                return 2;
            };
            default -> null;
        };
        if (command == null) {
            err.println("newsflow: unknown command '" + argv[0] + "'\n");
            err.print(usage());
            return 2;
        }
        try {
            return command.run(args);
        } catch (SettingsException e) {
            err.println("newsflow " + argv[0] + ": " + e.getMessage());
            return 2;
        } catch (BrokerUnreachableException e) {
            err.println("newsflow " + argv[0] + ": " + e.getMessage()); // says what to do; a stack trace would not
            return 1;
        } catch (Exception e) {
            return failed(argv[0], e, err, debugging(System.getenv("NEWSFLOW_LOG_LEVEL")));
        }
    }

    /**
     * Reports a command that failed, with exit code 1. An {@link IllegalStateException} is how the services say that
     * the world is not as they need it (a topic missing, a broker that keeps refusing), in a message that says what to
     * do: a stack trace would only bury it, so it is printed for those at log level DEBUG or TRACE only. Anything else
     * is unexpected, and keeps its stack trace.
     */
    static int failed(String command, Exception e, PrintStream err, boolean debugging) {
        err.println("newsflow " + command + ": " + e.getMessage());
        if (debugging || !(e instanceof IllegalStateException) || e.getMessage() == null) {
            e.printStackTrace(err);
        }
        return 1;
    }

    static boolean debugging(String logLevel) {
        return logLevel != null && (logLevel.equalsIgnoreCase("DEBUG") || logLevel.equalsIgnoreCase("TRACE"));
    }

    static String usage() {
        StringBuilder sb = new StringBuilder("Usage: ./newsflow <command> [options]   (./newsflow <command> --help for its options)\n\nCommands:\n");
        SUMMARIES.forEach((name, summary) -> sb.append(String.format("  %-9s %s%n", name, summary)));
        return sb.toString();
    }
}
