package io.newsflow.admin.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Map;

/**
 * One JSON object per line: {@code {"ts":"...","level":"INFO","logger":"...","thread":"main","msg":"..."}}, for
 * log collectors that parse JSON. All values are strings; newlines and control characters are escaped.
 */
public final class JsonLayout extends LayoutBase<ILoggingEvent> {

    @Override
    public String doLayout(ILoggingEvent event) {
        JsonStringEncoder enc = JsonStringEncoder.getInstance();
        StringBuilder sb = new StringBuilder(256).append('{');
        for (Map.Entry<String, String> field : LogFields.of(event).entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"');
            enc.quoteAsString(field.getKey(), sb);
            sb.append("\":\"");
            enc.quoteAsString(field.getValue(), sb);
            sb.append('"');
        }
        return sb.append("}\n").toString();
    }
}
