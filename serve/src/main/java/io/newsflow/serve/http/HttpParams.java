package io.newsflow.serve.http;

import io.newsflow.core.schema.EntityType;
import io.newsflow.serve.query.QueryException;
import io.newsflow.serve.topology.ArticleTime;
import io.newsflow.serve.topology.Keys;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A request's query parameters, read and checked: a bad one is a 400 that says what is expected. */
final class HttpParams {

    private final Map<String, List<String>> values;

    private HttpParams(Map<String, List<String>> values) {
        this.values = values;
    }

    static HttpParams parse(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return new HttpParams(values);
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw QueryException.badRequest("malformed URL encoding in '" + s + "'");
        }
    }

    Map<String, List<String>> all() {
        return values;
    }

    /** The parameter, or null when absent or empty. */
    String text(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0).trim();
    }

    /** Only these parameters are allowed: a misspelt one would otherwise be silently ignored. */
    HttpParams allow(String... names) {
        List<String> allowed = Arrays.asList(names);
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw QueryException.badRequest("unknown parameter '" + name + "'; expected " + String.join(", ", allowed));
            }
        }
        return this;
    }

    int limit(int byDefault, int max) {
        String v = text("limit");
        if (v == null) {
            return byDefault;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // the message below says what is expected
        }
        throw QueryException.badRequest("limit: expected a whole number from 1 to " + max + ", got '" + v + "'");
    }

    /** An instant or a date (its start in UTC) as epoch ms, or null. */
    Long time(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        Long t = ArticleTime.parse(v);
        if (t == null) {
            throw QueryException.badRequest(name + ": expected an ISO-8601 date (2022-01-10) or instant (2022-01-10T09:00:00Z), got '" + v + "'");
        }
        return t;
    }

    /** A day (yyyy-MM-dd, UTC) from a date or an instant, or null. */
    String day(String name) {
        Long t = time(name);
        return t == null ? null : Keys.day(t);
    }

    EntityType type(String name) {
        String v = text(name);
        return v == null ? null : entityType(v);
    }

    static EntityType entityType(String v) {
        try {
            return EntityType.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryException.badRequest("type: expected one of " + Arrays.toString(EntityType.values()) + ", got '" + v + "'");
        }
    }

    String oneOf(String name, String byDefault, String... allowed) {
        String v = text(name);
        if (v == null) {
            return byDefault;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                return a;
            }
        }
        throw QueryException.badRequest(name + ": expected one of " + String.join(", ", allowed) + ", got '" + v + "'");
    }

    /** An event name (KILL, ARREST, ...), upper-cased, or null. */
    String event(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        String e = v.toUpperCase(Locale.ROOT);
        if (!e.matches("[A-Z_]{1,32}")) {
            throw QueryException.badRequest(name + ": expected an event name such as KILL or ARREST, got '" + v + "'");
        }
        return e;
    }
}
