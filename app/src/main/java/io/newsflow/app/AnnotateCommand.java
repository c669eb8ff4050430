package io.newsflow.app;

import io.newsflow.core.config.Setting;
import io.newsflow.core.config.Settings;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.topology.ArticleValidator;
import io.newsflow.enrich.topology.DeadLetter;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.read.ArticleReaders;
import io.newsflow.ingest.read.ReaderOptions;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code newsflow annotate FILE...}: enriches articles without Kafka, one {@code EnrichedArticle} JSON per line on
 * stdout. The readers are ingest's and the enricher and validation are the topology's, so what a user sees here is
 * what the pipeline does.
 */
final class AnnotateCommand {

    static final Setting<String> PUBLISHED_AT = IngestService.PUBLISHED_AT;
    static final Setting<Long> MAX_BODY_BYTES = EnrichService.MAX_BODY_BYTES;
    static final List<Setting<?>> SETTINGS = List.of(PUBLISHED_AT, MAX_BODY_BYTES);

    private AnnotateCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Settings s = ServiceCommands.parse("annotate", ServiceCommands.INPUTS, "Enriches articles from files (text, JSON Lines, CSV, HTML, RSS/Atom, URLs, '-' for stdin) "
                + "without Kafka and prints one EnrichedArticle JSON per line.", SETTINGS, args, out);
        if (s == null) {
            return 0;
        }
        AtomicLong failed = new AtomicLong();
        ReaderOptions options = ReaderOptions.defaults().withOnFailure(f -> {
            failed.incrementAndGet();
            err.println("newsflow annotate: " + f);
        });
        if (!s.get(PUBLISHED_AT).isBlank()) {
            options = options.withPublishedAt(s.get(PUBLISHED_AT));
        }
        Enricher enricher = EnrichService.standardEnricher();
        ArticleValidator validator = new ArticleValidator(s.get(MAX_BODY_BYTES));
        try (var articles = ArticleReaders.readAll(s.positional(), options)) {
            articles.forEach(article -> {
                DeadLetter problem = validator.check(article);
                if (problem != null) {
                    failed.incrementAndGet();
                    err.println("newsflow annotate: " + describe(article) + ": " + problem.reason() + ": " + problem.errorMessage());
                    return;
                }
                out.println(Serdes.ENRICHED.toJson(enricher.enrich(article)));
            });
        }
        out.flush();
        return failed.get() == 0 ? 0 : 3;
    }

    private static String describe(RawArticle a) {
        return a.id() != null ? "article " + a.id() : a.source() != null ? "article from " + a.source() : "article";
    }
}
