package io.newsflow.admin;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Masks the values of secret-looking Kafka client properties, so that a service can log its effective
 * configuration at start-up: {@code sasl.jaas.config} (it embeds credentials), anything named like a password,
 * secret, token or credential, and private keys ({@code ssl.keystore.key}).
 */
public final class Redactor {

    public static final String MASK = "***";

    private Redactor() {
    }

    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.equals("sasl.jaas.config")
                || k.contains("password")
                || k.contains("secret")
                || k.contains("token")
                || k.contains("credential")
                || k.endsWith(".key");
    }

    /** A sorted copy of {@code properties} with the secrets' values masked; non-string values are printed. */
    public static Map<String, String> redact(Map<?, ?> properties) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<?, ?> e : properties.entrySet()) {
            String key = String.valueOf(e.getKey());
            out.put(key, isSecret(key) ? MASK : String.valueOf(e.getValue()));
        }
        return out;
    }
}
