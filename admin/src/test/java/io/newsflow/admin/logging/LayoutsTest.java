package io.newsflow.admin.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

class LayoutsTest {

    private static final Instant TS = Instant.parse("2022-01-10T08:15:30.042Z");

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger logger = context.getLogger("io.newsflow.enrich.EnrichService");
    private final LogfmtLayout logfmt = started(new LogfmtLayout());
    private final JsonLayout json = started(new JsonLayout());

    @Test
    void shouldWriteTheFixedFieldsInOrderAndQuoteAMessageWithSpaces() {
        String line = logfmt.doLayout(event("event=started port={}", null, 8080));
        assertEquals("ts=2022-01-10T08:15:30.042Z level=INFO logger=io.newsflow.enrich.EnrichService "
                + "thread=main msg=\"event=started port=8080\"\n", line);
    }

    @Test
    void shouldLeaveAPlainValueUnquoted() {
        String line = logfmt.doLayout(event("ready", null));
        assertTrue(line.endsWith(" msg=ready\n"), line);
    }

    @Test
    void shouldKeepAMultiLineMessageOnOneLogfmtLineAndReadBackTheSame() {
        String message = "first line\nsecond \"quoted\" line\twith a tab and a \\ backslash\r\u0007";
        String line = logfmt.doLayout(event(message, null));
        assertEquals(1, line.split("\n", -1).length - 1, "exactly one newline, at the end: " + line);
        assertTrue(line.contains("msg=\"first line\\nsecond \\\"quoted\\\" line\\twith a tab and a \\\\ backslash\\r\\u0007\""),
                line);
        assertEquals(message, parseLogfmt(line).get("msg"));
    }

    @Test
    void shouldQuoteEmptyValuesAndValuesWithEqualsSigns() {
        LoggingEvent e = event("", null);
        e.addKeyValuePair(new KeyValuePair("topic", "news.raw"));
        e.addKeyValuePair(new KeyValuePair("expr", "a=b"));
        String line = logfmt.doLayout(e);
        assertTrue(line.contains(" msg=\"\" "), line);
        assertTrue(line.contains(" topic=news.raw "), line);
        assertTrue(line.contains(" expr=\"a=b\""), line);
    }

    @Test
    void shouldAppendKeyValuesAndMdcAfterTheMessageWithoutShadowingFixedFields() {
        LoggingEvent e = event("event=record_dead_lettered", null);
        e.addKeyValuePair(new KeyValuePair("reason", "too-large"));
        e.addKeyValuePair(new KeyValuePair("level", "sneaky"));
        e.setMDCPropertyMap(Map.of("article", "a1"));
        Map<String, String> fields = parseLogfmt(logfmt.doLayout(e));
        assertEquals(List.of("ts", "level", "logger", "thread", "msg", "reason", "ctx.level", "article"),
                List.copyOf(fields.keySet()));
        assertEquals("INFO", fields.get("level"));
        assertEquals("sneaky", fields.get("ctx.level"));
        assertEquals("too-large", fields.get("reason"));
    }

    @Test
    void shouldPutTheStackTraceOnTheSameLogfmtLine() {
        IllegalStateException boom = new IllegalStateException("broker \"gone\"",
                new java.io.IOException("connection refused"));
        String line = logfmt.doLayout(event("event=failed", boom));
        assertEquals(1, line.chars().filter(c -> c == '\n').count(), line);
        String exception = parseLogfmt(line).get("exception");
        assertTrue(exception.startsWith("java.lang.IllegalStateException: broker \"gone\"\n"), exception);
        assertTrue(exception.contains("Caused by: java.io.IOException: connection refused"), exception);
        assertTrue(exception.contains("\tat io.newsflow.admin.logging.LayoutsTest"), exception);
    }

