package io.newsflow.app;

import io.newsflow.core.config.CommonSettings;
import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.BrokerConnection;
import io.newsflow.ingest.follow.FollowSettings;
import io.newsflow.ingest.follow.IngestState;
import io.newsflow.ingest.follow.SourcesTable;
import java.io.PrintStream;
import java.util.List;
import java.util.Properties;

/** {@code ./newsflow sources}: the state of each source that {@code ingest --follow} follows, from the state topic. */
final class SourcesCommand {

    static final List<Setting<?>> SETTINGS = List.of(CommonSettings.BOOTSTRAP_SERVERS, FollowSettings.STATE_TOPIC,
            CommonSettings.CONNECT_TIMEOUT);

    private SourcesCommand() {
    }

    static int run(List<String> args, PrintStream out) {
        Settings s = ServiceCommands.parse("sources", "Prints each followed source's state (ingest --follow) as a table.",
                SETTINGS, args, out);
        if (s == null) {
            return 0;
        }
        Properties p = s.kafkaOverrides();
        p.put("bootstrap.servers", s.get(CommonSettings.BOOTSTRAP_SERVERS));
        // Without this, an absent broker surfaced as Kafka's bare "Timeout expired while fetching topic metadata".
        BrokerConnection.await(p, s.get(CommonSettings.CONNECT_TIMEOUT), () -> false);
        out.print(SourcesTable.format(IngestState.readSources(s.get(FollowSettings.STATE_TOPIC), p,
                s.get(CommonSettings.CONNECT_TIMEOUT))));
        return 0;
    }
}
