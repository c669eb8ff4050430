package io.newsflow.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.core.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docker-compose.yml, Dockerfile and .dockerignore at the repository root agree with each other and the code. */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");
    /** The services that probe their admin port's readiness; serve is probed on its own HTTP port. */
    private static final List<String> SERVICES = List.of("ingest", "ingest-live", "enrich", "sink");

    /**
     * The NEWSFLOW_* variables the compose file may use. NEWSFLOW_ADMIN_PORT comes from the code; the services'
     * own settings and the logging variables are listed here, and NEWSFLOW_KAFKA_* passes any client property.
     */
    private static final Set<String> KNOWN = Set.of(AdminServer.ADMIN_PORT.envName(), "NEWSFLOW_BOOTSTRAP_SERVERS",
            "NEWSFLOW_OUT", "NEWSFLOW_APPLICATION_ID", "NEWSFLOW_NUM_STREAM_THREADS", "NEWSFLOW_LOG_FORMAT",
            "NEWSFLOW_LOG_LEVEL", "NEWSFLOW_POLL_INTERVAL", "NEWSFLOW_HTTP_PORT", "NEWSFLOW_ADVERTISED_HOST",
            "NEWSFLOW_STATE_DIR");

    private final JsonNode compose = readCompose();

    @Test
    void shouldUseAComposeFormatThatDockerCompose129Accepts() {
        assertEquals("3.8", compose.path("version").asText());
        List<String> names = new ArrayList<>();
        compose.path("services").fieldNames().forEachRemaining(names::add);
        assertEquals(Set.of("kafka", "topics", "ingest", "ingest-live", "enrich", "sink", "serve"), Set.copyOf(names));
    }

    @Test
    void shouldServeThePageOnItsPortWithItsStateOnANamedVolume() {
        JsonNode serve = service("serve");
        assertEquals("serve", serve.path("command").path(0).asText());
        Map<String, String> env = environment(serve);
        String port = env.get("NEWSFLOW_HTTP_PORT");
        assertNotNull(port);
        assertTrue(healthTest(serve).contains("http://localhost:" + port + "/"), healthTest(serve));
        assertEquals("serve", env.get("NEWSFLOW_ADVERTISED_HOST"), "other instances reach it by its service name");
        assertMountsNamedVolume(serve, env.get("NEWSFLOW_STATE_DIR"));
        assertEquals("service_completed_successfully",
                serve.path("depends_on").path("topics").path("condition").asText());
    }

    @Test
    void shouldFollowASourcesFileThatTheRepositoryHolds() {
        JsonNode live = service("ingest-live");
        List<String> command = new ArrayList<>();
        live.path("command").forEach(c -> command.add(c.asText()));
        assertTrue(command.contains("--follow"), command.toString());
        String sources = command.get(command.indexOf("--sources") + 1);
        boolean mounted = false;
        for (JsonNode v : live.path("volumes")) {
            String[] parts = v.asText().split(":");
            if (parts.length >= 2 && parts[1].equals(sources)) {
                assertTrue(Files.isRegularFile(ROOT.resolve(parts[0])), "no " + parts[0] + " in the repository");
                mounted = true;
            }
        }
        assertTrue(mounted, sources + " is mounted from the repository");
    }

    @Test
    void shouldRunASingleKraftBrokerWithItsDataOnANamedVolumeAndAHealthCheck() {
        JsonNode kafka = service("kafka");
        assertEquals("apache/kafka:4.1.1", kafka.path("image").asText());
        Map<String, String> env = environment(kafka);
        assertEquals("broker,controller", env.get("KAFKA_PROCESS_ROLES"));
        assertEquals("1@kafka:9093", env.get("KAFKA_CONTROLLER_QUORUM_VOTERS"));
        assertTrue(env.get("KAFKA_ADVERTISED_LISTENERS").contains("PLAINTEXT://kafka:9092"));
        for (String required : List.of("KAFKA_NODE_ID", "KAFKA_LISTENERS", "KAFKA_CONTROLLER_LISTENER_NAMES",
                "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CLUSTER_ID", "KAFKA_LOG_DIRS",
                "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")) {
            assertTrue(env.containsKey(required), required);
        }
        assertEquals("1", env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"));
        assertMountsNamedVolume(kafka, env.get("KAFKA_LOG_DIRS"));
        assertTrue(healthTest(kafka).contains("kafka-broker-api-versions.sh"), healthTest(kafka));
    }

    @Test
    void shouldCreateThePipelineTopicsOnceTheBrokerIsHealthy() {
        JsonNode topics = service("topics");
        assertEquals(service("kafka").path("image").asText(), topics.path("image").asText());
        assertEquals("service_healthy", topics.path("depends_on").path("kafka").path("condition").asText());
        String script = text(topics.path("command"));
        assertTrue(script.contains("kafka-topics.sh"), script);
        assertTrue(script.contains("--if-not-exists"), "re-running must be harmless: " + script);
        for (String topic : List.of(Topics.RAW, Topics.ENRICHED, Topics.DLQ)) {
            assertTrue(Pattern.compile("--topic " + Pattern.quote(topic) + " --partitions \\d+").matcher(script).find(),
                    topic + " in " + script);
        }
        assertEquals("no", topics.path("restart").asText(), "a one-shot job");
    }

    @Test
    void shouldStartEachServiceFromTheImageOnceTheTopicsExistAndProbeItsReadiness() {
        for (String name : SERVICES) {
            JsonNode s = service(name);
            assertEquals(".", s.path("build").asText(), name);
            assertEquals("newsflow:latest", s.path("image").asText(), name + " shares the one image");
            assertEquals(name.replace("-live", ""), s.path("command").path(0).asText(), name + " runs its own command");
            assertEquals("service_completed_successfully",
                    s.path("depends_on").path("topics").path("condition").asText(), name);
            assertEquals("service_healthy", s.path("depends_on").path("kafka").path("condition").asText(), name);
            Map<String, String> env = environment(s);
            assertEquals("kafka:9092", env.get("NEWSFLOW_BOOTSTRAP_SERVERS"), name);
            assertEquals("json", env.get("NEWSFLOW_LOG_FORMAT"), name);
            String port = env.get(AdminServer.ADMIN_PORT.envName());
            assertNotNull(port, name + " serves its admin port");
            String probe = healthTest(s);
            assertTrue(probe.contains("http://localhost:" + port + "/health/ready"), name + ": " + probe);
        }
        assertEquals("newsflow-enrich", environment(service("enrich")).get("NEWSFLOW_APPLICATION_ID"),
                "one application id for all enrich instances");
    }

    @Test
    void shouldKeepTheSinksFilesOnANamedVolume() {
        JsonNode sink = service("sink");
        assertMountsNamedVolume(sink, environment(sink).get("NEWSFLOW_OUT"));
    }

    @Test
    void shouldIngestSamplesThatTheImageBundles() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("COPY samples/ /opt/newsflow/samples/"), "samples bundled");
        for (JsonNode arg : service("ingest").path("command")) {
            String a = arg.asText();
            if (a.startsWith("/opt/newsflow/samples/")) {
                Path inRepo = ROOT.resolve("samples").resolve(a.substring("/opt/newsflow/samples/".length()));
                assertTrue(Files.isRegularFile(inRepo), "no " + inRepo + " for " + a);
            }
        }
    }

    @Test
    void shouldUseOnlyKnownNewsflowVariables() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String name : SERVICES) {
            for (String key : environment(service(name)).keySet()) {
                if (key.startsWith("NEWSFLOW_")) {
                    used.add(key);
                }
            }
        }
        // ${NEWSFLOW_...} interpolations and mentions in comments count too.
        Matcher m = Pattern.compile("NEWSFLOW_[A-Z0-9_]+").matcher(Files.readString(ROOT.resolve("docker-compose.yml")));
        while (m.find()) {
            used.add(m.group());
        }
        used.removeIf(v -> v.startsWith("NEWSFLOW_KAFKA_"));
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(KNOWN);
        assertEquals(Set.of(), unknown, "unknown variables; used: " + used);
        assertTrue(used.containsAll(Set.of("NEWSFLOW_BOOTSTRAP_SERVERS", "NEWSFLOW_ADMIN_PORT", "NEWSFLOW_OUT")));
    }

    @Test
    void shouldBuildInTwoStagesAndRunTheAppJarAsANonRootUser() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        List<String> from = dockerfile.lines().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals(List.of("FROM maven:3.9-eclipse-temurin-17 AS build", "FROM eclipse-temurin:17-jre"), from);
        assertTrue(dockerfile.contains("mvn -B -DskipTests package"));
        assertTrue(dockerfile.contains("COPY --from=build /src/app/target/newsflow.jar /opt/newsflow/newsflow.jar"));
        assertTrue(dockerfile.contains("COPY --from=build /src/app/target/lib/ /opt/newsflow/lib/"));
        Matcher user = Pattern.compile("(?m)^USER (\\S+)$").matcher(dockerfile);
        assertTrue(user.find(), "a USER line");
        assertFalse(Set.of("root", "0").contains(user.group(1)), user.group(1));
        String entrypoint = dockerfile.lines().filter(l -> l.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
        assertTrue(entrypoint.startsWith("ENTRYPOINT [\"java\", "), entrypoint);
        assertTrue(entrypoint.endsWith("\"-jar\", \"/opt/newsflow/newsflow.jar\"]"), entrypoint);
        assertTrue(dockerfile.contains("curl"), "the compose health checks call curl inside the container");
    }

    @Test
    void shouldKeepBuildOutputAndGitOutOfTheBuildContext() throws IOException {
        List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore"));
        assertTrue(ignored.containsAll(List.of("**/target", "**/target-*", ".git")), ignored.toString());
    }

    private JsonNode service(String name) {
        JsonNode s = compose.path("services").path(name);
        assertFalse(s.isMissingNode(), "service " + name);
        return s;
    }

    private void assertMountsNamedVolume(JsonNode service, String path) {
        assertNotNull(path);
        String mount = null;
        for (JsonNode v : service.path("volumes")) {
            String[] parts = v.asText().split(":");
            if (parts.length >= 2 && parts[1].equals(path)) {
                mount = parts[0];
            }
        }
        assertNotNull(mount, "a volume at " + path);
        assertTrue(compose.path("volumes").has(mount), "named volume " + mount + " declared");
    }

    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode e = service.path("environment");
        if (e.isArray()) {
            for (JsonNode item : e) {
                String[] kv = item.asText().split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        } else {
            e.fields().forEachRemaining(f -> env.put(f.getKey(), f.getValue().asText()));
        }
        return env;
    }

    private static String healthTest(JsonNode service) {
        JsonNode test = service.path("healthcheck").path("test");
        assertFalse(test.isMissingNode(), "a healthcheck");
        return text(test);
    }

    private static String text(JsonNode node) {
        if (!node.isArray()) {
            return node.asText();
        }
        List<String> parts = new ArrayList<>();
        node.forEach(n -> parts.add(n.asText()));
        return String.join(" ", parts);
    }

    private static JsonNode readCompose() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read docker-compose.yml", e);
        }
    }
}
