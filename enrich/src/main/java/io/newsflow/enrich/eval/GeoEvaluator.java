package io.newsflow.enrich.eval;

import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Geo;
import io.newsflow.core.schema.Mention;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.geo.Geocoder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code newsflow eval geo GOLD.jsonl [--verbose]}: runs the whole enricher (tagger and geocoder) on each gold article
 * and scores the place it gives each gold mention, next to the baseline that takes the most populous match of the
 * gold span's text. Country accuracy counts every mention; place accuracy the places (right within 25 km) and
 * divisions (right when the same division). A mention the tagger missed is wrong for Newsflow. The baseline is given
 * twice: on the gold spans (a perfect tagger), and end to end on the same tagger's output as Newsflow (its LOCATION
 * entities, and any entity whose whole text is a country's name). Newsflow's wrong answers are counted by why.
 */
public final class GeoEvaluator {

    static final double PLACE_KM = 25;

    /** Right answers per part of the gold set. */
    static final class Score {
        int mentions;
        int places;
        int tagged;
        int country;
        int place;
        int baselineCountry;
        int baselinePlace;
        int spansCountry;
        int spansPlace;
        int taggedBaselineCountry;
        int taggedBaselinePlace;
        final Map<String, Integer> misses = new LinkedHashMap<>();
    }

    /** Why Newsflow got a mention wrong, in the order the report lists them. */
    static final List<String> MISS_CLASSES = List.of("not tagged", "in a longer name, not placed",
            "same span tagged PERSON", "same span tagged ORGANIZATION or MISC, not placed", "LOCATION not placed",
            "wrong country", "right country, wrong place");

    private GeoEvaluator() {
    }

    public static int run(List<String> args, PrintStream out) {
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        boolean verbose = args.contains("--verbose");
        if (files.size() != 1 || args.stream().anyMatch(a -> a.startsWith("--") && !a.equals("--verbose"))) {
            out.println("Usage: newsflow eval geo GOLD.jsonl [--verbose]");
            return 2;
        }
        Path file = Path.of(files.get(0));
        if (!Files.isRegularFile(file)) {
            out.println("newsflow eval geo: no such file: " + file);
            return 1;
        }
        List<GeoGold.Article> gold;
        try {
            gold = GeoGold.read(file);
        } catch (IllegalArgumentException e) {
            out.println("newsflow eval geo: " + e.getMessage());
            return 1;
        }
        Map<String, Score> scores = evaluate(gold, EnrichService.standardEnricher(), Geocoder.standard(), verbose ? out : null);
        report(file, gold, scores, out);
        return 0;
    }

