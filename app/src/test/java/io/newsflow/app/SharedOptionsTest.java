package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newsflow.core.config.CommonSettings;
import io.newsflow.core.config.Setting;
import io.newsflow.ingest.DeadLetterTool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An option that several commands read is one declaration, so its default, doc and check cannot drift. */
class SharedOptionsTest {

    private static Map<String, List<Setting<?>>> everyCommand() {
        Map<String, List<Setting<?>>> m = new LinkedHashMap<>(ReadmeTest.commands());
        m.put("dlq list", DeadLetterTool.LIST_SETTINGS);
        m.put("dlq replay", DeadLetterTool.REPLAY_SETTINGS);
        return m;
    }

    @Test
    void shouldUseTheCommonDeclarationWhereverACommandHasASharedOption() {
        List<Setting<?>> common = List.of(CommonSettings.BOOTSTRAP_SERVERS, CommonSettings.CONNECT_TIMEOUT,
                CommonSettings.SHUTDOWN_TIMEOUT, CommonSettings.ADMIN_PORT);
        int uses = 0;
        for (Map.Entry<String, List<Setting<?>>> command : everyCommand().entrySet()) {
            for (Setting<?> s : command.getValue()) {
                for (Setting<?> shared : common) {
                    if (s.name().equals(shared.name())) {
                        assertSame(shared, s, command.getKey() + " declares --" + s.name() + " itself");
                        uses++;
                    }
                }
            }
        }
        assertFalse(uses < 8, "the shared options are used by " + uses + " command options only");
    }

    @Test
    void shouldUseOneDeclarationForTheOptionsThatAnnotateSharesWithTheServices() {
        assertSame(io.newsflow.ingest.IngestService.PUBLISHED_AT, AnnotateCommand.PUBLISHED_AT);
        assertSame(io.newsflow.enrich.EnrichService.MAX_BODY_BYTES, AnnotateCommand.MAX_BODY_BYTES);
    }
}
