package io.newsflow.enrich.nlp;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CRF's feature extraction ({@code NERFeatureFactory.featuresC}) is a single method of about 10,000 bytes of
 * bytecode. HotSpot never compiles methods over 8,000 bytes unless started with {@code -XX:-DontCompileHugeMethods},
 * so by default that method, most of the tagger's work, runs in the interpreter: the tagger is about a third slower,
 * and two threads sharing the interpreter's counters scale poorly. {@code ./newsflow} and the image set the flag;
 * this says so when a JVM started some other way lacks it.
 */
public final class JitCheck {

    private static final Logger LOG = LoggerFactory.getLogger(JitCheck.class);

    static final String OPTION = "DontCompileHugeMethods";

    private JitCheck() {
    }

    /** True when HotSpot compiles huge methods; empty when this JVM does not say (not HotSpot). */
    public static Optional<Boolean> hugeMethodsCompiled() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot == null) {
                return Optional.empty();
            }
            return Optional.of(!Boolean.parseBoolean(hotspot.getVMOption(OPTION).getValue()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static void warnIfHugeMethodsInterpreted() {
        if (hugeMethodsCompiled().orElse(true)) {
            return;
        }
        LOG.warn("event=jvm_option_missing option=-XX:-" + OPTION
                + " effect=\"the NER feature extractor runs interpreted: tagging is about a third slower\""
                + " fix=\"start the JVM with -XX:-" + OPTION + " (./newsflow and the image do)\"");
    }
}
