package io.newsflow.enrich.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lookup key of a place name: lower case, accents and a leading "the" dropped, curly apostrophes straight. */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").replace('’', '\'').replace('‘', '\'').replace('ʻ', '\'');
        s = SPACES.matcher(s.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
