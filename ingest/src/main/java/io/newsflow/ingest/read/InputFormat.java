package io.newsflow.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The formats ingest reads, and how an input's format is told: by file extension, HTTP content type, or content. */
public enum InputFormat {
    /** First line the title, a blank line, then the body. */
    TEXT,
    /** One RawArticle JSON object per line (or one JSON array of them). */
    JSON_LINES,
    /** A header row naming at least {@code title} and {@code text}; the Wikinews export is {@code url,date,title,text}. */
    CSV,
    /** One article page. */
    HTML,
    /** RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom: one article per item. */
    FEED;

    /** By extension: .txt, .jsonl/.ndjson/.json, .csv, .html/.htm, .xml/.rss/.atom; empty for any other name. */
    public static Optional<InputFormat> fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return Optional.ofNullable(switch (ext) {
            case "txt", "text" -> TEXT;
            case "jsonl", "ndjson", "json" -> JSON_LINES;
            case "csv" -> CSV;
            case "html", "htm", "xhtml" -> HTML;
            case "xml", "rss", "atom" -> FEED;
            default -> null;
        });
    }

    /** By an HTTP Content-Type header; empty when it does not say (octet-stream, missing). */
    static Optional<InputFormat> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        if (type.contains("html")) {
            return Optional.of(HTML);
        }
        if (type.contains("rss") || type.contains("atom") || type.endsWith("/xml") || type.endsWith("+xml")) {
            return Optional.of(FEED);
        }
        if (type.contains("json")) {
            return Optional.of(JSON_LINES);
        }
        if (type.equals("text/csv")) {
            return Optional.of(CSV);
        }
        if (type.equals("text/plain")) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }

    /**
     * By the first bytes: JSON if the first non-blank character is '{' or '['; a feed or an HTML page if it is '&lt;'
     * and the markup says which; plain text otherwise.
     */
    static InputFormat sniff(byte[] head, int length) {
        String s = new String(head, 0, length, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (s.startsWith("{") || s.startsWith("[")) {
            return JSON_LINES;
        }
        if (s.startsWith("<")) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
                return FEED;
            }
            if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body")
                    || lower.contains("<p>") || lower.contains("<head")) {
                return HTML;
            }
        }
        return TEXT;
    }
}
