package io.newsflow.ingest.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt (RFC 9309) for one crawler: the group naming the crawler's token, else the {@code *}
 * group; the longest matching {@code Allow}/{@code Disallow} path wins, {@code Allow} on a tie; {@code *} and a final
 * {@code $} are understood. {@code Crawl-delay} is kept so that a host can ask for more than the per-host delay.
 */
record RobotsRules(List<Rule> rules, Duration crawlDelay) {

    record Rule(boolean allow, String pattern) {
    }

    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), Duration.ZERO);
    static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")), Duration.ZERO);

    /** Robots.txt files are small; anything past this is ignored, as RFC 9309 allows (it asks for at least 500 KiB). */
    static final int MAX_BYTES = 512 * 1024;

    static RobotsRules parse(String text, String token) {
        List<Rule> mine = null;
        List<Rule> star = null;
        Duration mineDelay = Duration.ZERO;
        Duration starDelay = Duration.ZERO;
        List<String> agents = new ArrayList<>();
        List<Rule> current = new ArrayList<>();
        Duration currentDelay = Duration.ZERO;
        boolean inRules = false;
        for (String raw : (text + "\nuser-agent: \u0000end").split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) { // a new group begins: close the previous one
                    for (String agent : agents) {
                        if (agent.equals(token) && mine == null) {
                            mine = current;
                            mineDelay = currentDelay;
                        } else if (agent.equals("*") && star == null) {
                            star = current;
                            starDelay = currentDelay;
                        }
                    }
                    agents = new ArrayList<>();
                    current = new ArrayList<>();
                    currentDelay = Duration.ZERO;
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT).split("/", 2)[0].strip());
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty()) { // "Disallow:" with no path allows everything
                    current.add(new Rule(key.equals("allow"), value));
                }
            } else if (key.equals("crawl-delay")) {
                inRules = true;
                try {
                    currentDelay = Duration.ofMillis((long) (Math.min(60, Double.parseDouble(value)) * 1000));
                } catch (NumberFormatException ignored) {
                    // a malformed delay is no delay
                }
            }
        }
        if (mine != null) {
            return new RobotsRules(List.copyOf(mine), mineDelay);
        }
        return star == null ? ALLOW_ALL : new RobotsRules(List.copyOf(star), starDelay);
    }

    /** Whether {@code pathAndQuery} (as in the request line, percent-encoded) may be fetched. */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (path.equals("/robots.txt")) {
            return true;
        }
        int bestLength = -1;
        boolean allowed = true;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), path)) {
                int length = rule.pattern().length();
                if (length > bestLength || (length == bestLength && rule.allow())) {
                    bestLength = length;
                    allowed = rule.allow();
                }
            }
        }
        return allowed;
    }

    /** Prefix match with {@code *} for any run of characters and a final {@code $} for the end of the path. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    private static boolean match(String p, int pi, String s, int si, boolean anchored) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                if (pi == p.length()) {
                    return true;
                }
                for (int k = si; k <= s.length(); k++) {
                    if (match(p, pi, s, k, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || s.charAt(si) != c) {
                return false;
            }
            pi++;
            si++;
        }
        return !anchored || si == s.length();
    }
}
