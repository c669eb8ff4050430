package io.newsflow.admin.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.event.KeyValuePair;

/**
 * The fields of one log line, in order: ts, level, logger, thread, msg, then the event's SLF4J key-values and MDC
 * entries, then exception. A key-value or MDC key that clashes with a fixed field gets the prefix {@code ctx.}.
 */
final class LogFields {

    static final Set<String> FIXED = Set.of("ts", "level", "logger", "thread", "msg", "exception");

    private static final DateTimeFormatter TS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private LogFields() {
    }

    static Map<String, String> of(ILoggingEvent event) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ts", TS.format(Instant.ofEpochMilli(event.getTimeStamp())));
        fields.put("level", event.getLevel().toString());
        fields.put("logger", event.getLoggerName());
        fields.put("thread", event.getThreadName());
        fields.put("msg", event.getFormattedMessage() == null ? "" : event.getFormattedMessage());
        if (event.getKeyValuePairs() != null) {
            for (KeyValuePair kv : event.getKeyValuePairs()) {
                putExtra(fields, kv.key, String.valueOf(kv.value));
            }
        }
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc != null) {
            mdc.forEach((k, v) -> putExtra(fields, k, v));
        }
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            fields.put("exception", ThrowableProxyUtil.asString(thrown).stripTrailing());
        }
        return fields;
    }

    private static void putExtra(Map<String, String> fields, String key, String value) {
        String k = key == null || key.isEmpty() ? "_" : key;
        fields.put(FIXED.contains(k) ? "ctx." + k : k, value == null ? "" : value);
    }
}
