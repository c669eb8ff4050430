package io.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class JitCheckTest {

    @Test
    void shouldReportTheHugeMethodOptionThisJvmWasStartedWith() {
        // the build starts test JVMs with -XX:-DontCompileHugeMethods, as ./newsflow starts the services
        boolean startedWithIt = ManagementFactory.getRuntimeMXBean().getInputArguments()
                .contains("-XX:-" + JitCheck.OPTION);
        assertEquals(startedWithIt, JitCheck.hugeMethodsCompiled().orElseThrow());
    }
}
