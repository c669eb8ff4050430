package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestService;
import io.newsflow.serve.ServeService;
import io.newsflow.sink.SinkService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Prints the tables, to paste into the README. */
    public static void main(String[] args) {
        commands().forEach((name, settings) -> System.out.println("## `" + name + "`\n\n" + Settings.markdownTable(settings)));
    }
}
