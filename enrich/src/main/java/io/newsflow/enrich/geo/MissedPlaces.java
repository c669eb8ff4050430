package io.newsflow.enrich.geo;

import io.newsflow.core.schema.Entity;
import io.newsflow.core.schema.EntityType;
import io.newsflow.core.schema.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places the tagger missed or mistyped, found before the article is placed.
 * <ol>
 *   <li><b>Retyped</b>: a PERSON, ORGANIZATION or MISC entity whose whole text is a well-known place (a country, a
 *       division, a capital or a city of 50,000 or more) becomes a LOCATION when one of its mentions stands where a
 *       place stands ({@link PlaceContext}: "in Livorno", "Tonga's government"), or is followed by its country or
 *       division ("Marksville, Louisiana"), or follows a place and a comma ("Sacramento, California").</li>
 *   <li><b>Spotted</b>: an untagged capitalized name, whole (not a part of a longer capitalized name other than an office before a person's name,
 *       "Connecticut Governor Ned Lamont"; not inside any
 *       entity's mention, not a word of a person's name in the article) that is a LOCATION entity's name elsewhere in
 *       the article (a name placed once is that place throughout), a country's name, or the name of a capital, a
 *       division's seat, a city of 100,000 or more or a division in a country the article names. A sentence's
 *       first word counts as capitalized only when the article never writes it in lower case ("In", "Turkey" in a
 *       text about turkey); one such word alone is taken only as a country's or a LOCATION entity's name. In a
 *       title written in title case only the article's LOCATION names are spotted.</li>
 * </ol>
 * The geocoder keeps what this finds only when it resolves: an entity retyped or given more mentions that finds no
 * place is the tagger's entity again, a spotted name that finds none is dropped.
 */
final class MissedPlaces {

    /**
     * The entities with the found places; {@code changed} maps an entity retyped or given spotted mentions to the
     * tagger's; {@code spotted} holds the new ones.
     */
    record Found(List<Entity> entities, Map<Entity, Entity> changed, Set<Entity> spotted) {
    }

