package io.newsflow.enrich.geo;

import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article says about where it is, before any place in it is resolved: the countries it names (by name or
 * demonym, with counts), the divisions it names, and its dateline.
 */
final class ArticleEvidence {

    private static final Pattern WORD = Pattern.compile("\\b[A-Z][a-z]+(?:-[a-z]+)?\\b");

    /** A demonym written in the text, with the country it stands for. */
    record DemonymMention(String field, int start, int end, String country) {
    }

    final Map<String, Double> countryWeight = new LinkedHashMap<>();
    final List<Region> regions = new ArrayList<>();
    private final List<String> regionSources = new ArrayList<>();
    final List<DemonymMention> demonyms = new ArrayList<>();
    final Dateline dateline;
    String topCountry;

    private ArticleEvidence(Dateline dateline) {
        this.dateline = dateline;
    }

    static ArticleEvidence of(Atlas atlas, String title, String body, List<Entity> entities) {
        ArticleEvidence scanned = new ArticleEvidence(Dateline.of(body));
        scanned.scanDemonyms(atlas, Mention.TITLE, title);
        scanned.scanDemonyms(atlas, Mention.BODY, body);
        return scanned.with(atlas, entities);
    }

    /** The same text's evidence (dateline, demonyms) with these entities: what the geocoder found changes the counts. */
    ArticleEvidence with(Atlas atlas, List<Entity> entities) {
        ArticleEvidence ev = new ArticleEvidence(dateline);
        ev.demonyms.addAll(demonyms);
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                continue;
            }
            Country c = atlas.countryNamed(e.text());
            if (c != null) {
                ev.countryWeight.merge(c.code(), (double) e.count(), Double::sum);
            }
        }
        for (DemonymMention d : ev.demonyms) {
            ev.countryWeight.merge(d.country(), 1.0, Double::sum);
        }
        if (ev.dateline != null && ev.dateline.qualifier() != null) {
            Country c = atlas.countryNamed(ev.dateline.qualifier());
            if (c != null) {
                ev.countryWeight.merge(c.code(), 1.0, Double::sum);
            }
        }
        ev.topCountry = ev.countryWeight.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        for (Entity e : entities) {
            if (e.type() == EntityType.LOCATION && atlas.countryNamed(e.text()) == null) {
                List<Region> named = atlas.regionsNamed(e.text());
                List<Region> here = named.stream().filter(r -> ev.countryWeight.containsKey(r.country())).toList();
                for (Region r : here.isEmpty() && named.size() == 1 ? named : here) {
                    ev.regions.add(r);
                    ev.regionSources.add(Names.key(e.text()));
                }
            }
        }
        return ev;
    }

    private void scanDemonyms(Atlas atlas, String field, String text) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            int dash = word.indexOf('-');
            String stem = dash > 0 ? word.substring(0, dash) : word; // "Russian-led", "Kazakh-born"
            Country c = atlas.countryOfDemonym(stem);
            if (c != null) {
                demonyms.add(new DemonymMention(field, m.start(), m.start() + stem.length(), c.code()));
            }
        }
    }

    double weight(String country) {
        return countryWeight.getOrDefault(country, 0.0);
    }

    /** True when the article names a division that holds this city, by another name than {@code name}. */
    boolean namesRegionOf(String country, String admin1, String name) {
        String key = Names.key(name);
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            if (r.country().equals(country) && !r.admin1().isEmpty() && r.admin1().equals(admin1)
                    && !regionSources.get(i).equals(key)) {
                return true;
            }
        }
        return false;
    }

    Map<String, Double> weights() {
        return new HashMap<>(countryWeight);
    }
}
