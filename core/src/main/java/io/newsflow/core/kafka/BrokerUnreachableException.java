package io.newsflow.core.kafka;

/**
 * The Kafka cluster did not answer within the connect timeout. The message names the address, the cause and what to
 * do, and is meant for the user as it is (no stack trace needed).
 */
public final class BrokerUnreachableException extends RuntimeException {

    private final String bootstrapServers;

    public BrokerUnreachableException(String bootstrapServers, String message) {
        super(message);
        this.bootstrapServers = bootstrapServers;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }
}