    private static final int RETYPE_POPULATION = 50_000;
    private static final int SPOT_POPULATION = 100_000;
    private static final int MAX_WORDS = 6;
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’][\\p{L}\\p{M}]+)*|\\p{Ll}[\\p{L}\\p{M}]*");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "de", "del", "da", "do", "upon", "on", "la", "al");
    private static final Pattern QUALIFIER_AFTER = Pattern.compile(
            "^,\\s+((?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})");
    private static final Pattern PLACE_COMMA_BEFORE = Pattern.compile(",\\s+$");

    private final Atlas atlas;

    MissedPlaces(Atlas atlas) {
        this.atlas = atlas;
    }

    Found find(String title, String body, List<Entity> entities) {
        Map<Entity, Entity> changed = new IdentityHashMap<>();
        List<Entity> out = new ArrayList<>(entities.size() + 4);
        for (Entity e : entities) {
            Entity r = retype(e, title, body, entities);
            if (r != e) {
                changed.put(r, e);
            }
            out.add(r);
        }
        Set<Entity> spotted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        spot(title, body, out, spotted, changed);
        return new Found(out, changed, spotted);
    }

    // ---- retyping

    private Entity retype(Entity e, String title, String body, List<Entity> all) {
        if (e.type() == EntityType.LOCATION || !wellKnown(e.text())
                || e.type() != EntityType.PERSON && atlas.countryNamed(e.text()) != null) {
            return e; // an organisation named as a country is placed as one already ("U.S." tagged ORGANIZATION)
        }
        for (Mention m : e.mentions()) {
            String text = Mention.TITLE.equals(m.field()) ? title : body;
            if (m.end() > text.length()) {
                continue;
            }
            if (PlaceContext.saysPlace(text, m.start(), m.end(), e.type() == EntityType.PERSON)
                    || qualifiedAfter(text, m.end()) || followsPlaceAndComma(text, m, all)) {
                return new Entity(e.text(), EntityType.LOCATION, e.count(), e.mentions());
            }
        }
        return e;
    }

    /** A country, a division, a capital or a city of {@value #RETYPE_POPULATION} or more of this name. */
    private boolean wellKnown(String name) {
        if (atlas.countryNamed(name) != null || !atlas.regionsNamed(name).isEmpty()) {
            return true;
        }
        for (int city : atlas.citiesNamed(name)) {
            if (atlas.population(city) >= RETYPE_POPULATION || "PPLC".equals(atlas.featureCode(city))) {
                return true;
            }
        }
        return false;
    }

    /** ", Louisiana" or ", Italy" after a name. */
    private boolean qualifiedAfter(String text, int end) {
        Matcher after = QUALIFIER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        if (!after.find()) {
            return false;
        }
        String[] w = after.group(1).split("\\s+");
        for (int n = w.length; n > 0; n--) {
            String name = String.join(" ", java.util.Arrays.copyOf(w, n)).replaceAll("[.,;:]+$", "");
            if (atlas.countryNamed(name) != null || !atlas.regionsNamed(name).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The mention right after a LOCATION mention and a comma: "Sacramento, California". */
    private static boolean followsPlaceAndComma(String text, Mention m, List<Entity> all) {
        String before = text.substring(Math.max(0, m.start() - 4), m.start());
        Matcher comma = PLACE_COMMA_BEFORE.matcher(before);
        if (!comma.find()) {
            return false;
        }
        int placeEnd = m.start() - (before.length() - comma.start());
        for (Entity e : all) {
            if (e.type() == EntityType.LOCATION) {
                for (Mention x : e.mentions()) {
                    if (x.field().equals(m.field()) && x.end() == placeEnd) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ---- spotting untagged names

    private record Token(int start, int end, boolean name, boolean initial, boolean connector) {
    }

    private void spot(String title, String body, List<Entity> entities, Set<Entity> spotted, Map<Entity, Entity> changed) {
        Map<String, Entity> locations = new LinkedHashMap<>();
        Set<String> people = new HashSet<>();
        Set<String> otherNames = new HashSet<>();
        for (Entity e : entities) {
            String key = Names.key(e.text());
            if (e.type() == EntityType.LOCATION) {
                locations.putIfAbsent(key, e);
            } else {
                otherNames.add(key);
                if (e.type() == EntityType.PERSON) {
                    for (String w : key.split(" ")) {
                        people.add(w);
                    }
                }
            }
        }
        Set<String> lowercase = lowercaseWords(title, body);
        Set<String> countries = new HashSet<>(ArticleEvidence.of(atlas, title, body, entities).countryWeight.keySet());
        Map<String, List<Mention>> added = new LinkedHashMap<>();
        Map<String, List<Mention>> fresh = new LinkedHashMap<>();
        Map<String, List<Mention>> pending = new LinkedHashMap<>();
        for (String field : List.of(Mention.TITLE, Mention.BODY)) {
            String text = Mention.TITLE.equals(field) ? title : body;
            if (text.isEmpty()) {
                continue;
            }
            List<Token> tokens = tokens(text, lowercase);
            boolean titleCase = Mention.TITLE.equals(field) && titleCase(tokens);
            List<int[]> covered = covered(entities, field);
            int n = tokens.size();
            for (int i = 0; i < n; i++) {
                Token first = tokens.get(i);
                if (!first.name() || !titleCase && i > 0 && joined(text, tokens.get(i - 1), first)) {
                    continue;
                }
                for (int j = Math.min(n - 1, i + MAX_WORDS - 1); j >= i; j--) {
                    Token last = tokens.get(j);
                    if (!last.name() || !titleCase && j + 1 < n && joined(text, last, tokens.get(j + 1))
                            && !PlaceContext.titleFollows(text, last.end()) || !spaced(text, tokens, i, j)) {
                        continue;
                    }
                    if (overlaps(covered, first.start(), last.end())) {
                        continue;
                    }
                    String name = text.substring(first.start(), last.end());
                    String key = Names.key(name);
                    if (people.contains(key) || otherNames.contains(key)) {
                        continue;
                    }
                    Mention mention = new Mention(field, first.start(), last.end(), name);
                    boolean alone = i == j && first.initial() && !PlaceContext.titleFollows(text, last.end());
                    Country country = atlas.countryNamed(name);
                    if (locations.containsKey(key)) {
                        added.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
                    } else if (!titleCase && country != null) {
                        fresh.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
                        countries.add(country.code());
                    } else if (!titleCase && !alone && inCountries(name, null)) {
                        pending.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
                    } else {
                        continue;
                    }
                    i = j;
                    break;
                }
            }
        }
        pending.forEach((key, mentions) -> {
            if (inCountries(mentions.get(0).text(), countries)) { // the article's, with those spotted in its text
                fresh.put(key, mentions);
            }
        });
        for (int k = 0; k < entities.size(); k++) {
            Entity e = entities.get(k);
            List<Mention> extra = e.type() == EntityType.LOCATION ? added.remove(Names.key(e.text())) : null;
            if (extra != null) {
                List<Mention> all = new ArrayList<>(e.mentions());
                all.addAll(extra);
                all.sort(java.util.Comparator.comparing((Mention m) -> !Mention.TITLE.equals(m.field()))
                        .thenComparingInt(Mention::start));
                Entity more = new Entity(e.text(), e.type(), all.size(), all, e.geo());
                Entity original = changed.remove(e);
                changed.put(more, original != null ? original : e);
                entities.set(k, more);
            }
        }
        fresh.forEach((key, mentions) -> {
            Entity e = new Entity(mentions.get(0).text(), EntityType.LOCATION, mentions.size(), mentions);
            spotted.add(e);
            entities.add(e);
        });
    }

    /**
     * A capital, a division's seat, a city of {@value #SPOT_POPULATION} or more, or a division, of this name in one of
     * {@code countries} (null: anywhere).
     */
    private boolean inCountries(String name, Set<String> countries) {
        for (int city : atlas.citiesNamed(name)) {
            String fc = atlas.featureCode(city);
            if ((countries == null || countries.contains(atlas.countryOf(city)))
                    && (atlas.population(city) >= SPOT_POPULATION || "PPLC".equals(fc) || "PPLA".equals(fc))) {
                return true;
            }
        }
        for (Region r : atlas.regionsNamed(name)) {
            if (countries == null || countries.contains(r.country())) {
                return true;
            }
        }
        return false;
    }

    private static List<Token> tokens(String text, Set<String> lowercase) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
                end -= 2;
                word = word.substring(0, word.length() - 2);
            }
            boolean capital = Character.isUpperCase(word.charAt(0));
            boolean initial = sentenceInitial(text, start);
            boolean name = capital && !(initial && lowercase.contains(word.toLowerCase(Locale.ROOT)));
            tokens.add(new Token(start, end, name, initial, !capital && CONNECTORS.contains(word)));
        }
        return tokens;
    }

    /** True when a title has at least four words and most of them capitalized: its capitals say nothing. */
    private static boolean titleCase(List<Token> tokens) {
        long capitals = tokens.stream().filter(t -> !t.connector() && t.name()).count();
        long words = tokens.stream().filter(t -> !t.connector()).count();
        return words >= 4 && capitals * 10 >= words * 6;
    }

    private static boolean sentenceInitial(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:\n—–-".indexOf(text.charAt(i)) >= 0;
    }

    /** Two capitalized tokens with only spaces between them: one longer name. */
    private static boolean joined(String text, Token a, Token b) {
        return a.name() && b.name() && onlySpaces(text, a.end(), b.start());
    }

    /** Tokens {@code i..j} form one name: spaces between them, and lowercase words only as connectors ("Bosnia and Herzegovina"). */
    private static boolean spaced(String text, List<Token> tokens, int i, int j) {
        for (int k = i; k < j; k++) {
            Token t = tokens.get(k + 1);
            if (!onlySpaces(text, tokens.get(k).end(), t.start()) || !t.name() && !t.connector()) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        if (to <= from) {
            return to == from;
        }
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static Set<String> lowercaseWords(String title, String body) {
        Set<String> words = new HashSet<>();
        for (String text : new String[] {title, body}) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                if (Character.isLowerCase(m.group().charAt(0))) {
                    words.add(m.group());
                }
            }
        }
        return words;
    }

    private static List<int[]> covered(List<Entity> entities, String field) {
        List<int[]> spans = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.field().equals(field)) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
        return spans;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (s[0] < end && start < s[1]) {
                return true;
            }
        }
        return false;
    }
}
