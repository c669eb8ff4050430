package io.newsflow.admin.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.LayoutBase;
import java.util.Locale;

/**
 * The layout named in {@code logback.xml}: {@link LogfmtLayout} or {@link JsonLayout} by its {@code format}
 * property, which the configuration fills from {@code NEWSFLOW_LOG_FORMAT}. An unknown format falls back to
 * logfmt with a warning in logback's status, rather than losing the logs.
 */
public final class StructuredLayout extends LayoutBase<ILoggingEvent> {

    private String format = "logfmt";
    private Layout<ILoggingEvent> delegate;

    public void setFormat(String format) {
        this.format = format;
    }

    public String getFormat() {
        return format;
    }

    @Override
    public void start() {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        LayoutBase<ILoggingEvent> chosen;
        switch (f) {
            case "json" -> chosen = new JsonLayout();
            case "logfmt", "" -> chosen = new LogfmtLayout();
            default -> {
                addWarn("unknown log format '" + format + "' (NEWSFLOW_LOG_FORMAT): use logfmt or json; using logfmt");
                chosen = new LogfmtLayout();
            }
        }
        chosen.setContext(getContext());
        chosen.start();
        delegate = chosen;
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return delegate.doLayout(event);
    }

    /** The layout in use once started: a {@link LogfmtLayout} or a {@link JsonLayout}. */
    Layout<ILoggingEvent> delegate() {
        return delegate;
    }
}
