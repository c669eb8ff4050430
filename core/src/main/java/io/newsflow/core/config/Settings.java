package io.newsflow.core.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The values of a service's declared {@link Setting}s. Each is taken from, first to last: a command-line flag
 * ({@code --name value} or {@code --name=value}), the environment ({@code NEWSFLOW_NAME}), the properties file
 * named by {@code --config} ({@code name=value}), then the default. Any Kafka client property passes through as
 * {@code --kafka.<property> value}, {@code kafka.<property>=value} in the file, or {@code NEWSFLOW_KAFKA_<PROPERTY>}
 * (underscores read as dots), for SASL, SSL and tuning. Words that are not flags are kept as positional arguments.
 */
public final class Settings {

    public static final Setting<Path> CONFIG_FILE = Setting.path("config", "",
            "Optional properties file with settings (name=value) and Kafka client properties (kafka.<property>=value).");
    public static final Setting<Boolean> HELP = Setting.flag("help", "Print the options and exit.");

    private static final String KAFKA_PREFIX = "kafka.";

    private final Map<String, Object> values;
    private final Map<String, String> sources;
    private final Properties kafka;
    private final List<String> positional;

    private Settings(Map<String, Object> values, Map<String, String> sources, Properties kafka, List<String> positional) {
        this.values = values;
        this.sources = sources;
        this.kafka = kafka;
        this.positional = positional;
    }

    public static Settings parse(List<Setting<?>> declared, String[] args) {
        return parse(declared, args, System.getenv());
    }

