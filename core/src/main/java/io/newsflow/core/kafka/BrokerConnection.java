package io.newsflow.core.kafka;

import io.newsflow.core.config.CommonSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;

/**
 * The start-up check of every Kafka client: waits, up to the connect timeout, until the cluster answers, and otherwise
 * fails with a message that names the address, the cause (refused, unknown host, no answer, no Kafka answer) and the
 * fix. Kafka's own clients would instead retry forever and say little.
 */
public final class BrokerConnection {

    private static final Duration PROBE = Duration.ofSeconds(2);
    private static final String NO_KAFKA =
            "the port is open but no Kafka answered; is it a Kafka listener, and are the security settings right?";

    private BrokerConnection() {
    }

    /**
     * Returns once the cluster at {@code bootstrap.servers} of {@code clientProperties} answers; returns false early
     * when {@code stopping} turns true.
     *
     * @param clientProperties properties of any Kafka client: the ones an admin client knows (bootstrap, security)
     *                         are used
     * @throws BrokerUnreachableException when it does not answer within {@code timeout}
     */
    public static boolean await(Properties clientProperties, Duration timeout, BooleanSupplier stopping) {
        String bootstrap = String.valueOf(clientProperties.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)).trim();
        long deadline = System.nanoTime() + timeout.toNanos();
        String cause = "no answer";
        Admin admin = null; // created once a port answers: an unresolvable bootstrap address fails Admin.create
        try {
            while (!stopping.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
                long leftMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (leftMs <= 0) {
                    break;
                }
                String unreachable = probeSockets(bootstrap, (int) Math.min(leftMs, PROBE.toMillis()));
                if (!unreachable.isEmpty()) {
                    cause = unreachable;
                    pause(Math.min(500, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                    continue;
                }
                if (admin == null) {
                    admin = Admin.create(adminProperties(clientProperties, timeout));
                }
                try {
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) Math.max(1, leftMs)))
                            .clusterId().get(leftMs, TimeUnit.MILLISECONDS);
                    return true;
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof AuthenticationException || c instanceof AuthorizationException) {
                        throw new BrokerUnreachableException(bootstrap, "Kafka at " + bootstrap + " refused this client: "
                                + c.getMessage() + ". Check the security settings (--kafka.security.protocol, "
                                + "--kafka.sasl.*, --kafka.ssl.*).");
                    }
                    cause = NO_KAFKA + " (" + c.getClass().getSimpleName() + ")";
                } catch (TimeoutException e) {
                    cause = NO_KAFKA;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            if (admin != null) {
                admin.close(Duration.ZERO);
            }
        }
        if (stopping.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            return false;
        }
        throw new BrokerUnreachableException(bootstrap, message(bootstrap, timeout, cause));
    }

    /** What the user reads when the cluster did not answer in time. */
    static String message(String bootstrap, Duration timeout, String cause) {
        return "cannot reach Kafka at " + bootstrap + " within " + describe(timeout) + ": " + cause
                + ". Is a broker running? Start one with ./newsflow broker, or point --"
                + CommonSettings.BOOTSTRAP_SERVERS.name() + " (" + CommonSettings.BOOTSTRAP_SERVERS.envName()
                + ") at yours; --" + CommonSettings.CONNECT_TIMEOUT.name() + " sets how long to wait.";
    }

    /**
     * Empty when a TCP connection to any of the servers succeeds, else why none did, e.g.
     * {@code localhost:9092: connection refused}.
     */
    static String probeSockets(String bootstrap, int timeoutMs) {
        List<String> problems = new ArrayList<>();
        for (String raw : bootstrap.split(",")) {
            String server = raw.trim();
            int colon = server.lastIndexOf(':');
            String host = server.substring(0, colon).replace("[", "").replace("]", "");
            int port = Integer.parseInt(server.substring(colon + 1));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), Math.max(1, timeoutMs));
                return "";
            } catch (UnknownHostException e) {
                problems.add(server + ": unknown host " + host);
            } catch (ConnectException e) {
                problems.add(server + ": connection refused");
            } catch (NoRouteToHostException e) {
                problems.add(server + ": no route to host");
            } catch (SocketTimeoutException e) {
                problems.add(server + ": no answer to connect (timed out)");
            } catch (IOException | IllegalArgumentException e) {
                problems.add(server + ": " + e.getMessage());
            }
        }
        return String.join("; ", problems);
    }

    private static Properties adminProperties(Properties clientProperties, Duration timeout) {
        Properties p = new Properties();
        for (String name : clientProperties.stringPropertyNames()) {
            if (AdminClientConfig.configNames().contains(name) && !name.equals(AdminClientConfig.CLIENT_ID_CONFIG)) {
                p.put(name, clientProperties.getProperty(name));
            }
        }
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-connection-check");
        int ms = (int) Math.min(Integer.MAX_VALUE, Math.max(1000, timeout.toMillis()));
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(Math.min(ms, 10_000)));
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Integer.toString(ms));
        return p;
    }

    private static void pause(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
