package io.newsflow.serve.query;

import java.util.List;
import java.util.Map;

/**
 * The local queries by name, as one instance asks another over HTTP ({@code GET /internal/<name>?...}) and as an
 * instance answers its own: both go through {@link #call}, so a remote answer is the very one the owner computes.
 */
public final class InternalQueries {

    public static final String PATH = "/internal/";

    private InternalQueries() {
    }

    public static Object call(LocalQueries local, String name, Map<String, List<String>> params) {
        return switch (name) {
            case "article" -> local.article(one(params, "id"));
            case "articles" -> local.articles(params.getOrDefault("id", List.of()));
            case "summaries" -> local.summaries(params.getOrDefault("id", List.of()));
            case "newest" -> local.newest(optLong(params, "since"), opt(params, "q"), Integer.parseInt(one(params, "limit")));
            case "postings" -> local.postings(one(params, "key"), optLong(params, "since"), Integer.parseInt(one(params, "limit")));
            case "timeline" -> local.timeline(one(params, "key"));
            case "latest-hour" -> local.latestHour();
            case "trending" -> local.trending(Integer.parseInt(one(params, "hours")), Integer.parseInt(one(params, "baseline")),
                    Long.parseLong(one(params, "end")), opt(params, "type"), Integer.parseInt(one(params, "limit")));
            case "tallies" -> local.tallies(opt(params, "event"), opt(params, "since"), "country".equals(opt(params, "by")));
            default -> throw QueryException.notFound("no internal query '" + name + "'");
        };
    }

    private static String one(Map<String, List<String>> params, String name) {
        String v = opt(params, name);
        if (v == null) {
            throw QueryException.badRequest(name + ": missing");
        }
        return v;
    }

    private static String opt(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
    }

    private static Long optLong(Map<String, List<String>> params, String name) {
        String v = opt(params, name);
        return v == null ? null : Long.valueOf(v);
    }
}
