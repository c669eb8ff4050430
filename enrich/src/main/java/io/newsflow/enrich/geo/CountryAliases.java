package io.newsflow.enrich.geo;

/**
 * Spellings and demonyms news uses that the countries table lacks or shares between countries ("American" is the
 * demonym of the US and of American Samoa; news means the US).
 */
final class CountryAliases {

    private static final String[][] NAMES = {
            {"US", "US"}, {"U.S.", "US"}, {"U.S", "US"}, {"USA", "US"}, {"U.S.A.", "US"}, {"America", "US"},
            {"United States of America", "US"}, {"UK", "GB"}, {"U.K.", "GB"}, {"Britain", "GB"},
            {"Great Britain", "GB"}, {"Turkey", "TR"}, {"Czech Republic", "CZ"}, {"Holland", "NL"}, {"Korea", "KR"},
            {"UAE", "AE"}, {"U.A.E.", "AE"}, {"Democratic Republic of the Congo", "CD"}, {"Vatican", "VA"},
            {"Russian Federation", "RU"}, {"DPRK", "KP"}, {"Myanmar", "MM"}, {"Burma", "MM"},
    };

    private static final String[][] DEMONYMS = {
            {"American", "US"}, {"Congolese", "CD"}, {"Dominican", "DO"}, {"Dutch", "NL"}, {"French", "FR"},
            {"Indian", "IN"}, {"Norwegian", "NO"}, {"Kazakh", "KZ"}, {"Saudi", "SA"}, {"Briton", "GB"},
            {"Korean", "KR"}, {"Turkish", "TR"}, {"Emirati", "AE"}, {"Filipino", "PH"}, {"Czech", "CZ"},
    };

    private CountryAliases() {
    }

    static void addTo(Atlas atlas) {
        for (String[] n : NAMES) {
            atlas.aliasCountry(n[0], n[1]);
        }
        for (String[] d : DEMONYMS) {
            atlas.aliasDemonym(d[0], d[1]);
        }
    }
}
