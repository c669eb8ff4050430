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
 */
public final class ArticleIds {

    private static final int HEX_CHARS = 16;

    private ArticleIds() {
    }

    public static String of(String url, String title, String body) {
        if (url != null && !url.isBlank()) {
            return hash("url\n" + canonicalUrl(url));
        }
        return contentHash(title, body);
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
