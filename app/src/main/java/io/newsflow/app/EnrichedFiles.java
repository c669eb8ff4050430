package io.newsflow.app;

import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads what the sink committed: every visible {@code *.jsonl} file under a directory (temporary files start with '.'). */
final class EnrichedFiles {

    private EnrichedFiles() {
    }

    static List<EnrichedArticle> read(Path dir) {
        List<EnrichedArticle> articles = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return articles;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(EnrichedFiles::isCommitted).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        articles.add(Serdes.ENRICHED.fromBytes(line.getBytes(StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file store " + dir, e);
        }
        return articles;
    }

    static boolean isCommitted(Path f) {
        String name = f.getFileName().toString();
        return Files.isRegularFile(f) && name.endsWith(".jsonl") && !name.startsWith(".");
    }

    /** Lines in committed files: cheap enough to poll while the demo waits. */
    static long countLines(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            long n = 0;
            for (Path f : files.filter(EnrichedFiles::isCommitted).toList()) {
                try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                    n += lines.filter(l -> !l.isBlank()).count();
                } catch (IOException | UncheckedIOException vanished) {
                    // rotated or removed between the walk and the read: counted on the next poll
                }
            }
            return n;
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
