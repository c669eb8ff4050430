package io.newsflow.enrich.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The places Newsflow knows, loaded once from {@code /geo/*.tsv.gz}: GeoNames populated places of at least 1,000
 * inhabitants, countries with their names, spellings and demonyms, and first-order divisions. Cities are kept in
 * parallel arrays (a few bytes each) and found through one name index. Immutable and thread-safe.
 */
public final class Atlas {

    private static final double SCALE = 100_000.0;
    private static volatile Atlas standard;

    // cities, by index
    private final long[] ids;
    private final String[] names;
    private final String[] countries;
    private final String[] featureCodes;
    private final String[] admin1s;
    private final int[] populations;
    private final int[] lats; // degrees times 100,000: GeoNames gives five decimals
    private final int[] lons;
    private final Map<String, int[]> cityIndex = new HashMap<>();

    private final Map<String, Country> countryByCode = new LinkedHashMap<>();
    private final Map<String, Country> countryByName = new HashMap<>();
    private final Map<String, Country> countryByDemonym = new HashMap<>();
    private final Map<String, List<Region>> regionsByName = new HashMap<>();

    private Atlas(int size) {
        ids = new long[size];
        names = new String[size];
        countries = new String[size];
        featureCodes = new String[size];
        admin1s = new String[size];
        populations = new int[size];
        lats = new int[size];
        lons = new int[size];
    }

    /** The bundled atlas, loaded on first use. */
    public static Atlas standard() {
        Atlas a = standard;
        if (a == null) {
            synchronized (Atlas.class) {
                a = standard;
                if (a == null) {
                    a = load();
                    standard = a;
                }
            }
        }
        return a;
    }

    /** A freshly loaded atlas, not the shared one (the bench measures what it costs); use {@link #standard()}. */
    public static Atlas load() {
        List<String[]> rows = new ArrayList<>(140_000);
        read("cities.tsv.gz", rows::add);
        Atlas atlas = new Atlas(rows.size());
        Map<String, List<Integer>> index = new HashMap<>();
        Map<String, String> interned = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            atlas.ids[i] = Long.parseLong(r[0]);
            atlas.names[i] = r[1];
            atlas.countries[i] = interned.computeIfAbsent(r[2], k -> k);
            atlas.featureCodes[i] = interned.computeIfAbsent(r[3], k -> k);
            atlas.admin1s[i] = interned.computeIfAbsent(r[4], k -> k);
            atlas.populations[i] = Integer.parseInt(r[5]);
            atlas.lats[i] = (int) Math.round(Double.parseDouble(r[6]) * SCALE);
            atlas.lons[i] = (int) Math.round(Double.parseDouble(r[7]) * SCALE);
            index.computeIfAbsent(Names.key(r[1]), k -> new ArrayList<>(1)).add(i);
        }
        CityAliases.addTo(atlas, index);
        index.forEach((k, v) -> atlas.cityIndex.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        read("countries.tsv.gz", atlas::addCountry);
        CountryAliases.addTo(atlas);
        read("regions.tsv.gz", r -> {
            Region region = new Region(r[0], r[1], r[2], parse(r[3]), parse(r[4]), r.length > 5 ? r[5] : "");
            for (String name : RegionNames.of(region.name())) {
                atlas.regionsByName.computeIfAbsent(Names.key(name), k -> new ArrayList<>(1)).add(region);
            }
        });
        return atlas;
    }

    private void addCountry(String[] r) {
        Country c = new Country(r[0], r[1], r[4], parse(r[7]), parse(r[8]));
        countryByCode.put(c.code(), c);
        countryByName.putIfAbsent(Names.key(r[1]), c);
        countryByName.putIfAbsent(Names.key(r[2]), c);
        for (String alt : r[3].split("\\|")) {
            if (alt.length() > 3) { // two- and three-letter codes ("IN", "ME") are words too often
                countryByName.putIfAbsent(Names.key(alt), c);
            }
        }
        for (String demonym : new String[] {r[5], r[6]}) {
            if (!demonym.isBlank()) {
                countryByDemonym.putIfAbsent(Names.key(demonym), c);
            }
        }
    }

    void aliasCountry(String alias, String code) {
        countryByName.put(Names.key(alias), countryByCode.get(code));
    }

    void aliasDemonym(String demonym, String code) {
        countryByDemonym.put(Names.key(demonym), countryByCode.get(code));
    }

    int cityById(long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    // ---- lookups

    public Country country(String code) {
        return countryByCode.get(code);
    }

    /** The country a name or spelling stands for ("Kazakhstan", "U.S.", "Britain"), or null. */
    public Country countryNamed(String name) {
        return countryByName.get(Names.key(name));
    }

    /** The country of a demonym ("Kazakhstani", "Russian", plural "Russians"), or null. */
    public Country countryOfDemonym(String word) {
        String k = Names.key(word);
        Country c = countryByDemonym.get(k);
        if (c == null && k.endsWith("s")) {
            c = countryByDemonym.get(k.substring(0, k.length() - 1));
        }
        return c;
    }

    /** Indices of the cities with this name. */
    int[] citiesNamed(String name) {
        int[] found = cityIndex.get(Names.key(name));
        return found == null ? new int[0] : found;
    }

    List<Region> regionsNamed(String name) {
        return regionsByName.getOrDefault(Names.key(name), List.of());
    }

    long id(int city) {
        return ids[city];
    }

    String name(int city) {
        return names[city];
    }

    String countryOf(int city) {
        return countries[city];
    }

    String featureCode(int city) {
        return featureCodes[city];
    }

    String admin1(int city) {
        return admin1s[city];
    }

    int population(int city) {
        return populations[city];
    }

    double lat(int city) {
        return lats[city] / SCALE;
    }

    double lon(int city) {
        return lons[city] / SCALE;
    }

    int size() {
        return ids.length;
    }

    Iterable<Country> countries() {
        return countryByCode.values();
    }

    Map<String, Country> demonyms() {
        return countryByDemonym;
    }

    private static double parse(String s) {
        return s == null || s.isBlank() ? 0 : Double.parseDouble(s);
    }

    private static void read(String file, Consumer<String[]> row) {
        try (InputStream in = Atlas.class.getResourceAsStream("/geo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("geo atlas resource /geo/" + file + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    row.accept(Arrays.copyOf(line.split("\t", -1), 9));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the geo atlas " + file, e);
        }
    }
}
