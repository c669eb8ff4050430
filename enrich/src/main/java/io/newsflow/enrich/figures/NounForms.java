package io.newsflow.enrich.figures;

/** What a single lower-cased word says about a noun: plural, mass, or naming people. */
final class NounForms {

    private NounForms() {
    }

    /** Nouns that end in -s but are singular: diseases, fields of study, "news" ("measles related deaths"). */
    private static final java.util.Set<String> SINGULAR_IN_S = java.util.Set.of(
            "measles", "mumps", "rabies", "diabetes", "herpes", "rickets", "shingles", "news", "physics",
            "economics", "politics", "mathematics", "athletics", "gymnastics", "aerobics", "linguistics", "ethics",
            "billiards", "darts");

    /** Nouns in -s of either number: "one species", "two series". */
    private static final java.util.Set<String> SINGULAR_OR_PLURAL = java.util.Set.of("series", "species", "means",
            "headquarters", "crossroads", "barracks", "lens", "atlas", "canvas", "bias", "alias", "gas", "kudos");

    static boolean isSingularOrPlural(String w) {
        return SINGULAR_OR_PLURAL.contains(w);
    }

    /** Endings that keep a compound a noun of people: "school" + "girls", "police" + "women", "grand" + "mothers". */
    private static final String[] PERSON_ENDINGS = {"girls", "boys", "women", "children", "people", "mothers",
        "fathers", "wives", "brothers", "sisters", "daughters"};

    /** "others": a pronoun that counts people or things named before; what happens to it says which. */
    static boolean isAnaphoric(String w) {
        return w.equals("others");
    }

    static boolean isMassNoun(String w) {
        return switch (w) {
            case "police", "staff", "crew", "personnel", "cattle", "livestock", "clergy", "military", "infantry",
                 "cavalry", "militia", "security", "aircraft", "spacecraft", "artillery", "offspring", "sheep", "deer",
                 "fish", "taliban", "elderly", "youth" -> true;
            default -> false;
        };
    }

    static boolean isPluralNoun(String w) {
        switch (w) {
            case "people", "men", "women", "children", "troops", "cattle", "sheep", "feet", "teeth", "mice",
                 "geese", "personnel", "dead", "clergy", "data", "media", "livestock", "poultry", "alumni", "bacteria",
                 "criteria", "phenomena", "fungi", "nuclei", "larvae", "algae", "faculty":
                return true;
            default:
                break;
        }
        if (SINGULAR_IN_S.contains(w)) {
            return false;
        }
        if (w.endsWith("children") || w.endsWith("people") || (w.endsWith("men") && w.length() > 4)) {
            return true; // "grandchildren", "gunmen", "townspeople"
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("ous") && !w.endsWith("'s");
    }

    static boolean isPerson(String w) {
        if (w == null) {
            return false;
        }
        if (Lexicon.PERSON_NOUNS.contains(w)) {
            return true;
        }
        if (Lexicon.NOT_PERSONS.contains(w)) {
            return false;
        }
        for (String kin : PERSON_ENDINGS) {
            if (w.endsWith(kin)) {
                return true; // "schoolgirls", "policewomen", "grandmothers"
            }
        }
        return w.endsWith("ers") || w.endsWith("ors") || w.endsWith("ists") || w.endsWith("ians") || w.endsWith("ants")
                || w.endsWith("ees") || w.endsWith("ans") || w.endsWith("ese") || w.endsWith("eans")
                || w.endsWith("ites") || w.endsWith("men");
    }
}
