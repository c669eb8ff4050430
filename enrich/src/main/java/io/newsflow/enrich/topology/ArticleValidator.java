package io.newsflow.enrich.topology;

import io.newsflow.core.ArticleIds;
import io.newsflow.core.schema.RawArticle;
import java.util.Locale;
import java.util.Set;

/** Decides whether a parsed article can be enriched, and if not, why. */
public final class ArticleValidator {

    private static final int MAX_TITLE_CHARS = 2_000;
    /** Languages the English CRF model can tag; others would get confidently wrong entities. */
    private static final Set<String> SUPPORTED_LANGUAGES = Set.of("en");

    private final long maxBodyBytes;

    public ArticleValidator(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Returns null when the article is fine to enrich. */
    public DeadLetter check(RawArticle a) {
        if (a.id() == null || a.id().isBlank()) {
            return DeadLetter.invalid("missing-id", "the article has no id");
        }
        // Ids are opaque (URLs, commas, non-ASCII): only what no key, log line or JSON consumer can carry is refused.
        String idProblem = ArticleIds.problemWithId(a.id());
        if (idProblem != null) {
            return DeadLetter.invalid("bad-id", idProblem);
        }
        if (a.body() == null || a.body().isBlank()) {
            return DeadLetter.invalid("empty-body", "the article has no body text");
        }
        long bodyBytes = utf8Length(a.body());
        if (bodyBytes > maxBodyBytes) {
            return new DeadLetter(DeadLetter.TOO_LARGE, "max-body-bytes",
                    "body is " + bodyBytes + " bytes, more than the limit of " + maxBodyBytes);
        }
        if (a.title() != null && a.title().length() > MAX_TITLE_CHARS) {
            return DeadLetter.invalid("title-too-long", "title is " + a.title().length() + " characters, more than " + MAX_TITLE_CHARS);
        }
        String language = a.language() == null ? "en" : a.language().toLowerCase(Locale.ROOT);
        if (!SUPPORTED_LANGUAGES.contains(language.length() > 2 ? language.substring(0, 2) : language)) {
            return new DeadLetter(DeadLetter.UNSUPPORTED_LANGUAGE, "language",
                    "language '" + a.language() + "' is not supported by the English tagger");
        }
        return null;
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

}
