package io.newsflow.app;

import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.follow.FollowService;
import io.newsflow.ingest.follow.FollowSettings;
import io.newsflow.ingest.intake.IntakeOptions;
import io.newsflow.serve.ServeService;
import io.newsflow.sink.SinkService;
import java.io.PrintStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one service in the foreground until it is done (ingest) or stopped by SIGTERM/SIGINT (enrich, sink). */
final class ServiceCommands {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceCommands.class);

    private ServiceCommands() {
    }

    static int ingest(List<String> args, PrintStream out) {
        // A long-running ingest (--http-port) needs no INPUT; IngestService checks the rest.
        boolean longRunning = Settings.parse(IngestService.SETTINGS, args.toArray(String[]::new))
                .get(IntakeOptions.HTTP_PORT) >= 0;
        Settings settings = parse("ingest", longRunning ? null : INPUTS, IngestService.SUMMARY,
                IngestService.SETTINGS, args, out);
        if (settings == null) {
            return 0;
        }
        if (settings.get(FollowSettings.FOLLOW)) {
            LOG.info("event=service_starting service=ingest mode=follow");
            FollowService service = FollowService.create(settings);
            onShutdown(service::close);
            service.run();
            return 0;
        }
        try (IngestService service = IngestService.create(settings)) {
            Thread hook = onShutdown(service::close);
            IngestReport report = service.run();
            removeHook(hook);
            out.printf("ingest: read %d, published %d, failed %d%n", report.read(), report.published(), report.failed());
            report.errors().stream().limit(20).forEach(e -> out.println("  " + e));
            return report.failed() == 0 ? 0 : 3;
        }
    }

    static int enrich(List<String> args, PrintStream out) {
        Settings settings = parse("enrich", EnrichService.SUMMARY, EnrichService.SETTINGS, args, out);
        if (settings == null) {
            return 0;
        }
        LOG.info("event=service_starting service=enrich settings=\"{}\"", settings.describe(EnrichService.SETTINGS));
        EnrichService service = EnrichService.create(settings);
        onShutdown(service::close);
        service.run();
        LOG.info("event=service_stopped service=enrich");
        return 0;
    }

    static int sink(List<String> args, PrintStream out) {
        Settings settings = parse("sink", SinkService.SUMMARY, SinkService.SETTINGS, args, out);
        if (settings == null) {
            return 0;
        }
        LOG.info("event=service_starting service=sink settings=\"{}\"", settings.describe(SinkService.SETTINGS));
        SinkService service = SinkService.create(settings);
        onShutdown(service::close);
        service.run();
        LOG.info("event=service_stopped service=sink records_written={}", service.recordsWritten());
        return 0;
    }

    /** The inputs of {@code ingest} and {@code annotate}. */
    static final Settings.Arguments INPUTS = new Settings.Arguments("INPUT...",
            "Files, directories (read recursively), http(s) URLs, or - for stdin; read in the order given. Formats: "
                    + "plain text, JSON Lines, CSV, HTML, RSS/Atom (docs/ingest.md).");

    static int serve(List<String> args, PrintStream out) {
        Settings settings = parse("serve", ServeService.SUMMARY, ServeService.SETTINGS, args, out);
        if (settings == null) {
            return 0;
        }
        LOG.info("event=service_starting service=serve settings=\"{}\"", settings.describe(ServeService.SETTINGS));
        ServeService service = ServeService.create(settings);
        onShutdown(service::close);
        out.println("serve: the page and the API at " + service.url());
        out.flush();
        service.run();
        LOG.info("event=service_stopped service=serve");
        return 0;
    }

    /**
     * Parses the options of a command that takes no positional arguments, or prints the help and returns null when
     * --help was asked for.
     */
    static Settings parse(String command, String summary, List<Setting<?>> declared, List<String> args, PrintStream out) {
        Settings settings = parse(command, null, summary, declared, args, out);
        if (settings != null && !settings.positional().isEmpty()) {
            throw SettingsException.argument("unexpected argument '" + settings.positional().get(0) + "': " + command
                    + " takes options only (see ./newsflow " + command + " --help)");
        }
        return settings;
    }

    /** As {@link #parse(String, String, List, List, PrintStream)}, for a command with positional arguments. */
    static Settings parse(String command, Settings.Arguments arguments, String summary, List<Setting<?>> declared,
                          List<String> args, PrintStream out) {
        Settings settings = Settings.parse(declared, args.toArray(String[]::new));
        if (settings.helpRequested()) {
            out.print(Settings.help(command, arguments, summary, declared));
            return null;
        }
        if (arguments != null && settings.positional().isEmpty()) {
            throw SettingsException.argument("give at least one " + arguments.synopsis().replace("...", "") + ": "
                    + arguments.doc() + " (see ./newsflow " + command + " --help)");
        }
        return settings;
    }

    /** Closes the service on SIGTERM/SIGINT; the JVM waits for the hook, so in-flight work commits or aborts cleanly. */
    static Thread onShutdown(Runnable close) {
        Thread hook = new Thread(() -> {
            LOG.info("event=shutdown_requested");
            close.run();
        }, "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running: nothing to remove
        }
    }
}