    static Map<String, Score> evaluate(List<GeoGold.Article> gold, Enricher enricher, Geocoder baseline, PrintStream verbose) {
        Map<String, Score> scores = new LinkedHashMap<>();
        scores.put(GeoGold.DEV, new Score());
        scores.put(GeoGold.HELD_OUT, new Score());
        for (GeoGold.Article a : gold) {
            EnrichedArticle e = enricher.enrich(new RawArticle(a.id(), a.url(), a.source(), a.title(), a.body(), "en",
                    a.publishedAt(), null));
            Score s = scores.computeIfAbsent(a.split(), k -> new Score());
            List<Entity> tagged = enricher.entities().extract(a.title() == null ? "" : a.title(), a.body() == null ? "" : a.body());
            List<Entity> onGoldSpans = baseline.place(a.title(), a.body(), goldEntities(a), List.of()).entities();
            for (GeoGold.Place m : a.mentions()) {
                Entity oracle = entityAt(onGoldSpans, m);
                Geo spans = oracle == null ? null : oracle.geo();
                s.spansCountry += spans != null && m.country().equals(spans.country()) ? 1 : 0;
                Entity found = entityAt(e.entities(), m);
                Geo predicted = found == null ? null : found.geo();
                Geo base = baseline.mostPopulous(m.text());
                s.mentions++;
                s.tagged += found != null ? 1 : 0;
                boolean country = predicted != null && m.country().equals(predicted.country());
                s.country += country ? 1 : 0;
                s.baselineCountry += base != null && m.country().equals(base.country()) ? 1 : 0;
                Geo naive = naiveBaseline(baseline, entityAt(tagged, m));
                s.taggedBaselineCountry += naive != null && m.country().equals(naive.country()) ? 1 : 0;
                boolean isPlace = !"country".equals(m.kind());
                boolean place = isPlace && samePlace(m, predicted);
                if (isPlace) {
                    s.places++;
                    s.place += place ? 1 : 0;
                    s.baselinePlace += samePlace(m, base) ? 1 : 0;
                    s.spansPlace += samePlace(m, spans) ? 1 : 0;
                    s.taggedBaselinePlace += samePlace(m, naive) ? 1 : 0;
                }
                if (!country || isPlace && !place) {
                    s.misses.merge(missClass(m, found, predicted, country), 1, Integer::sum);
                }
                if (verbose != null && (!country || isPlace && !place)) {
                    verbose.printf(Locale.ROOT, "%s %s %s@%d %-18s gold %s %s  got %s%n", a.split(), shortId(a.id()), m.field(),
                            m.start(), m.text(), m.country(), m.geonameId() != null ? m.name() + " " + m.geonameId()
                                    : m.admin1() != null ? m.name() : "", found == null ? "(not tagged)"
                                    : predicted == null ? "(not placed: " + found.type() + " " + found.text() + ")" : describe(predicted));
                }
            }
        }
        return scores;
    }

    /** The most populous match of a tagged entity's text: for LOCATION entities, and any entity named as a country. */
    static Geo naiveBaseline(Geocoder baseline, Entity tagged) {
        if (tagged == null || tagged.type() != EntityType.LOCATION && baseline.atlas().countryNamed(tagged.text()) == null) {
            return null;
        }
        return baseline.mostPopulous(tagged.text());
    }

    /** Why a mention Newsflow got wrong went wrong, one of {@link #MISS_CLASSES}. */
    static String missClass(GeoGold.Place m, Entity found, Geo predicted, boolean rightCountry) {
        if (found == null) {
            return MISS_CLASSES.get(0);
        }
        if (predicted == null) {
            boolean sameSpan = found.mentions().stream().anyMatch(x -> x.field().equals(m.field())
                    && x.start() == m.start() && x.end() == m.end());
            if (!sameSpan) {
                return MISS_CLASSES.get(1);
            }
            return switch (found.type()) {
                case PERSON -> MISS_CLASSES.get(2);
                case LOCATION -> MISS_CLASSES.get(4);
                default -> MISS_CLASSES.get(3);
            };
        }
        return rightCountry ? MISS_CLASSES.get(6) : MISS_CLASSES.get(5);
    }

    /** The gold mentions as LOCATION entities, one per text, as a perfect tagger would give them. */
    static List<Entity> goldEntities(GeoGold.Article a) {
        Map<String, List<Mention>> byText = new LinkedHashMap<>();
        for (GeoGold.Place m : a.mentions()) {
            byText.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(new Mention(m.field(), m.start(), m.end(), m.text()));
        }
        List<Entity> entities = new ArrayList<>();
        byText.forEach((text, mentions) -> entities.add(new Entity(text, EntityType.LOCATION, mentions.size(), mentions)));
        return entities;
    }

    /** The entity with a mention overlapping the gold span most. */
    static Entity entityAt(List<Entity> entities, GeoGold.Place m) {
        Entity best = null;
        int bestOverlap = 0;
        for (Entity e : entities) {
            for (Mention x : e.mentions()) {
                int overlap = Math.min(x.end(), m.end()) - Math.max(x.start(), m.start());
                if (x.field().equals(m.field()) && overlap > bestOverlap) {
                    best = e;
                    bestOverlap = overlap;
                }
            }
        }
        return best;
    }

