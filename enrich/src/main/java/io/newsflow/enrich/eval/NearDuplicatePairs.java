package io.newsflow.enrich.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labelled pairs of article bodies for measuring near-duplicate detection, built from a set of distinct articles.
 *
 * <p>Positives are an article and an edited copy of it, as outlets re-publish a wire story: the last paragraph
 * trimmed, only the first two thirds kept, one sentence rewritten, two sentences rewritten, a dateline and a
 * footer of boilerplate added, an update paragraph appended, and the usual mix (trimmed, one sentence rewritten,
 * boilerplate added). A rewritten sentence keeps its words, reordered and with every fourth left out: to word shingles
 * that is as new as any paraphrase. Negatives are two different articles: the most similar other article by word
 * overlap (the same topic, often the same event, as near as different articles of the set come), one chosen at random,
 * a follow-up (another article that ends with the last third of the first as its background), and two different
 * articles that carry the same boilerplate, one of them short. Everything is deterministic.
 */
public final class NearDuplicatePairs {

    static final String DATELINE = "LONDON (Newswire) — ";
    static final String FOOTER = "Follow us on social media for the latest news and sign up for our daily newsletter to "
            + "get the top stories in your inbox every morning. Copyright 2019 Newswire. All rights reserved. This "
            + "material may not be published, broadcast, rewritten or redistributed without permission.";
    static final String UPDATE = "Update: this story has been updated with further details. ";

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'”’)]?)\\s+(?=[\"“‘(]?[\\p{Lu}\\d])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** One labelled pair: two bodies, whether the second is a copy of the first, and how it was made. */
    public record Pair(String kind, boolean copy, String first, String second) {
    }

    private NearDuplicatePairs() {
    }

    /** The positive and negative pairs of these article bodies (distinct articles, each long enough to compare). */
    public static List<Pair> of(List<String> bodies) {
        List<Pair> pairs = new ArrayList<>();
        int n = bodies.size();
        List<Set<String>> words = bodies.stream().map(NearDuplicatePairs::wordSet).toList();
        for (int i = 0; i < n; i++) {
            String a = bodies.get(i);
            String other = bodies.get((i + 1) % n);
            List<String> sentences = sentences(a);
            pairs.add(new Pair("trimmed last paragraph", true, a, withoutLastParagraph(a)));
            pairs.add(new Pair("first two thirds kept", true, a, String.join(" ",
                    sentences.subList(0, Math.max(1, (sentences.size() * 2 + 2) / 3)))));
            pairs.add(new Pair("one sentence rewritten", true, a, rewritten(sentences, 1)));
            pairs.add(new Pair("two sentences rewritten", true, a, rewritten(sentences, 2)));
            pairs.add(new Pair("boilerplate added", true, a, DATELINE + a + "\n\n" + FOOTER));
            pairs.add(new Pair("update paragraph appended", true, a, a + "\n\n" + UPDATE + firstParagraph(other)));
            pairs.add(new Pair("trimmed, rewritten and boilerplate", true, a,
                    DATELINE + withoutLastParagraph(rewritten(sentences, 1)) + "\n\n" + FOOTER));

            int nearest = nearest(words, i);
            if (nearest > i || nearest(words, nearest) != i) { // each mutual pair once
                pairs.add(new Pair("same topic", false, a, bodies.get(nearest)));
            }
            int random = Math.floorMod(i * 7919 + 13, n);
            if (random != i) {
                pairs.add(new Pair("random other article", false, a, bodies.get(random)));
            }
            pairs.add(new Pair("follow-up reusing background", false, a, other + "\n\n"
                    + String.join(" ", sentences.subList(sentences.size() * 2 / 3, sentences.size()))));
            String shortOther = shortest(bodies, i);
            pairs.add(new Pair("different articles, same boilerplate", false, DATELINE + a + "\n\n" + FOOTER,
                    DATELINE + shortOther + "\n\n" + FOOTER));
        }
        return pairs;
    }

    /** The body without its last paragraph, or without its last quarter of sentences when it has one or two. */
    static String withoutLastParagraph(String body) {
        String[] paragraphs = PARAGRAPHS.split(body.strip());
        if (paragraphs.length >= 3) {
            return String.join("\n\n", Arrays.asList(paragraphs).subList(0, paragraphs.length - 1));
        }
        List<String> sentences = sentences(body);
        return String.join(" ", sentences.subList(0, Math.max(1, sentences.size() - Math.max(1, sentences.size() / 4))));
    }

    static String firstParagraph(String body) {
        return PARAGRAPHS.split(body.strip())[0];
    }

    /** The sentences with the {@code count} longest rewritten (see the class comment). */
    static String rewritten(List<String> sentences, int count) {
        List<String> out = new ArrayList<>(sentences);
        List<Integer> byLength = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            byLength.add(i);
        }
        byLength.sort((x, y) -> Integer.compare(sentences.get(y).length(), sentences.get(x).length()));
        for (int k = 0; k < Math.min(count, byLength.size()); k++) {
            int i = byLength.get(k);
            out.set(i, reworded(sentences.get(i)));
        }
        return String.join(" ", out);
    }

    /** The sentence's second half before its first, every fourth word left out. */
    static String reworded(String sentence) {
        List<String> w = new ArrayList<>();
        WORD.matcher(sentence).results().forEach(m -> w.add(m.group()));
        List<String> moved = new ArrayList<>(w.subList(w.size() / 2, w.size()));
        moved.addAll(w.subList(0, w.size() / 2));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < moved.size(); i++) {
            if (i % 4 != 3) {
                kept.add(moved.get(i));
            }
        }
        return String.join(" ", kept) + ".";
    }

    static List<String> sentences(String body) {
        List<String> out = new ArrayList<>();
        for (String paragraph : PARAGRAPHS.split(body.strip())) {
            for (String s : SENTENCE_END.split(paragraph.strip())) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    static Set<String> wordSet(String body) {
        Set<String> set = new HashSet<>();
        WORD.matcher(body.toLowerCase(Locale.ROOT)).results().forEach(m -> {
            if (m.group().length() > 3) {
                set.add(m.group());
            }
        });
        return set;
    }

    /** The other article sharing the largest share of words (of more than three letters) with article i. */
    static int nearest(List<Set<String>> words, int i) {
        int best = -1;
        double bestScore = -1;
        for (int j = 0; j < words.size(); j++) {
            if (j == i) {
                continue;
            }
            Set<String> common = new HashSet<>(words.get(i));
            common.retainAll(words.get(j));
            double score = common.size() / Math.sqrt((double) words.get(i).size() * words.get(j).size());
            if (score > bestScore) {
                best = j;
                bestScore = score;
            }
        }
        return best;
    }

    /** The shortest of the ten articles after article i: boilerplate weighs most on a short text. */
    static String shortest(List<String> bodies, int i) {
        String best = null;
        for (int k = 1; k <= Math.min(10, bodies.size() - 1); k++) {
            String b = bodies.get((i + k) % bodies.size());
            if (best == null || b.length() < best.length()) {
                best = b;
            }
        }
        return best;
    }
}
