package io.newsflow.sink;

import io.newsflow.core.config.Settings;
import java.util.Map;

/** The sink in a JVM of its own, as the CLI runs it, for the tests that kill it with SIGKILL. */
public final class SinkMain {

    private SinkMain() {
    }

    public static void main(String[] args) {
        SinkService service = SinkService.create(Settings.parse(SinkService.SETTINGS, args, Map.of()));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close));
        service.run();
    }
}
