package io.newsflow.ingest.read;

import java.util.Locale;

/** Language tags as inputs give them ("en-US", "EN", "en_GB") reduced to the ISO 639 code the schema carries. */
public final class Languages {

    private Languages() {
    }

    /** The primary subtag in lower case, or null when {@code tag} is blank or not a language tag. */
    public static String normalize(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }
}
