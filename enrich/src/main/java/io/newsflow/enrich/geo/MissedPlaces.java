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
    private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "de", "del", "da", "do", "upon", "on", "la", "al");
    private static final Pattern QUALIFIER_AFTER = Pattern.compile(
            "^,\\s+((?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})");
    private static final Pattern PLACE_COMMA_BEFORE = Pattern.compile(",\\s+$");

    private final Atlas atlas;

    MissedPlaces(Atlas atlas) {
        this.atlas = atlas;
    }

    /** {@code countries}: the countries the article names, by the tagger's entities and by demonyms. */
    Found find(String title, String body, List<Entity> entities, Set<String> countries) {
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
        spot(title, body, out, countries, spotted, changed);
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

    /** The words of a field: offsets, and whether each is a name word, a sentence's first, a connector, inside a mention. */
    private static final class Words {
        final String text;
        final int n;
        final int[] start;
        final int[] end;
        final boolean[] name;
        final boolean[] initial;
        final boolean[] connector;
        final boolean[] covered;

        Words(String text, int capacity) {
            this.text = text;
            start = new int[capacity];
            end = new int[capacity];
            name = new boolean[capacity];
            initial = new boolean[capacity];
            connector = new boolean[capacity];
            covered = new boolean[capacity];
            int k = 0;
            int i = 0;
            int length = text.length();
            while (k < capacity && i < length) {
                int type = Character.getType(text.charAt(i));
                if (type != Character.UPPERCASE_LETTER && type != Character.LOWERCASE_LETTER) {
                    i++;
                    continue;
                }
                boolean upper = type == Character.UPPERCASE_LETTER;
                int e = upper ? abbreviationEnd(text, i) : i;
                if (e == i) {
                    e = letters(text, i + 1);
                    while (upper && e + 1 < length && "-'’".indexOf(text.charAt(e)) >= 0 && letterOrMark(text.charAt(e + 1))) {
                        e = letters(text, e + 1);
                    }
                }
                int next = e;
                if (e - i > 2 && text.charAt(e - 1) == 's' && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’')) {
                    e -= 2;
                }
                start[k] = i;
                end[k] = e;
                name[k] = upper;
                connector[k] = !upper && e - i <= 5 && CONNECTORS.contains(text.substring(i, e));
                k++;
                i = next;
            }
            n = k;
        }

        /** The end of "U.S." or "U.K." at {@code i}: two or more capitals each with a full stop; else {@code i}. */
        private static int abbreviationEnd(String text, int i) {
            int e = i;
            while (e + 1 < text.length() && Character.getType(text.charAt(e)) == Character.UPPERCASE_LETTER
                    && text.charAt(e + 1) == '.') {
                e += 2;
            }
            return e - i >= 4 ? e : i;
        }

        /** The end of the run of letters and marks from {@code i}. */
        private static int letters(String text, int i) {
            while (i < text.length() && letterOrMark(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean letterOrMark(char c) {
            if (Character.isLetter(c)) {
                return true;
            }
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
        }

        /** Two name words with only spaces between them: one longer name. */
        boolean joined(int a, int b) {
            return name[a] && name[b] && onlySpaces(text, end[a], start[b]);
        }
    }

    private void spot(String title, String body, List<Entity> entities, Set<String> articleCountries, Set<Entity> spotted,
                      Map<Entity, Entity> changed) {
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
        Words titleWords = words(title, Mention.TITLE, entities);
        Words bodyWords = words(body, Mention.BODY, entities);
        Map<String, Boolean> lowercase = new java.util.HashMap<>();
        markSentenceInitials(titleWords, titleWords, bodyWords, lowercase);
        markSentenceInitials(bodyWords, titleWords, bodyWords, lowercase);
        Set<String> countries = new HashSet<>(articleCountries);
        Map<String, List<Mention>> added = new LinkedHashMap<>();
        Map<String, List<Mention>> fresh = new LinkedHashMap<>();
        Map<String, List<Mention>> pending = new LinkedHashMap<>();
        for (Words w : new Words[] {titleWords, bodyWords}) {
            String field = w == titleWords ? Mention.TITLE : Mention.BODY;
            boolean titleCase = w == titleWords && titleCase(w);
            for (int i = 0; i < w.n; i++) {
                if (!w.name[i] || w.covered[i] || !titleCase && i > 0 && w.joined(i - 1, i)) {
                    continue;
                }
                int last = i; // the furthest word that may close a name opened at i
                while (last + 1 < w.n && last + 1 - i < MAX_WORDS && !w.covered[last + 1]
                        && (w.name[last + 1] || w.connector[last + 1]) && onlySpaces(w.text, w.end[last], w.start[last + 1])) {
                    last++;
                }
                for (int j = last; j >= i; j--) {
                    if (!w.name[j] || !titleCase && j + 1 < w.n && w.joined(j, j + 1)
                            && !PlaceContext.titleFollows(w.text, w.end[j])) {
                        continue;
                    }
                    String name = w.text.substring(w.start[i], w.end[j]);
                    String key = Names.key(name);
                    if (people.contains(key) || otherNames.contains(key)) {
                        continue;
                    }
                    Mention mention = new Mention(field, w.start[i], w.end[j], name);
                    boolean alone = i == j && w.initial[i] && !PlaceContext.titleFollows(w.text, w.end[j]);
                    Country country = titleCase ? null : atlas.countryNamed(name);
                    if (locations.containsKey(key)) {
                        added.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
                    } else if (country != null) {
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
        for (int k = 0; k < entities.size() && !added.isEmpty(); k++) {
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

    /** The words of a field, those inside an entity's mention marked. */
    private static Words words(String text, String field, List<Entity> entities) {
        Words w = new Words(text, text.length() / 2 + 1);
        boolean[] inMention = null;
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.field().equals(field) && m.end() <= text.length() && m.start() < m.end()) {
                    if (inMention == null) {
                        inMention = new boolean[text.length()];
                    }
                    java.util.Arrays.fill(inMention, m.start(), m.end(), true);
                }
            }
        }
        if (inMention != null) {
            for (int k = 0; k < w.n; k++) {
                for (int c = w.start[k]; c < w.end[k] && !w.covered[k]; c++) {
                    w.covered[k] |= inMention[c];
                }
            }
        }
        return w;
    }

    /**
     * Marks each sentence's first word; one the article also writes in lower case ("In", "The", "Turkey" beside
     * "turkey") is no name word there.
     */
    private static void markSentenceInitials(Words w, Words title, Words body, Map<String, Boolean> lowercase) {
        for (int k = 0; k < w.n; k++) {
            if (w.name[k] && sentenceInitial(w.text, w.start[k])) {
                w.initial[k] = true;
                String lower = w.text.substring(w.start[k], w.end[k]).toLowerCase(Locale.ROOT);
                if (lowercase.computeIfAbsent(lower, x -> writtenAsWord(title.text, x) || writtenAsWord(body.text, x))) {
                    w.name[k] = false;
                }
            }
        }
    }

    /** True when {@code word} stands in {@code text} as a whole word. */
    private static boolean writtenAsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int after = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (after == text.length() || !Character.isLetter(text.charAt(after)))) {
                return true;
            }
        }
        return false;
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

    /** True when a title has at least four words and most of them capitalized: its capitals say nothing. */
    private static boolean titleCase(Words w) {
        int capitals = 0;
        int words = 0;
        for (int k = 0; k < w.n; k++) {
            if (!w.connector[k]) {
                words++;
                capitals += w.name[k] ? 1 : 0;
            }
        }
        return words >= 4 && capitals * 10 >= words * 6;
    }

    private static boolean sentenceInitial(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:\n—–-".indexOf(text.charAt(i)) >= 0;
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
}
