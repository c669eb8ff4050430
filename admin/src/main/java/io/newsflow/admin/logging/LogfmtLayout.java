package io.newsflow.admin.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import java.util.Map;

/**
 * One line per event in logfmt: {@code ts=... level=INFO logger=... thread=main msg="event=started port=8080"}.
 * A value is quoted when it is empty or holds a space, {@code =}, a quote or a control character; inside quotes
 * backslash, quote, newline, carriage return and tab are escaped, so a stack trace stays on its line.
 */
public final class LogfmtLayout extends LayoutBase<ILoggingEvent> {

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder sb = new StringBuilder(256);
        for (Map.Entry<String, String> field : LogFields.of(event).entrySet()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            appendKey(sb, field.getKey());
            sb.append('=');
            appendValue(sb, field.getValue());
        }
        return sb.append('\n').toString();
    }

    static void appendKey(StringBuilder sb, String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean plain = c > ' ' && c < 0x7f && c != '=' && c != '"';
            sb.append(plain ? c : '_');
        }
    }

    static void appendValue(StringBuilder sb, String value) {
        if (!needsQuotes(value)) {
            sb.append(value);
            return;
        }
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == '=' || c == '"' || Character.isISOControl(c) || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }
}
