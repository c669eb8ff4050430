package io.newsflow.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stable article ids. The same article gets the same id on every ingest, so that keys, partitions and
 * de-duplication agree across runs: from the canonical URL when there is one, else from title and body.
 *
 * <p>An id given by the producer is opaque: any non-empty string of at most {@link #MAX_ID_BYTES} UTF-8 bytes without
 * control characters, so a URL ({@code https://example.com/news?id=5&x=%20}), commas or non-ASCII letters are ids.
 * Code that turns an id into a file name, path or metric label must not use it raw: {@link #fingerprint} gives a
 * short, safe stand-in.
 */
public final class ArticleIds {

    /** Most UTF-8 bytes of an id: room for long URLs, yet a bounded key in every store and topic. */
    public static final int MAX_ID_BYTES = 1024;

    private static final int HEX_CHARS = 16;

    private ArticleIds() {
    }

    public static String of(String url, String title, String body) {
        if (url != null && !url.isBlank()) {
            return hash("url\n" + canonicalUrl(url));
        }
        return contentHash(title, body);
    }

    /**
     * Why {@code id} cannot be an article id (empty, longer than {@link #MAX_ID_BYTES} UTF-8 bytes, a control
     * character, or a lone surrogate that UTF-8 cannot carry), or null when it can.
     */
    public static String problemWithId(String id) {
        if (id == null || id.isEmpty()) {
            return "the id is empty";
        }
        if (id.isBlank()) {
            return "the id is only whitespace";
        }
        long bytes = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return String.format("the id has a control character (U+%04X) at index %d", (int) c, i);
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= id.length() || !Character.isLowSurrogate(id.charAt(i + 1))) {
                    return "the id has a lone surrogate at index " + i + ", which UTF-8 cannot carry";
                }
                bytes += 4;
                i++;
            } else {
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }
        if (bytes > MAX_ID_BYTES) {
            return "the id is " + bytes + " UTF-8 bytes, more than the limit of " + MAX_ID_BYTES;
        }
        return null;
    }

    /**
     * A short stand-in for an id where the raw id would be unsafe or unbounded (file names, paths, metric labels):
     * 16 lower-case hex digits of its SHA-256.
     */
    public static String fingerprint(String id) {
        return hash("id\n" + id);
    }

    /** A hash of the normalized text: the same article under another URL, or re-wrapped, hashes the same. */
    public static String contentHash(String title, String body) {
        return hash("text\n" + normalizeText(title) + "\n" + normalizeText(body));
    }

    /**
     * Lower-cases scheme and host, drops the fragment, default ports, tracking parameters and a trailing slash,
     * and treats http and https alike. Unparseable URLs are used as given, trimmed.
     */
    public static String canonicalUrl(String url) {
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http")) {
                scheme = "https";
            }
            int port = uri.getPort();
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/{2,}", "/");
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_"))
                    .sorted()
                    .collect(Collectors.joining("&"));
            StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
            if (port != -1 && port != 80 && port != 443) {
                sb.append(':').append(port);
            }
            sb.append(path);
            if (query != null && !query.isEmpty()) {
                sb.append('?').append(query);
            }
            return sb.toString();
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    static String normalizeText(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
