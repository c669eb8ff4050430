package io.newsflow.enrich.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Names news uses for a city that GeoNames' main name is not ("Washington" for Washington, D.C., "Kiev"). */
final class CityAliases {

    private static final Object[][] ALIASES = {
            {"Washington", 4140963L}, {"Washington DC", 4140963L}, {"Washington D.C", 4140963L},
            {"Astana", 1526273L}, {"Kiev", 703448L}, {"NYC", 5128581L}, {"New York City", 5128581L},
    };

    private CityAliases() {
    }

    static void addTo(Atlas atlas, Map<String, List<Integer>> index) {
        for (Object[] alias : ALIASES) {
            int city = atlas.cityById((Long) alias[1]);
            if (city >= 0) {
                List<Integer> at = index.computeIfAbsent(Names.key((String) alias[0]), k -> new ArrayList<>(1));
                if (!at.contains(city)) {
                    at.add(city);
                }
            }
        }
    }
}
