package io.newsflow.ingest.read;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The short name of the site an article's URL points to, used as its source when the input names none:
 * {@code https://en.wikinews.org/wiki/...} gives "wikinews", {@code https://www.bbc.co.uk/news/...} gives "bbc".
 */
public final class SiteNames {

    /** Second-level labels under a country code that are registries, not sites ("co" in bbc.co.uk). */
    private static final Set<String> REGISTRY_LABELS = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or");

    private SiteNames() {
    }

    /** The site name, the host itself for IP addresses and single-label hosts, or null without a host. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        try {
            host = URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") || host.matches("[0-9.]+")) {
            return host;
        }
        String[] labels = host.split("\\.");
        int n = labels.length;
        if (n >= 3 && labels[n - 1].length() == 2 && REGISTRY_LABELS.contains(labels[n - 2])) {
            return labels[n - 3];
        }
        return n >= 2 ? labels[n - 2] : host;
    }
}
