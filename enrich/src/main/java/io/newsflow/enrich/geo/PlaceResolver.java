package io.newsflow.enrich.geo;

import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Geo;
import io.newsflow.core.schema.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves one entity of an article to a place: a country by name or demonym, else the best-scored city or division
 * of that name. A candidate's score is a prior (population, capital or seat) plus the article's evidence: a
 * qualifier next to a mention ("Tyler, Texas", "the Polish city of Gdańsk"), the dateline, the countries and
 * divisions the article names.
 */
final class PlaceResolver {

    /** A resolved entity: where, and whether only a demonym or a name's first word said so (not merged). */
    record Resolution(Geo geo, String key, boolean demonym) {
    }

    /** True for a place the article names, false for a country that is only an adjective of something else. */
    static boolean isNamedPlace(Geo geo) {
        return geo != null && !DEMONYM.equals(geo.by()) && !IN_NAME.equals(geo.by()) && !GOVERNMENT_OF.equals(geo.by());
    }

    private static final double QUALIFIER = 20;
    private static final double QUALIFIER_MISMATCH = -6;
    private static final double REGION_IN_ARTICLE = 3;
    private static final double COUNTRY_IN_ARTICLE = 3;
    private static final double TOP_COUNTRY = 1;
    private static final double REGION_PRIOR = 6.0;
    /** Below this, a guess without evidence is no better than noise (a village that shares a word's spelling). */
    private static final double MIN_SCORE = 4.3;

    private static final Pattern QUALIFIER_AFTER = Pattern.compile(
            "^,\\s+((?:the\\s+)?[A-Z][\\w.'’-]*(?:\\s+(?:[A-Z][\\w.'’-]*|of|and|de|del)){0,3})");
    private static final Pattern DEMONYM_BEFORE = Pattern.compile(
            "\\b([A-Z][a-z]+)\\s+(?:city|town|capital|village|port|province|state|region|resort|border city)(?:\\s+of)?\\s+$");
    private static final Pattern REGION_WORD = Pattern.compile(
            "^(?:'s|’s)?\\s+(?:region|regional|province|provincial|state|oblast|governor|governorate)\\b");
    private static final double REGION_CUE = 5;
    private static final String REGION_CUE_BY = "region-word";
    private static final Pattern OF_COUNTRY = Pattern.compile("^.*\\sof\\s+(?:the\\s+)?(\\S.*)$");
    private static final Pattern LED = Pattern.compile("^(.+?)-(?:led|based|backed|born|owned|made|run|controlled)$");

    static final String DEMONYM = "demonym";
    static final String IN_NAME = "country-in-name";
    static final String GOVERNMENT_OF = "government-of";
    /** The name of a place's own government: "Municipality of Livorno", "Government of Western Australia". */
    private static final Pattern GOVERNMENT = Pattern.compile("^(?:The\\s+)?(?:Municipality|City|Town|Government|Province"
            + "|State|Region|Prefecture|District|Council|Mayor|Governor|Premier)\\s+of\\s+(?:the\\s+)?(\\p{Lu}.*)$");

    private final Atlas atlas;

    PlaceResolver(Atlas atlas) {
        this.atlas = atlas;
    }

    Resolution resolve(Entity e, ArticleEvidence ev, String title, String body) {
        if (e.type() == EntityType.PERSON) {
            return null;
        }
        Country named = atlas.countryNamed(e.text());
        if (named != null) {
            return new Resolution(countryGeo(named, e.text().equals(named.name()) ? 0.97 : 0.95, "country-name"),
                    "C:" + named.code(), false);
        }
        Country demonym = demonymOf(e.text());
        if (demonym != null) {
            return new Resolution(countryGeo(demonym, 0.9, DEMONYM), "D:" + demonym.code(), true);
        }
        Geo geo = e.type() == EntityType.LOCATION ? bestPlace(e.text(), qualifiers(e, ev, title, body), ev) : null;
        if (geo == null) {
            // never a place by an organisation's own name; but "US Supreme Court", "Indonesian Navy" say whose it is
            Country leading = leadingCountry(e.text());
            if (leading != null) {
                return new Resolution(countryGeo(leading, 0.8, IN_NAME), "N:" + leading.code(), true);
            }
            Matcher government = GOVERNMENT.matcher(e.text());
            Geo seat = government.matches() ? bestPlace(government.group(1), List.of(), ev) : null;
            return seat == null ? null : new Resolution(new Geo(seat.name(), seat.country(), seat.admin1(), seat.lat(),
                    seat.lon(), seat.geonameId(), seat.featureCode(), seat.confidence(), GOVERNMENT_OF), "G:" + e.text(), true);
        }
        String key = geo.geonameId() != null ? "P:" + geo.geonameId() : "R:" + geo.country() + "-" + geo.admin1();
        return new Resolution(geo, key, false);
    }

