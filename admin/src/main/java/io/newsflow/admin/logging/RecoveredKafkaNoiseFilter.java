package io.newsflow.admin.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Marker;

/**
 * Drops the WARN and ERROR lines that Kafka writes about conditions its own clients retry and recover from, which a
 * healthy pipeline shows at every start and which only alarm the reader:
 * <ul>
 *   <li>a transactional producer's first sends of a transaction answered {@code CONCURRENT_TRANSACTIONS} (the previous
 *   commit is still completing) or, for the requests in flight behind it, {@code OUT_OF_ORDER_SEQUENCE_NUMBER}; the
 *   producer retries them, and the in-JVM broker's ERROR with a stack trace for the same rejected append;</li>
 *   <li>metadata saying that Kafka Streams' own internal topics ({@code -repartition}, {@code -changelog}) do not exist
 *   yet, while Streams is creating them;</li>
 *   <li>a fresh local broker activating its controller, and closing a client twice on shutdown;</li>
 *   <li>a state reset ({@code KafkaStreams.cleanUp()}) that keeps the application directory, whose lock file stays.</li>
 * </ul>
 * The same codes on a user's topic, and every other Kafka line, pass; a condition that does not recover surfaces as
 * the client's own error.
 */
public final class RecoveredKafkaNoiseFilter extends TurboFilter {

    static final String SENDER = "org.apache.kafka.clients.producer.internals.Sender";
    static final String NETWORK_CLIENT = "org.apache.kafka.clients.NetworkClient";
    static final String REPLICA_MANAGER = "kafka.server.ReplicaManager";
    static final String QUORUM_CONTROLLER = "org.apache.kafka.controller.QuorumController";
    static final String STATE_DIRECTORY = "org.apache.kafka.streams.processor.internals.StateDirectory";

    private static final Pattern RETRIED_PRODUCE = Pattern.compile(
            "Got error produce response .* retrying \\(\\d+ attempts left\\)\\. Error: (CONCURRENT_TRANSACTIONS|OUT_OF_ORDER_SEQUENCE_NUMBER)$");
    private static final Pattern RECOVERABLE_METADATA =
            Pattern.compile("The metadata response from the cluster reported a recoverable issue with correlation id \\d+ : \\{(.*)}$");
    private static final Pattern INTERNAL_TOPIC_PENDING =
            Pattern.compile("\\S+-(repartition|changelog)=(UNKNOWN_TOPIC_OR_PARTITION|LEADER_NOT_AVAILABLE)");
    private static final String OUT_OF_ORDER = "org.apache.kafka.common.errors.OutOfOrderSequenceException";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format == null || !level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        return recovered(logger.getName(), format, t) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    static boolean recovered(String logger, String message, Throwable t) {
        return switch (logger) {
            case SENDER -> RETRIED_PRODUCE.matcher(message).find();
            case NETWORK_CLIENT -> onlyInternalTopicsPending(message)
                    || message.endsWith("Attempting to close NetworkClient that has already been closed.");
            case REPLICA_MANAGER -> message.contains("Error processing append operation on partition")
                    && t != null && t.getClass().getName().equals(OUT_OF_ORDER);
            case QUORUM_CONTROLLER -> message.contains("] Performing controller activation.");
            // KafkaStreams.cleanUp(), which enrich calls on state of another cluster, keeps the application directory
            // (its lock file stays) and says so.
            case STATE_DIRECTORY -> message.contains("Failed to delete state store directory of ")
                    && message.endsWith(" for it is not empty");
            default -> false;
        };
    }

    private static boolean onlyInternalTopicsPending(String message) {
        Matcher m = RECOVERABLE_METADATA.matcher(message);
        if (!m.find()) {
            return false;
        }
        for (String entry : m.group(1).split(",\\s*")) {
            if (!INTERNAL_TOPIC_PENDING.matcher(entry).matches()) {
                return false;
            }
        }
        return true;
    }
}