    static boolean samePlace(GeoGold.Place gold, Geo predicted) {
        if (predicted == null) {
            return false;
        }
        if ("region".equals(gold.kind())) {
            return "ADM1".equals(predicted.featureCode()) && gold.country().equals(predicted.country())
                    && gold.admin1().equals(predicted.admin1());
        }
        return predicted.geonameId() != null && km(gold.lat(), gold.lon(), predicted.lat(), predicted.lon()) <= PLACE_KM;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 12_742 * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    private static void report(Path file, List<GeoGold.Article> gold, Map<String, Score> scores, PrintStream out) {
        int mentions = scores.values().stream().mapToInt(s -> s.mentions).sum();
        out.printf(Locale.ROOT, "geo gold %s: %d articles, %d mentions; place = within %.0f km (a division: the same one)%n",
                file, gold.size(), mentions, PLACE_KM);
        out.printf(Locale.ROOT, "%-8s %8s %6s %-17s | %-17s %-15s | %-17s %-15s | %-17s %-15s | %-17s %-15s%n", "part",
                "mentions", "places", "tagged", "Newsflow country", "Newsflow place", "on gold spans", "",
                "baseline, gold spans", "", "baseline, same tagger", "");
        List<String> lines = new ArrayList<>();
        scores.forEach((part, s) -> lines.add(String.format(Locale.ROOT,
                "%-8s %8d %6d %-17s | %-17s %-15s | %-17s %-15s | %-17s %-15s | %-17s %-15s",
                partName(part), s.mentions, s.places, ratio(s.tagged, s.mentions),
                ratio(s.country, s.mentions), ratio(s.place, s.places), ratio(s.spansCountry, s.mentions),
                ratio(s.spansPlace, s.places), ratio(s.baselineCountry, s.mentions), ratio(s.baselinePlace, s.places),
                ratio(s.taggedBaselineCountry, s.mentions), ratio(s.taggedBaselinePlace, s.places))));
        lines.forEach(out::println);
        out.println("Each pair: country accuracy over all mentions, place accuracy over places and divisions.");
        out.println("Newsflow: tagger and geocoder end to end (a mention the tagger missed is wrong); on gold spans: the geocoder"
                + " given the gold mentions as its entities; baseline: the most populous match (a country's name wins) of"
                + " the gold span's text, or end to end of the text of the same tagger's LOCATION entity (or entity named"
                + " as a country) at the mention. Dev is tuned on, held-out is not.");
        scores.forEach((part, s) -> {
            StringBuilder why = new StringBuilder();
            for (String c : MISS_CLASSES) {
                why.append(why.length() == 0 ? "" : ", ").append(c).append(' ').append(s.misses.getOrDefault(c, 0));
            }
            out.printf(Locale.ROOT, "%s: Newsflow's wrong mentions by cause: %s%n", partName(part), why);
        });
        Score h = scores.get(GeoGold.HELD_OUT);
        out.printf(Locale.ROOT, "held-out country %.3f place %.3f (baseline on gold spans %.3f %.3f, on the same tagger %.3f %.3f)%n",
                frac(h.country, h.mentions), frac(h.place, h.places), frac(h.baselineCountry, h.mentions),
                frac(h.baselinePlace, h.places), frac(h.taggedBaselineCountry, h.mentions), frac(h.taggedBaselinePlace, h.places));
    }

    private static String partName(String part) {
        return part.equals(GeoGold.HELD_OUT) ? "held-out" : part;
    }

    private static String ratio(int right, int total) {
        return String.format(Locale.ROOT, "%.3f (%d/%d)", frac(right, total), right, total);
    }

    private static double frac(int right, int total) {
        return total == 0 ? 0 : (double) right / total;
    }

    private static String describe(Geo g) {
        return String.format(Locale.ROOT, "%s %s %s %s (%.2f, %s)", g.country(), g.name(),
                g.geonameId() != null ? g.geonameId() : g.featureCode(), g.admin1() != null ? g.admin1() : "", g.confidence(), g.by());
    }

    private static String shortId(String id) {
        int slash = id.lastIndexOf('/');
        String s = slash >= 0 ? id.substring(slash + 1) : id;
        return s.length() > 30 ? s.substring(0, 30) : s;
    }
}
