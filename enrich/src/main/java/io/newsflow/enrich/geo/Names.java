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
        String plain = plainKey(name);
        if (plain != null) {
            return plain;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").replace('’', '\'').replace('‘', '\'').replace('ʻ', '\'');
        s = SPACES.matcher(s.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** The key of a name in plain ASCII with single spaces, without the normalizer's cost (most names); else null. */
    private static String plainKey(String name) {
        int n = name.length();
        if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
            return null;
        }
        char[] out = new char[n];
        char last = 0;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 128 || c < ' ' || c == ' ' && last == ' ') {
                return null;
            }
            out[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            last = c;
        }
        String s = new String(out);
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
