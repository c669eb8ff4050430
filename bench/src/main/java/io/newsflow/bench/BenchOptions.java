package io.newsflow.bench;

import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The options of {@code ./newsflow bench}.
 *
 * @param quick    a smoke run: few articles, short warm-up and measurement; the numbers mean little
 * @param sections the sections to run, 1 to 7
 * @param json     where to write the numbers as JSON too, or null
 * @param samples  the directory holding {@code wikinews/wikinews_2019.csv}
 * @param appJar   the runnable jar whose services section 4 starts as processes
 * @param serviceHeap the -Xmx of those processes
 * @param articles the number of Wikinews articles to use, or 0 for the budget's
 */
record BenchOptions(boolean quick, SortedSet<Integer> sections, Path json, Path samples, Path appJar, String serviceHeap,
                    int articles) {

    static final String SUMMARY = "Measures enrichment against plain CoreNLP, the enrich topology, the pipeline end to end "
            + "on the in-JVM broker (throughput, then latency at half load), the services' memory, 1 versus 2 stream "
            + "threads, geocoding, and serve's query latency, on the bundled Wikinews articles. Run it on a quiet machine: it keeps both cores busy.";

    private static final String HOME = System.getProperty("newsflow.home", ".");

    static final Setting<Boolean> QUICK = Setting.flag("quick",
            "Smoke run: 5 articles and short timings (seconds instead of minutes); not for the record.");
    static final Setting<String> ONLY = Setting.string("only", "1,2,3,4,5,6,7",
            "Sections to run, comma-separated: 1 enrichment vs CoreNLP, 2 topology, 3 end to end, 4 memory, 5 threads, 6 geocoding, 7 serve.")
            .validatedBy(v -> {
                try {
                    parseSections(v);
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            });
    static final Setting<Path> JSON = Setting.path("json", "", "Also write the numbers to this JSON file.");
    static final Setting<Path> SAMPLES = Setting.path("samples", Path.of(HOME, "samples").toString(),
            "Directory of the bundled samples (wikinews/wikinews_2019.csv).");
    static final Setting<Path> APP_JAR = Setting.path("app-jar", Path.of(HOME, "app", "target", "newsflow.jar").toString(),
            "Runnable jar whose services section 4 starts as separate processes.");
    static final Setting<String> SERVICE_HEAP = Setting.string("service-heap", "1g",
            "Maximum heap (-Xmx) of each service process in section 4.");

    static final Setting<Integer> ARTICLES = Setting.integer("articles", 0, 0, 100_000,
            "Use only the first N Wikinews articles (0: all 171, or 5 with --quick), e.g. to profile one section.");

    static final List<Setting<?>> SETTINGS = List.of(QUICK, ONLY, JSON, SAMPLES, APP_JAR, SERVICE_HEAP, ARTICLES);

    /** The options, or null when --help was asked for (the help is then printed). */
    static BenchOptions parse(String[] args, java.io.PrintStream out) {
        Settings s = Settings.parse(SETTINGS, args, Map.of());
        if (s.helpRequested()) {
            out.print(Settings.help("bench", SUMMARY, SETTINGS));
            return null;
        }
        if (!s.positional().isEmpty()) {
            throw new SettingsException(s.positional().get(0), "unexpected argument (see --help)");
        }
        Path json = s.get(JSON).toString().isEmpty() ? null : s.get(JSON);
        return new BenchOptions(s.get(QUICK), parseSections(s.get(ONLY)), json, s.get(SAMPLES), s.get(APP_JAR),
                s.get(SERVICE_HEAP), s.get(ARTICLES));
    }

    static SortedSet<Integer> parseSections(String list) {
        SortedSet<Integer> sections = new TreeSet<>();
        for (String part : list.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int n;
            try {
                n = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("has '" + p + "', which is not a section number (1 to 7)");
            }
            if (n < 1 || n > 7) {
                throw new IllegalArgumentException("has " + n + "; the sections are 1 to 7");
            }
            sections.add(n);
        }
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("names no section");
        }
        return sections;
    }
}