    @Test
    void shouldWriteOneJsonObjectPerLineWithEscapedNewlinesAndTheException() throws Exception {
        LoggingEvent e = event("event=stopped reason=\"signal\"\nbye ✓", new RuntimeException("x\ny"));
        e.addKeyValuePair(new KeyValuePair("partitions", 6));
        String line = json.doLayout(e);
        assertTrue(line.endsWith("}\n"), line);
        assertEquals(1, line.chars().filter(c -> c == '\n').count(), line);
        JsonNode node = new ObjectMapper().readTree(line);
        assertEquals("2022-01-10T08:15:30.042Z", node.get("ts").asText());
        assertEquals("INFO", node.get("level").asText());
        assertEquals("io.newsflow.enrich.EnrichService", node.get("logger").asText());
        assertEquals("main", node.get("thread").asText());
        assertEquals("event=stopped reason=\"signal\"\nbye ✓", node.get("msg").asText());
        assertEquals("6", node.get("partitions").asText());
        assertTrue(node.get("exception").asText().startsWith("java.lang.RuntimeException: x\ny\n\tat "));
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("ts", "level", "logger", "thread", "msg", "partitions", "exception"), names);
    }

    @Test
    void shouldPickTheLayoutByFormatAndFallBackToLogfmtForAnUnknownOne() {
        assertTrue(structured("json").delegate() instanceof JsonLayout);
        assertTrue(structured(" JSON ").delegate() instanceof JsonLayout);
        assertTrue(structured("logfmt").delegate() instanceof LogfmtLayout);
        assertTrue(structured("").delegate() instanceof LogfmtLayout);
        StructuredLayout unknown = structured("xml");
        assertTrue(unknown.delegate() instanceof LogfmtLayout);
        assertFalse(context.getStatusManager().getCopyOfStatusList().stream()
                .noneMatch(s -> s.getMessage().contains("unknown log format 'xml'")), "the fallback is reported");
        assertTrue(unknown.doLayout(event("x", null)).startsWith("ts="));
    }

    private StructuredLayout structured(String format) {
        StructuredLayout layout = new StructuredLayout();
        layout.setFormat(format);
        return started(layout);
    }

    private <L extends ch.qos.logback.core.LayoutBase<?>> L started(L layout) {
        layout.setContext(context);
        layout.start();
        return layout;
    }

    private LoggingEvent event(String message, Throwable thrown, Object... args) {
        LoggingEvent e = new LoggingEvent(Logger.class.getName(), logger, Level.INFO, message, null, args);
        if (thrown != null) {
            e.setThrowableProxy(new ThrowableProxy(thrown));
        }
        e.setThreadName("main");
        e.setInstant(TS);
        return e;
    }

    /** A strict reader of one logfmt line, to check that what the layout writes reads back unchanged. */
    static Map<String, String> parseLogfmt(String line) {
        assertTrue(line.endsWith("\n"), "line ends with a newline");
        String s = line.substring(0, line.length() - 1);
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < s.length()) {
            int eq = s.indexOf('=', i);
            assertTrue(eq > i, "key at " + i + " in " + s);
            String key = s.substring(i, eq);
            i = eq + 1;
            StringBuilder value = new StringBuilder();
            if (i < s.length() && s.charAt(i) == '"') {
                i++;
                while (s.charAt(i) != '"') {
                    char c = s.charAt(i++);
                    if (c == '\\') {
                        char esc = s.charAt(i++);
                        switch (esc) {
                            case 'n' -> value.append('\n');
                            case 'r' -> value.append('\r');
                            case 't' -> value.append('\t');
                            case 'u' -> {
                                value.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                                i += 4;
                            }
                            default -> value.append(esc);
                        }
                    } else {
                        assertTrue(c >= ' ', "raw control character inside quotes");
                        value.append(c);
                    }
                }
                i++;
            } else {
                while (i < s.length() && s.charAt(i) != ' ') {
                    value.append(s.charAt(i++));
                }
            }
            assertTrue(out.put(key, value.toString()) == null, "duplicate key " + key);
            if (i < s.length()) {
                assertEquals(' ', s.charAt(i), "a space between fields in " + s);
                i++;
            }
        }
        return out;
    }
}
