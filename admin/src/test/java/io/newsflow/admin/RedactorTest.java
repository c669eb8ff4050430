package io.newsflow.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void shouldMaskCredentialsAndKeepTheRestOfTheConfiguration() {
        Properties p = new Properties();
        p.put("bootstrap.servers", "kafka:9092");
        p.put("security.protocol", "SASL_SSL");
        p.put("sasl.mechanism", "PLAIN");
        p.put("sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"hunter2\";");
        p.put("ssl.truststore.password", "changeit");
        p.put("ssl.key.password", "k");
        p.put("ssl.keystore.key", "-----BEGIN PRIVATE KEY-----...");
        p.put("sasl.oauthbearer.client.secret", "s3cr3t");
        p.put("acks", "all");
        p.put("linger.ms", 5);

        Map<String, String> redacted = Redactor.redact(p);

        assertEquals("kafka:9092", redacted.get("bootstrap.servers"));
        assertEquals("SASL_SSL", redacted.get("security.protocol"));
        assertEquals("PLAIN", redacted.get("sasl.mechanism"));
        assertEquals("all", redacted.get("acks"));
        assertEquals("5", redacted.get("linger.ms"));
        for (String secret : List.of("sasl.jaas.config", "ssl.truststore.password", "ssl.key.password",
                "ssl.keystore.key", "sasl.oauthbearer.client.secret")) {
            assertEquals(Redactor.MASK, redacted.get(secret), secret);
        }
        String printed = redacted.toString();
        for (String leaked : List.of("hunter2", "changeit", "PRIVATE KEY", "s3cr3t")) {
            assertFalse(printed.contains(leaked), leaked);
        }
        assertEquals(List.copyOf(new java.util.TreeSet<>(redacted.keySet())), List.copyOf(redacted.keySet()),
                "sorted, so that two start-up lines compare at a glance");
    }

    @Test
    void shouldMatchSecretNamesWhateverTheirCase() {
        assertTrue(Redactor.isSecret("SASL.JAAS.CONFIG"));
        assertTrue(Redactor.isSecret("my.Password.file"));
        assertFalse(Redactor.isSecret("ssl.truststore.location"));
        assertFalse(Redactor.isSecret("key.serializer"));
        assertFalse(Redactor.isSecret("group.id"));
    }
}