    public static Settings parse(List<Setting<?>> declared, String[] args, Map<String, String> env) {
        Map<String, Setting<?>> byName = new LinkedHashMap<>();
        for (Setting<?> s : withCommon(declared)) {
            byName.put(s.name(), s);
        }
        Map<String, String> flags = new LinkedHashMap<>();
        Properties kafka = new Properties();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                positional.addAll(List.of(args).subList(i + 1, args.length));
                break;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.startsWith(KAFKA_PREFIX)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new SettingsException(name, "needs a value");
                    }
                    value = args[++i];
                }
                kafka.setProperty(name.substring(KAFKA_PREFIX.length()), value);
                continue;
            }
            Setting<?> setting = byName.get(name);
            if (setting == null) {
                throw new SettingsException(name, "unknown option (see --help)");
            }
            if (value == null) {
                if (setting.isFlag()) {
                    value = "true";
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new SettingsException(name, "needs a value");
                }
            }
            flags.put(name, value);
        }

        Properties file = new Properties();
        String configPath = flags.getOrDefault(CONFIG_FILE.name(), env.get(CONFIG_FILE.envName()));
        if (configPath != null && !configPath.isBlank()) {
            Path path = Path.of(configPath);
            try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                file.load(r);
            } catch (IOException e) {
                throw new SettingsException(CONFIG_FILE.name(), "cannot read " + path + ": " + e.getMessage());
            }
            for (String key : file.stringPropertyNames()) {
                if (!key.startsWith(KAFKA_PREFIX) && !byName.containsKey(key)) {
                    throw new SettingsException(key, "unknown option in " + path);
                }
            }
        }
        Properties fromFlags = kafka;
        kafka = new Properties(); // file, then environment, then flags: the later wins
        for (String key : file.stringPropertyNames()) {
            if (key.startsWith(KAFKA_PREFIX)) {
                kafka.setProperty(key.substring(KAFKA_PREFIX.length()), file.getProperty(key));
            }
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (e.getKey().startsWith("NEWSFLOW_KAFKA_")) {
                String prop = e.getKey().substring("NEWSFLOW_KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
                kafka.setProperty(prop, e.getValue());
            }
        }
        kafka.putAll(fromFlags);

        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Setting<?> s : byName.values()) {
            String raw;
            String source;
            if (flags.containsKey(s.name())) {
                raw = flags.get(s.name());
                source = "flag";
            } else if (env.containsKey(s.envName())) {
                raw = env.get(s.envName());
                source = "env";
            } else if (file.containsKey(s.name())) {
                raw = file.getProperty(s.name());
                source = "file";
            } else {
                raw = s.defaultValue();
                source = "default";
            }
            if (raw == null) {
                if (flags.containsKey(HELP.name())) {
                    continue; // --help must work without the required options
                }
                throw new SettingsException(s.name(), "is required (or set " + s.envName() + ")");
            }
            values.put(s.name(), s.parse(raw));
            sources.put(s.name(), source);
        }
        return new Settings(values, sources, kafka, List.copyOf(positional));
    }

    private static List<Setting<?>> withCommon(List<Setting<?>> declared) {
        List<Setting<?>> all = new ArrayList<>(declared);
        all.add(CONFIG_FILE);
        all.add(HELP);
        return all;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        if (!values.containsKey(setting.name())) {
            throw new IllegalArgumentException("setting not declared for this command: " + setting.name());
        }
        return (T) values.get(setting.name());
    }

    public boolean helpRequested() {
        return Boolean.TRUE.equals(values.get(HELP.name()));
    }

    /** Kafka client properties given with the {@code kafka.} prefix; they override the service's own. */
    public Properties kafkaOverrides() {
        Properties copy = new Properties();
        copy.putAll(kafka);
        return copy;
    }

    public List<String> positional() {
        return positional;
    }

    /** The effective values for a start-up log line; secrets masked. */
    public Map<String, String> describe(List<Setting<?>> declared) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Setting<?> s : declared) {
            if (values.containsKey(s.name())) {
                out.put(s.name(), s.isSecret() ? "***" : String.valueOf(values.get(s.name())));
            }
        }
        return out;
    }

    /** The text of {@code --help} of a command that takes options only. */
    public static String help(String command, String summary, List<Setting<?>> declared) {
        return help(command, null, summary, declared);
    }

    /**
     * The text of {@code --help}.
     *
     * @param arguments the positional arguments, e.g. {@code INPUT...}, and what they are; null when there are none
     */
    public static String help(String command, Arguments arguments, String summary, List<Setting<?>> declared) {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: newsflow ").append(command).append(" [options]");
        if (arguments != null) {
            sb.append(' ').append(arguments.synopsis());
        }
        sb.append("\n\n").append(summary).append("\n\n");
        if (arguments != null) {
            sb.append("Arguments:\n  ").append(arguments.synopsis()).append("\n      ").append(arguments.doc()).append("\n\n");
        }
        sb.append("Options:\n");
        for (Setting<?> s : withCommon(declared)) {
            String head = "  --" + s.name() + (s.isFlag() ? "" : " <" + s.typeName() + ">");
            sb.append(head).append('\n');
            sb.append("      ").append(s.doc()).append('\n');
            sb.append("      env ").append(s.envName());
            if (s.isRequired()) {
                sb.append(", required");
            } else if (!s.defaultValue().isEmpty() && !s.isFlag()) {
                sb.append(", default ").append(s.defaultValue());
            }
            sb.append('\n');
        }
        sb.append("  --kafka.<property> <value>\n      Any Kafka client property (SASL, SSL, tuning); env NEWSFLOW_KAFKA_<PROPERTY>.\n");
        return sb.toString();
    }

    /** The positional arguments of a command: {@code INPUT...} and what an INPUT is. */
    public record Arguments(String synopsis, String doc) {
    }

    /** A Markdown table of the options: the README's settings tables are checked against it. */
    public static String markdownTable(List<Setting<?>> declared) {
        StringBuilder sb = new StringBuilder("| option | environment | default | description |\n|---|---|---|---|\n");
        for (Setting<?> s : declared) {
            String def = s.isRequired() ? "(required)" : s.defaultValue().isEmpty() ? "" : "`" + s.defaultValue() + "`";
            sb.append("| `--").append(s.name()).append("` | `").append(s.envName()).append("` | ")
                    .append(def).append(" | ").append(s.doc().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }
}
