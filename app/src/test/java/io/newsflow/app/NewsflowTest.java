package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NewsflowTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Newsflow.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldReportAConditionToFixWithItsMessageAloneAndAnUnexpectedErrorWithItsStackTrace() {
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(1, Newsflow.failed("tail", new IllegalStateException("topic nosuch does not exist on h:1"), stderr, false));
        assertEquals("newsflow tail: topic nosuch does not exist on h:1\n", err.toString(StandardCharsets.UTF_8));

        err.reset();
        assertEquals(1, Newsflow.failed("tail", new IllegalStateException("topic nosuch does not exist on h:1"), stderr,
                Newsflow.debugging("debug")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("\tat io.newsflow.app.NewsflowTest"), err.toString(StandardCharsets.UTF_8));

        err.reset();
        assertEquals(1, Newsflow.failed("tail", new NullPointerException("x is null"), stderr, false));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("newsflow tail: x is null\njava.lang.NullPointerException"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(false, Newsflow.debugging("INFO") || Newsflow.debugging(null));
    }

    @Test
    void shouldFailAtStartWithAMessageThatNamesTheWrongOption() {
        assertEquals(2, run("enrich", "--num-stream-threads", "0"));
        assertEquals("newsflow enrich: --num-stream-threads: '0' must be between 1 and 64\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldListEveryOptionOfAServiceWithHelp() {
        assertEquals(0, run("sink", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"--bootstrap-servers", "--out", "--max-file-bytes", "--admin-port", "--config", "--kafka.<property>"}) {
            assertTrue(help.contains(option), option);
        }
        assertTrue(help.contains("NEWSFLOW_OUT"));
    }

    @Test
    void shouldRefuseAnUnknownCommandAndShowTheCommands() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("demo"));
    }

    @Test
    void shouldRefuseAnnotateWithoutInput() {
        assertEquals(2, run("annotate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("newsflow annotate: give at least one INPUT: "),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldListTheInputArgumentsOfIngestInItsUsage() {
        assertEquals(0, run("ingest", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("Usage: newsflow ingest [options] INPUT...\n"), help);
        assertTrue(help.contains("Arguments:\n  INPUT...\n      Files, directories"), help);
        assertTrue(!help.contains("--input"), help);
    }

    @Test
    void shouldAskForAnInputWithoutNamingAnOptionThatDoesNotExist() {
        assertEquals(2, run("ingest"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("newsflow ingest: give at least one INPUT: "), text);
        assertTrue(!text.contains("--input"), text);
    }

    @Test
    void shouldRefuseAnArgumentThatACommandDoesNotTake() {
        assertEquals(2, run("tail", "news.enriched"));
        assertEquals("newsflow tail: unexpected argument 'news.enriched': tail takes options only "
                + "(see ./newsflow tail --help)\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRefuseToCreateTopicsThatNoWriteCouldReachBeforeConnecting() {
        assertEquals(2, run("topics", "--bootstrap-servers", "127.0.0.1:1", "--replication-factor", "2", "--min-insync-replicas", "3"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--min-insync-replicas: '3' is more than --replication-factor 2"),
                err.toString(StandardCharsets.UTF_8));
    }
}
