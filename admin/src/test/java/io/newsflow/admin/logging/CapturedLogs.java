package io.newsflow.admin.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;

/** A logback context of its own with one turbo filter installed, keeping every event that passes the filter. */
final class CapturedLogs {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    CapturedLogs(TurboFilter filter) {
        filter.start();
        context.addTurboFilter(filter);
        appender.setContext(context);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }

    Logger logger(String name) {
        return context.getLogger(name);
    }

    /** The events that got through, in order (live: later events appear in it). */
    List<ILoggingEvent> events() {
        return appender.list;
    }

    /** Each event as "LEVEL message". */
    List<String> lines() {
        return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }
}
