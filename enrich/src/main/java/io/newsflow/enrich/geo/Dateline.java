package io.newsflow.enrich.geo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place a story was filed from, as agencies write it at the start of the body: "READING, England —",
 * "ALMATY, Kazakhstan (Reuters) -", "Paris —".
 *
 * @param place     the place's name as written ("READING")
 * @param qualifier the country or division after it ("England"), or null
 * @param start     offset of {@code place} in the body
 */
record Dateline(String place, String qualifier, int start) {

    private static final String NAME = "[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){0,3}";
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(" + NAME + ")(?:,\\s*(" + NAME + "))?\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?(?:—|–|--| - )\\s*");

    /** The dateline at the start of {@code body}, or null. */
    static Dateline of(String body) {
        if (body == null) {
            return null;
        }
        Matcher m = DATELINE.matcher(body.length() > 200 ? body.substring(0, 200) : body);
        if (!m.find()) {
            return null;
        }
        return new Dateline(m.group(1), m.group(2), m.start(1));
    }
}