    private Country demonymOf(String text) {
        Matcher led = LED.matcher(text);
        String stem = led.matches() ? led.group(1) : text;
        Country c = atlas.countryOfDemonym(stem);
        return c != null ? c : led.matches() ? atlas.countryNamed(stem) : null;
    }

    /**
     * The country whose name or demonym opens a longer name ("U.S. House", "Russian Foreign Ministry") or that closes
     * it after "of" ("Revolutionary Guard Corps of Iran"), or null.
     */
    private Country leadingCountry(String text) {
        Matcher of = OF_COUNTRY.matcher(text);
        if (of.find()) {
            Country c = atlas.countryNamed(of.group(1));
            if (c != null) {
                return c;
            }
        }
        String[] words = text.split("\\s+");
        for (int n = Math.min(3, words.length - 1); n > 0; n--) {
            String head = String.join(" ", java.util.Arrays.copyOf(words, n));
            Country c = atlas.countryNamed(head);
            if (c == null && n == 1) {
                c = atlas.countryOfDemonym(head);
            }
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    Geo countryGeo(Country c, double confidence, String by) {
        return new Geo(c.name(), c.code(), null, c.lat(), c.lon(), null, "PCLI", confidence, by);
    }

    /** Countries and divisions written next to the entity's mentions, and the dateline's when it is the dateline. */
    private List<Qualifier> qualifiers(Entity e, ArticleEvidence ev, String title, String body) {
        List<Qualifier> found = new ArrayList<>();
        Dateline d = ev.dateline;
        if (d != null && Names.key(d.place()).equals(Names.key(e.text())) && d.qualifier() != null) {
            Qualifier q = qualifier(d.qualifier(), "dateline"); // first: the same words are also a mention's qualifier
            if (q != null) {
                found.add(q);
            }
        }
        for (Mention m : e.mentions()) {
            String text = Mention.TITLE.equals(m.field()) ? title : body;
            if (text == null || m.end() > text.length()) {
                continue;
            }
            Matcher after = QUALIFIER_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60)));
            if (after.find()) {
                Qualifier q = qualifier(after.group(1), "qualifier");
                if (q != null) {
                    found.add(q);
                }
            }
            if (REGION_WORD.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find()) {
                found.add(new Qualifier(null, List.of(), REGION_CUE_BY));
            }
            Matcher before = DEMONYM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
            if (before.find()) {
                Country c = atlas.countryOfDemonym(before.group(1));
                if (c != null) {
                    found.add(new Qualifier(c.code(), null, "qualifier"));
                }
            }
        }
        return found;
    }

    /** The longest leading part of {@code words} that names a country or a division. */
    private Qualifier qualifier(String words, String by) {
        String[] w = words.split("\\s+");
        for (int n = w.length; n > 0; n--) {
            String name = String.join(" ", java.util.Arrays.copyOf(w, n)).replaceAll("[.,;:]+$", "");
            Country c = atlas.countryNamed(name);
            if (c != null) {
                return new Qualifier(c.code(), null, by);
            }
            List<Region> regions = atlas.regionsNamed(name);
            if (!regions.isEmpty()) {
                return new Qualifier(null, regions, by);
            }
        }
        return null;
    }

    /** A country or the divisions a name could be, written next to a place as evidence for it. */
    record Qualifier(String country, List<Region> regions, String by) {
        /** 2 when the place is in the qualifier (its country, or its division), 1 when only in its country, else 0. */
        int level(String cc, String admin1) {
            if (country != null) {
                return country.equals(cc) ? 2 : 0;
            }
            if (regions.stream().anyMatch(r -> r.country().equals(cc) && r.admin1().equals(admin1))) {
                return 2;
            }
            return regions.stream().anyMatch(r -> r.country().equals(cc)) ? 1 : 0;
        }
    }

    /** The best place of this name, or null when nothing scores well enough. */
    Geo bestPlace(String name, List<Qualifier> qualifiers, ArticleEvidence ev) {
        Scored best = null;
        Scored second = null;
        int n = 0;
        for (int city : atlas.citiesNamed(name)) {
            Scored s = scoreCity(city, qualifiers, ev);
            n++;
            if (best == null || s.score > best.score) {
                second = best;
                best = s;
            } else if (second == null || s.score > second.score) {
                second = s;
            }
        }
        for (Region r : atlas.regionsNamed(name)) {
            Scored s = scoreRegion(r, name, qualifiers, ev);
            n++;
            if (best == null || s.score > best.score) {
                second = best;
                best = s;
            } else if (second == null || s.score > second.score) {
                second = s;
            }
        }
        if (best == null || best.score < MIN_SCORE) {
            return null;
        }
        double margin = second == null ? 4 : best.score - second.score;
        double confidence = Math.round(Math.min(0.99, 1 - 0.5 * Math.exp(-margin / 2)) * 100) / 100.0;
        String by = n == 1 && best.by.equals("population") ? "only-candidate" : best.by;
        return best.city >= 0
                ? new Geo(atlas.name(best.city), atlas.countryOf(best.city), atlas.admin1(best.city), atlas.lat(best.city),
                atlas.lon(best.city), atlas.id(best.city), atlas.featureCode(best.city), confidence, by)
                : new Geo(best.region.name(), best.region.country(), best.region.code(), best.region.lat(),
                best.region.lon(), null, "ADM1", confidence, by);
    }

    private record Scored(int city, Region region, double score, String by) {
    }

    private Scored scoreCity(int city, List<Qualifier> qualifiers, ArticleEvidence ev) {
        String cc = atlas.countryOf(city);
        String fc = atlas.featureCode(city);
        double score = Math.log10(atlas.population(city) + 10.0);
        String by = "population";
        switch (fc) {
            case "PPLC" -> {
                score += 1.5;
                by = "capital";
            }
            case "PPLA" -> score += 0.7;
            case "PPLA2" -> score += 0.3;
            case "PPLX" -> score -= 1;
            default -> { }
        }
        double evidence = 0;
        if (ev.weight(cc) > 0) {
            evidence = COUNTRY_IN_ARTICLE + (cc.equals(ev.topCountry) ? TOP_COUNTRY : 0);
            by = "country-in-article";
        }
        if (ev.namesRegionOf(cc, atlas.admin1(city), atlas.name(city))) {
            evidence += REGION_IN_ARTICLE;
            by = "region-in-article";
        }
        for (Qualifier q : qualifiers) {
            if (q.by().equals(REGION_CUE_BY)) {
                continue;
            }
            int level = q.level(cc, atlas.admin1(city));
            if (level > 0) {
                evidence = (level == 2 ? QUALIFIER : QUALIFIER / 2) + evidence;
                by = q.by();
                break;
            }
            evidence += QUALIFIER_MISMATCH;
        }
        return new Scored(city, null, score + evidence, by);
    }

    private Scored scoreRegion(Region r, String name, List<Qualifier> qualifiers, ArticleEvidence ev) {
        double score = REGION_PRIOR + (RegionNames.isFullName(r, name) ? 0.5 : 0);
        String by = "region";
        if (ev.weight(r.country()) > 0) {
            score += COUNTRY_IN_ARTICLE + (r.country().equals(ev.topCountry) ? TOP_COUNTRY : 0);
            by = "country-in-article";
        }
        for (Qualifier q : qualifiers) {
            if (q.by().equals(REGION_CUE_BY)) {
                score += REGION_CUE;
                by = REGION_CUE_BY;
                continue;
            }
            if (q.country != null && q.country.equals(r.country())) {
                score += QUALIFIER;
                by = q.by();
                break;
            }
            if (q.country == null && q.regions().stream().anyMatch(x -> x.country().equals(r.country()))) {
                score += QUALIFIER / 2; // "New York, New York": a division's name after a place of its country
                by = q.by();
                break;
            }
            score += QUALIFIER_MISMATCH;
        }
        return new Scored(-1, r, score, by);
    }
}
