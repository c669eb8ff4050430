package io.newsflow.admin.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.apache.kafka.streams.errors.TaskMigratedException;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecoverableKafkaErrorFilterTest {

    static final String COLLECTOR = "org.apache.kafka.streams.processor.internals.RecordCollectorImpl";
    static final String THREAD = "org.apache.kafka.streams.processor.internals.StreamThread";
    static final String SEND_TIMED_OUT = "stream-thread [enrich-StreamThread-1] task [0_0] Error encountered sending record "
            + "to topic news.enriched for task 0_0 due to:\norg.apache.kafka.common.errors.TimeoutException: Expiring 3 "
            + "record(s) for news.enriched-0:120001 ms has passed since batch creation\nThe broker is either slow or in bad "
            + "state (like not having enough replicas) in responding the request.";

    private final AtomicLong now = new AtomicLong();

    private CapturedLogs logs;

    @BeforeEach
    void setUp() {
        logs = new CapturedLogs(new RecoverableKafkaErrorFilter(now::get));
    }

    private Logger logger(String name) {
        return logs.logger(name);
    }

    private ILoggingEvent only() {
        assertEquals(1, logs.events().size(), () -> logs.events().stream().map(ILoggingEvent::getFormattedMessage).toList().toString());
        return logs.events().get(0);
    }

    @Test
    void shouldLogASendThatTimedOutWhileTheBrokerWasAwayAsOneWarningLineWithoutAStackTrace() {
        logger(COLLECTOR).error(SEND_TIMED_OUT, new TimeoutException("Expiring 3 record(s) for news.enriched-0"));

        ILoggingEvent e = only();
        assertEquals(Level.WARN, e.getLevel());
        assertEquals(RecoverableKafkaErrorFilter.LOGGER, e.getLoggerName());
        assertNull(e.getThrowableProxy(), "no stack trace");
        assertEquals("event=kafka_recovering error=TimeoutException logger=RecordCollectorImpl was=ERROR message=\"stream-thread "
                + "[enrich-StreamThread-1] task [0_0] Error encountered sending record to topic news.enriched for task 0_0 "
                + "due to:\"", e.getFormattedMessage());
    }

    @Test
    void shouldSayOnceAMinuteThatTheThreadWasFencedAndHowOftenSince() {
        TaskMigratedException fenced = new TaskMigratedException("Producer got fenced", new ProducerFencedException("epoch 3"));
        for (int second = 0; second <= 61; second++) {
            now.set(second * 1_000_000_000L);
            logger(THREAD).warn("stream-thread [enrich-StreamThread-1] Detected that the thread is being fenced. This implies "
                    + "that this thread missed a rebalance and dropped out of the consumer group. Will close out all assigned "
                    + "tasks and rejoin the consumer group.", fenced);
        }

        List<String> lines = logs.events().stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(2, lines.size(), lines::toString);
        assertEquals("event=kafka_recovering error=TaskMigratedException cause=ProducerFencedException logger=StreamThread "
                + "was=WARN message=\"stream-thread [enrich-StreamThread-1] Detected that the thread is being fenced. This "
                + "implies that this thread missed a rebalance and dropped out of the consumer group. Will close out all "
                + "assigned tasks and rejoin the consumer group.\"", lines.get(0));
        assertEquals(true, lines.get(1).contains(" repeats_since_last=60 "), lines.get(1));
    }

    @Test
    void shouldShortenACorruptedTaskGivenAsTheLastParameter() {
        logger(THREAD).warn("Detected the states of tasks {} are corrupted. Will close the task as dirty and re-create and "
                + "bootstrap from scratch.", Set.of(new TaskId(0, 1)), new TaskCorruptedException(Set.of(new TaskId(0, 1))));

        ILoggingEvent e = only();
        assertEquals(Level.WARN, e.getLevel());
        assertNull(e.getThrowableProxy());
        assertEquals("event=kafka_recovering error=TaskCorruptedException logger=StreamThread was=WARN message=\"Detected the "
                + "states of tasks [0_1] are corrupted. Will close the task as dirty and re-create and bootstrap from "
                + "scratch.\"", e.getFormattedMessage());
    }

    @Test
    void shouldShortenTheTaskManagersErrorListingCorruptedTasksButNotOneWithAFailure() {
        // Kafka formats its messages itself: the tasks' exceptions arrive as text, with no throwable.
        String taskManager = "org.apache.kafka.streams.processor.internals.TaskManager";
        logger(taskManager).error("stream-thread [enrich-StreamThread-1] Get exceptions for the following tasks: "
                + "{2_0=org.apache.kafka.streams.errors.TaskCorruptedException: Tasks [2_0] are corrupted and hence need to "
                + "be re-initialized, 1_1=org.apache.kafka.streams.errors.TaskCorruptedException: Tasks [1_1] are corrupted}");
        logger(taskManager).error("stream-thread [enrich-StreamThread-1] Get exceptions for the following tasks: "
                + "{2_0=org.apache.kafka.streams.errors.TaskCorruptedException: Tasks [2_0] are corrupted, "
                + "1_0=java.lang.IllegalStateException: a real failure}");
        logger(taskManager).error("stream-thread [enrich-StreamThread-1] Get exceptions for the following tasks: "
                + "{0_0=com.example.UnknownException: from a class this process does not have}");

        List<ILoggingEvent> events = logs.events();
        assertEquals(3, events.size());
        assertEquals(Level.WARN, events.get(0).getLevel());
        assertEquals(RecoverableKafkaErrorFilter.LOGGER, events.get(0).getLoggerName());
        assertEquals(true, events.get(0).getFormattedMessage().startsWith("event=kafka_recovering error=TaskCorruptedException "
                + "logger=TaskManager was=ERROR message=\"stream-thread [enrich-StreamThread-1] Get exceptions for the "
                + "following tasks: {2_0=org.apache.kafka.streams.errors.TaskCorruptedException: Tasks [2_0] are corrupted"),
                events.get(0).getFormattedMessage());
        assertEquals(Level.ERROR, events.get(1).getLevel());
        assertEquals(taskManager, events.get(1).getLoggerName());
        assertEquals(Level.ERROR, events.get(2).getLevel());
    }

    @Test
    void shouldKeepAThreadStoppedByATaskTimeoutAnErrorWithItsStackTrace() {
        logger(THREAD).error("stream-thread [enrich-StreamThread-1] Encountered the following exception during processing "
                + "and the thread is going to shut down: ", new StreamsException(new TimeoutException("Task 0_0 did not make "
                + "progress within 300000 ms")));

        ILoggingEvent e = only();
        assertEquals(Level.ERROR, e.getLevel());
        assertEquals(THREAD, e.getLoggerName());
        assertNotNull(e.getThrowableProxy());
    }

    @Test
    void shouldKeepAnErrorKafkaDoesNotRecoverFromAnError() {
        logger(COLLECTOR).error("Error encountered sending record to topic news.enriched for task 0_0 due to: record too "
                + "large", new RecordTooLargeException("The message is 8000000 bytes"));

        ILoggingEvent e = only();
        assertEquals(Level.ERROR, e.getLevel());
        assertNotNull(e.getThrowableProxy());
    }

    @Test
    void shouldKeepARecoverableLineThatSaysTheClientShutsDown() {
        logger("org.apache.kafka.streams.KafkaStreams").error("stream-client [enrich] Encountered the following exception "
                + "during processing and the client is going to shut down: ", new TaskMigratedException("fenced"));

        assertEquals(Level.ERROR, only().getLevel());
    }

    @Test
    void shouldLeaveOtherLoggersAndLinesWithoutAnExceptionAlone() {
        logger("io.newsflow.enrich.EnrichService").error("event=stream_thread_failed", new TimeoutException("ours"));
        logger(THREAD).warn("stream-thread [enrich-StreamThread-1] a warning without an exception");

        List<ILoggingEvent> events = logs.events();
        assertEquals(2, events.size());
        assertEquals(Level.ERROR, events.get(0).getLevel());
        assertNotNull(events.get(0).getThrowableProxy());
        assertEquals(Level.WARN, events.get(1).getLevel());
        assertEquals(THREAD, events.get(1).getLoggerName());
    }
}
