package io.newsflow.app;

import io.newsflow.broker.LocalKafkaBroker;
import io.newsflow.core.Topics;
import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.config.SettingsException;
import io.newsflow.core.lock.DirectoryLockedException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code newsflow broker}: a persistent local broker, so that the services can run as separate processes. */
final class BrokerCommand {

    static final Setting<Integer> PORT = Setting.integer("port", 9092, 1, 65535, "Port of the PLAINTEXT listener on 127.0.0.1.");
    static final Setting<Path> DATA = Setting.path("data", ".newsflow/broker", "Data directory; kept across restarts.");
    static final Setting<Integer> PARTITIONS = Setting.integer("partitions", 3, 1, 1000,
            "Partitions of the Newsflow topics it creates (news.raw, news.enriched, news.dlq) if they do not exist.");
    static final List<Setting<?>> SETTINGS = List.of(PORT, DATA, PARTITIONS);

    private BrokerCommand() {
    }

    static int run(List<String> args, PrintStream out) throws InterruptedException {
        Settings settings = ServiceCommands.parse("broker", "Runs a local single-node Kafka broker (KRaft) until stopped.", SETTINGS, args, out);
        if (settings == null) {
            return 0;
        }
        LocalKafkaBroker broker;
        try {
            broker = LocalKafkaBroker.start(settings.get(DATA).toAbsolutePath(), settings.get(PORT));
        } catch (DirectoryLockedException e) {
            throw new SettingsException(DATA.name(), e.getMessage() + "; nothing was changed. Stop that broker first,"
                    + " or give this one another --" + DATA.name());
        }
        int partitions = settings.get(PARTITIONS);
        broker.createTopics(Map.of(Topics.RAW, partitions, Topics.ENRICHED, partitions, Topics.DLQ, partitions));
        out.println("broker: listening on " + broker.bootstrapServers() + ", data in " + broker.dataDir() + " (Ctrl-C to stop)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        ServiceCommands.onShutdown(() -> {
            broker.close();
            stopped.countDown();
        });
        stopped.await();
        return 0;
    }
}
