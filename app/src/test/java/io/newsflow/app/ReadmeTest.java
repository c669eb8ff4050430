package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestService;
import io.newsflow.serve.ServeService;
import io.newsflow.sink.SinkService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The settings tables of docs/configuration.md are the declarations' own tables: an option added or changed in code must be documented. */
class ReadmeTest {

    /** Every command's declared options, in the README's order. */
    static Map<String, List<Setting<?>>> commands() {
        Map<String, List<Setting<?>>> m = new LinkedHashMap<>();
        m.put("ingest", IngestService.SETTINGS);
        m.put("enrich", EnrichService.SETTINGS);
        m.put("sink", SinkService.SETTINGS);
        m.put("serve", ServeService.SETTINGS);
        m.put("demo", DemoCommand.SETTINGS);
        m.put("broker", BrokerCommand.SETTINGS);
        m.put("annotate", AnnotateCommand.SETTINGS);
        m.put("tail", TailCommand.SETTINGS);
        m.put("sources", SourcesCommand.SETTINGS);
        m.put("topics", TopicsCommand.SETTINGS);
        return m;
    }

    @Test
    void shouldDocumentEverySettingOfEveryCommandAsDeclared() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("newsflow.home", ".."), "docs", "configuration.md"));
        for (Map.Entry<String, List<Setting<?>>> e : commands().entrySet()) {
            String table = Settings.markdownTable(e.getValue());
            assertTrue(readme.contains(table), () -> "docs/configuration.md lacks the settings table of '" + e.getKey()
                    + "' as declared (regenerate it with: java -cp ... io.newsflow.app.ReadmeTest):\n" + table);
        }
    }

    /** README.md, BENCHMARKS.md and docs/*.md. */
    static List<Path> documents() throws IOException {
        Path home = Path.of(System.getProperty("newsflow.home", ".."));
        List<Path> docs = new ArrayList<>(List.of(home.resolve("README.md"), home.resolve("BENCHMARKS.md")));
        try (Stream<Path> files = Files.list(home.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    @Test
    void shouldResolveEveryRelativeLinkOfTheReadmeAndTheDocsToAFile() throws IOException {
        Pattern link = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path doc : documents()) {
            Matcher m = link.matcher(Files.readString(doc));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-zA-Z][a-zA-Z+.-]*:.*") || target.startsWith("#")) {
                    continue; // a URL or an anchor in the same page
                }
                String file = target.replaceFirst("#.*$", "");
                checked++;
                if (!Files.exists(doc.getParent().resolve(file).normalize())) {
                    broken.add(doc.getFileName() + ": " + target);
                }
            }
        }
        assertTrue(broken.isEmpty(), "links to files that do not exist: " + broken);
        assertTrue(checked >= 20, "only " + checked + " relative links found: is the pattern right?");
    }

    @Test
    void shouldLinkEveryDocumentOfDocsFromTheReadme() throws IOException {
        String readme = Files.readString(documents().get(0));
        for (Path doc : documents().subList(2, documents().size())) {
            String target = "(docs/" + doc.getFileName() + ")";
            assertTrue(readme.contains(target), () -> "README.md does not link " + target);
        }
    }

    @Test
    void shouldNotSpeakOfIssueNumbersInTheDocs() throws IOException {
        Pattern issue = Pattern.compile("(?i)issue\\s*#?\\d");
        for (Path doc : documents()) {
            assertTrue(!issue.matcher(Files.readString(doc)).find(), () -> doc + " speaks of an issue number");
        }
    }

    /** Prints the tables, to paste into the README. */
    public static void main(String[] args) {
        commands().forEach((name, settings) -> System.out.println("## `" + name + "`\n\n" + Settings.markdownTable(settings)));
    }
}
