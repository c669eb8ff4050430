package io.newsflow.ingest.follow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sources to follow: those named on the command line and those of the {@code --sources} file, which is read
 * again whenever its content changes. A file that no longer parses leaves the sources as they were, with an error
 * in the log naming the line.
 */
final class SourceList {

    private static final Logger LOG = LoggerFactory.getLogger(SourceList.class);

    private final List<SourceSpec> fixed;
    private final Path file;
    private final Duration defaultInterval;
    private String lastContent;
    private List<SourceSpec> fromFile = List.of();

    SourceList(List<String> locations, Path file, Duration defaultInterval) {
        List<SourceSpec> specs = new ArrayList<>();
        for (String l : locations) {
            specs.add(new SourceSpec(null, l, defaultInterval));
        }
        this.fixed = List.copyOf(specs);
        this.file = file;
        this.defaultInterval = defaultInterval;
    }

    /**
     * Reads the file on first call (failing on a bad one) and again when it changed (keeping the old sources on a bad
     * one). Returns the sources by label; a label given twice keeps its last line.
     */
    Map<String, SourceSpec> current(boolean strict) {
        if (file != null) {
            String content;
            try {
                content = Files.readString(file);
            } catch (IOException e) {
                if (strict) {
                    throw new IllegalArgumentException("cannot read the sources file " + file + ": " + e);
                }
                LOG.warn("event=sources_unreadable file={} reason={}", file, e.getClass().getSimpleName());
                content = lastContent;
            }
            if (content != null && !content.equals(lastContent)) {
                try {
                    fromFile = parse(content);
                    if (lastContent != null) {
                        LOG.info("event=sources_reloaded file={} sources={}", file, fromFile.size());
                    }
                } catch (IllegalArgumentException e) {
                    if (strict) {
                        throw e;
                    }
                    LOG.error("event=sources_invalid file={} reason=\"{}\" action=kept_previous", file, e.getMessage());
                }
                lastContent = content;
            }
        }
        Map<String, SourceSpec> out = new LinkedHashMap<>();
        for (SourceSpec s : fixed) {
            out.put(s.label(), s);
        }
        for (SourceSpec s : fromFile) {
            out.put(s.label(), s);
        }
        return out;
    }

    private List<SourceSpec> parse(String content) {
        List<SourceSpec> out = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            try {
                SourceSpec s = SourceSpec.parseLine(lines[i], defaultInterval);
                if (s != null) {
                    out.add(s);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }
}
