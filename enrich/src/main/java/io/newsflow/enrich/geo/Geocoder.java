package io.newsflow.enrich.geo;

import io.newsflow.core.schema.CountryCount;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.Geo;
import io.newsflow.core.schema.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places an article: resolves its LOCATION entities (and the organisations or demonyms that name a country) with
 * the article's own evidence, merges the aliases of one place ("US", "U.S.", "America") into one entity, counts the
 * countries it names, picks the place the story is about and ties counted events to where they happened.
 * Thread-safe; the atlas is shared.
 */
public final class Geocoder {

    /** An article's entities and figures once placed, with its countries and primary location. */
    public record Placed(List<Entity> entities, List<Figure> figures, List<CountryCount> countries, Geo primaryLocation) {
    }

    private final Atlas atlas;
    private final PlaceResolver resolver;
    private final MissedPlaces missed;

    public Geocoder(Atlas atlas) {
        this.atlas = atlas;
        this.resolver = new PlaceResolver(atlas);
        this.missed = new MissedPlaces(atlas);
    }

    /** The geocoder on the bundled atlas. */
    public static Geocoder standard() {
        return new Geocoder(Atlas.standard());
    }

    public Atlas atlas() {
        return atlas;
    }

    public Placed place(String title, String body, List<Entity> entities, List<Figure> figures) {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        ArticleEvidence tagged = ArticleEvidence.of(atlas, t, b, entities);
        MissedPlaces.Found found = missed.find(t, b, entities, tagged.countryWeight.keySet());
        ArticleEvidence ev = tagged.with(atlas, found.entities());
        List<Entity> placed = merge(found, ev, t, b);
        List<CountryCount> countries = countries(placed, ev);
        Entity primary = PrimaryLocation.of(placed, ev, this, t);
        Geo primaryGeo = primary != null ? primary.geo() : datelineOnly(ev);
        String primaryName = primary != null ? primary.text() : primaryGeo != null ? primaryGeo.name() : null;
        List<Figure> located = FigurePlacer.place(figures, placed, primaryName, t, b);
        return new Placed(placed, located, countries, primaryGeo);
    }

    /**
     * Each entity with its place; entities that resolve to one place (not by a demonym) become one. A name spotted in
     * the text that finds no place is dropped; an entity retyped or given more mentions that finds none is the tagger's again.
     */
    private List<Entity> merge(MissedPlaces.Found found, ArticleEvidence ev, String title, String body) {
        Map<String, List<Entity>> groups = new LinkedHashMap<>();
        Map<String, Geo> geos = new LinkedHashMap<>();
        int solo = 0;
        for (Entity candidate : found.entities()) {
            Entity e = candidate;
            PlaceResolver.Resolution r = resolver.resolve(e, ev, title, body);
            if (r == null && found.spotted().contains(e)) {
                continue;
            }
            if (r == null && found.changed().containsKey(e)) {
                e = found.changed().get(e);
                r = resolver.resolve(e, ev, title, body);
            }
            String key = r == null || r.demonym() ? "#" + solo++ : r.key();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r == null ? e : e.withGeo(r.geo()));
            if (r != null) {
                geos.merge(key, r.geo(), (a, c) -> c.confidence() > a.confidence() ? c : a);
            }
        }
        List<Entity> out = new ArrayList<>(groups.size());
        groups.forEach((key, members) -> out.add(members.size() == 1 ? members.get(0) : merged(members, geos.get(key))));
        return out;
    }

    private static Entity merged(List<Entity> members, Geo geo) {
        List<Mention> mentions = new ArrayList<>();
        int count = 0;
        String text = null;
        for (Entity e : members) {
            mentions.addAll(e.mentions());
            count += e.count();
            if (Names.key(e.text()).equals(Names.key(geo.name()))) {
                text = e.text();
            }
        }
        if (text == null) {
            text = members.stream().map(Entity::text).max(Comparator.comparingInt(String::length)).orElseThrow();
        }
        mentions.sort(Comparator.comparing((Mention m) -> !Mention.TITLE.equals(m.field())).thenComparingInt(Mention::start));
        return new Entity(text, EntityType.LOCATION, count, mentions, geo);
    }

    /** Mentions per country: of every placed entity, and of demonyms no placed entity already covers. */
    private static List<CountryCount> countries(List<Entity> placed, ArticleEvidence ev) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Entity e : placed) {
            if (e.geo() != null) {
                counts.merge(e.geo().country(), e.count(), Integer::sum);
            }
        }
        for (ArticleEvidence.DemonymMention d : ev.demonyms) {
            if (!covered(placed, d)) {
                counts.merge(d.country(), 1, Integer::sum);
            }
        }
        List<CountryCount> out = new ArrayList<>();
        counts.forEach((c, n) -> out.add(new CountryCount(c, n)));
        out.sort(Comparator.comparingInt(CountryCount::count).reversed()); // stable: first named first among equals
        return out;
    }

    private static boolean covered(List<Entity> placed, ArticleEvidence.DemonymMention d) {
        for (Entity e : placed) {
            if (e.geo() == null) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.field().equals(d.field()) && m.start() < d.end() && d.start() < m.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The dateline's place when the tagger found no entity for it. */
    private Geo datelineOnly(ArticleEvidence ev) {
        Dateline d = ev.dateline;
        if (d == null) {
            return null;
        }
        Country c = atlas.countryNamed(d.place());
        if (c != null) {
            return resolver.countryGeo(c, 0.9, "dateline");
        }
        List<PlaceResolver.Qualifier> q = new ArrayList<>();
        if (d.qualifier() != null) {
            Country qc = atlas.countryNamed(d.qualifier());
            List<Region> regions = atlas.regionsNamed(d.qualifier());
            if (qc != null) {
                q.add(new PlaceResolver.Qualifier(qc.code(), null, "dateline"));
            } else if (!regions.isEmpty()) {
                q.add(new PlaceResolver.Qualifier(null, regions, "dateline"));
            }
        }
        return q.isEmpty() ? null : resolver.bestPlace(d.place(), q, ev);
    }

    /** Resolves a bare name with no article around it: the most populous match (a country's name wins). */
    public Geo mostPopulous(String name) {
        Country c = atlas.countryNamed(name);
        if (c != null) {
            return resolver.countryGeo(c, 1, "country-name");
        }
        int best = -1;
        for (int city : atlas.citiesNamed(name)) {
            if (best < 0 || atlas.population(city) > atlas.population(best)) {
                best = city;
            }
        }
        if (best >= 0) {
            return new Geo(atlas.name(best), atlas.countryOf(best), atlas.admin1(best), atlas.lat(best), atlas.lon(best),
                    atlas.id(best), atlas.featureCode(best), 1, "population");
        }
        List<Region> regions = atlas.regionsNamed(name);
        if (regions.isEmpty()) {
            return null;
        }
        Region r = regions.get(0);
        return new Geo(r.name(), r.country(), r.code(), r.lat(), r.lon(), null, "ADM1", 1, "population");
    }
}
