package io.newsflow.enrich.geo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names a division goes by in news: "Tyumen Oblast" is also "Tyumen"; "Almaty Region" also "Almaty". */
final class RegionNames {

    private static final Pattern SUFFIX = Pattern.compile(
            "^(.+?) (Region|Oblast|Province|Governorate|Prefecture|Krai|Voivodeship|State|Territory)$");

    private RegionNames() {
    }

    static List<String> of(String name) {
        Matcher m = SUFFIX.matcher(name);
        return m.matches() ? List.of(name, m.group(1)) : List.of(name);
    }

    /** True when {@code mention} is the division's full name, not a shortened one. */
    static boolean isFullName(Region r, String mention) {
        return Names.key(r.name()).equals(Names.key(mention));
    }
}
