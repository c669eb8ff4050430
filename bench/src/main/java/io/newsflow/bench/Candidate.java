package io.newsflow.bench;

import io.newsflow.bench.Workload.Article;
import io.newsflow.core.json.Serdes;
import io.newsflow.core.schema.EnrichedArticle;
import io.newsflow.core.schema.Mention;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.entities.ResolvingEntityExtractor;
import io.newsflow.enrich.entities.TagRefiner;
import io.newsflow.enrich.figures.FigureExtractor;
import io.newsflow.enrich.nlp.CoreNlpTagger;
import io.newsflow.enrich.nlp.EntityTagger;
import io.newsflow.enrich.nlp.TaggedSentence;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The in-process candidates of section 1. Each is timed in a JVM of its own ({@link #main}): run in one JVM, the
 * plain CoreNLP pipeline leaves the CRF's shared code compiled for its own call patterns, which made Newsflow's
 * tagger measure up to half again slower than it runs in the service.
 */
enum Candidate {

    /** The whole enrichment, as the topology calls it. */
    ENRICHER {
        @Override
        ToIntFunction<Article> prepare(List<Article> articles) {
            CoreNlpTagger.preload();
            Enricher enricher = BenchContext.standardEnricher();
            return a -> {
                EnrichedArticle e = enricher.enrich(a.raw());
                return e.entities().size() + e.figures().size();
            };
        }
    },
    /** The whole enrichment on two threads at once, sharing the model as the stream threads do; no Kafka. */
    ENRICHER_PAIR {
        @Override
        ToIntFunction<Article> prepare(List<Article> articles) {
            return ENRICHER.prepare(articles);
        }

        @Override
        int threads() {
            return 2;
        }
    },
    /** The baseline: plain StanfordCoreNLP, in a JVM with the same options as Newsflow's. */
    CORENLP {
        @Override
        ToIntFunction<Article> prepare(List<Article> articles) {
            PlainCoreNlp plain = PlainCoreNlp.load();
            return a -> plain.annotate(a.raw().title(), a.raw().body());
        }
    },
    /**
     * The baseline as a user runs it out of the box: plain StanfordCoreNLP in a JVM with HotSpot's default, which
     * leaves the CRF's huge feature method interpreted.
     */
    CORENLP_DEFAULT_JIT {
        @Override
        ToIntFunction<Article> prepare(List<Article> articles) {
            return CORENLP.prepare(articles);
        }

        @Override
        boolean compileHugeMethods() {
            return false;
        }
    },
    /** PTB tokenizer, sentence splitter and CRF, no cleanup. */
    TAGGER {
        @Override
        ToIntFunction<Article> prepare(List<Article> articles) {
            CoreNlpTagger.preload();
            EntityTagger tagger = CoreNlpTagger.shared();
            return a -> tagger.tag(a.raw().title()).size() + tagger.tag(a.raw().body()).size();
        }
    },
    /** Entity cleanup, gazetteer and grouping alone: the extractor over tags computed beforehand. */
    CLEANUP {
        @Override
        ToIntFunction<Article> prepare(List<Article> articles) {
            Map<String, List<TaggedSentence>> tagged = new IdentityHashMap<>();
            for (Article a : articles) {
                tagged.put(a.raw().title(), CoreNlpTagger.shared().tag(a.raw().title()));
                tagged.put(a.raw().body(), CoreNlpTagger.shared().tag(a.raw().body()));
            }
            EntityTagger replay = new EntityTagger() {
                @Override
                public List<TaggedSentence> tag(String text) {
                    List<TaggedSentence> t = tagged.get(text);
                    if (t == null) {
                        throw new IllegalStateException("a text that was not tagged beforehand");
                    }
                    return t;
                }

                @Override
                public TaggedSentence tagTokens(List<String> words) {
                    throw new UnsupportedOperationException();
                }
            };
            ResolvingEntityExtractor cleanup = new ResolvingEntityExtractor(replay, TagRefiner.standard());
            return a -> cleanup.extract(a.raw().title(), a.raw().body()).size();
        }
    },
    /** FigureExtractor on title and body. */
    FIGURES {
        @Override
        ToIntFunction<Article> prepare(List<Article> articles) {
            FigureExtractor figures = new FigureExtractor();
            Map<Article, LocalDate> published = new IdentityHashMap<>();
            articles.forEach(a -> published.put(a, publishedDate(a.raw().publishedAt())));
            return a -> figures.extract(Mention.TITLE, a.raw().title(), published.get(a)).size()
                    + figures.extract(Mention.BODY, a.raw().body(), published.get(a)).size();
        }
    },
    /** What the topology adds around the enricher for JSON: read a RawArticle, write an EnrichedArticle. */
    JSON {
        @Override
        ToIntFunction<Article> prepare(List<Article> articles) {
            Enricher enricher = BenchContext.standardEnricher();
            Map<Article, byte[]> raw = new IdentityHashMap<>();
            Map<Article, EnrichedArticle> enriched = new IdentityHashMap<>();
            for (Article a : articles) {
                raw.put(a, Serdes.RAW.toBytes(a.raw()));
                enriched.put(a, enricher.enrich(a.raw()));
            }
            return a -> {
                RawArticle parsed = Serdes.RAW.fromBytes(raw.get(a));
                return parsed.body().length() + Serdes.ENRICHED.toBytes(enriched.get(a)).length;
            };
        }
    };

    static final String RESULT = "RESULT";
    static final int ROUNDS = 3;

    /** Longest warm-up, in multiples of the budget's: until the JIT has done its work (see Timing). */
    static final int MAX_WARMUP_FACTOR = 10;

    /** Loads what the candidate needs and returns the work for one article. */
    abstract ToIntFunction<Article> prepare(List<Article> articles);

    /** Threads running the work at once. */
    int threads() {
        return 1;
    }

    /** Whether its JVM runs with -XX:-DontCompileHugeMethods, as ./newsflow starts the services. */
    boolean compileHugeMethods() {
        return true;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code Candidate <name> <samples dir> <articles> <warm-up ms> <least measured ms>}: prints one line
     * {@code RESULT <articles> <tokens> <seconds> <load seconds> <spread> <warm-up seconds>}, the best of
     * {@link #ROUNDS} rounds and how much slower the worst round was (0.05 = 5%).
     */
    public static void main(String[] args) throws InterruptedException {
        Candidate candidate = valueOf(args[0].toUpperCase(Locale.ROOT));
        List<Article> articles = Workload.load(Path.of(args[1]), Integer.parseInt(args[2])).articles();
        long loading = System.nanoTime();
        ToIntFunction<Article> work = candidate.prepare(articles);
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        Duration warmup = Duration.ofMillis(Long.parseLong(args[3]));
        Duration least = Duration.ofMillis(Long.parseLong(args[4]));
        List<Throughput> rounds = new java.util.ArrayList<>();
        double warmSeconds = Timing.warmUntilCompiled(articles, warmup, warmup.multipliedBy(MAX_WARMUP_FACTOR), work);
        if (candidate.threads() == 1) {
            rounds.addAll(Timing.rounds(articles, least, ROUNDS, work));
        } else {
            Timing.measureParallel(articles, warmup, candidate.threads(), work);
            for (int i = 0; i < ROUNDS; i++) {
                rounds.add(Timing.measureParallel(articles, least.dividedBy(ROUNDS), candidate.threads(), work));
            }
            rounds.sort(java.util.Comparator.comparingDouble(Throughput::articlesPerSecond).reversed());
        }
        Throughput t = rounds.get(0);
        double spread = t.articlesPerSecond() / rounds.get(rounds.size() - 1).articlesPerSecond() - 1;
        System.out.printf(Locale.ROOT, "%s %d %d %.6f %.3f %.4f %.1f%n", RESULT, t.articles(), t.tokens(), t.seconds(), loadSeconds, spread, warmSeconds);
        System.out.flush();
    }

    static LocalDate publishedDate(String publishedAt) {
        if (publishedAt == null || publishedAt.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(publishedAt.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
