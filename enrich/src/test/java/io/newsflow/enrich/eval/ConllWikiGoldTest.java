package io.newsflow.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.entities.TagRefiner;
import io.newsflow.enrich.nlp.CoreNlpTagger;
import io.newsflow.enrich.nlp.EntityTagger;
import io.newsflow.enrich.nlp.TaggedSentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On WikiGold the full pipeline must score at least what its CRFs alone score, on the same tokens, and at least 68 F1
 * (the single 4-class CRF with the same cleanup scored 64.70).
 */
class ConllWikiGoldTest {

    private static final Logger LOG = LoggerFactory.getLogger(ConllWikiGoldTest.class);
    static final Path WIKIGOLD = Path.of("../eval/wikigold/wikigold.conll.txt");

    /** Tags each sentence once; both evaluations then read the same CRF output. */
    private static final class Memo implements EntityTagger {
        private final Map<List<String>, TaggedSentence> seen = new HashMap<>();

        @Override
        public List<TaggedSentence> tag(String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaggedSentence tagTokens(List<String> words) {
            return seen.computeIfAbsent(words, CoreNlpTagger.shared()::tagTokens);
        }
    }

    @Test
    void shouldScoreTheFullPipelineAtLeastAsHighAsTheCrfsAloneAndAbove68() throws IOException {
        ConllCorpus corpus = ConllCorpus.read(WIKIGOLD);
        Memo tagger = new Memo();
        double raw = ConllEvaluator.evaluate(corpus, tagger, null).f1();
        double full = ConllEvaluator.evaluate(corpus, tagger, TagRefiner.standard()).f1();
        LOG.info("WikiGold F1: CRF alone {}, full pipeline {}", String.format("%.2f", raw), String.format("%.2f", full));
        assertTrue(raw > 65 && raw < 72, "the CRFs alone score about 69 F1 on WikiGold, not " + raw);
        assertTrue(full >= raw, "full pipeline " + full + " below the CRFs alone " + raw);
        assertTrue(full >= 68, "full pipeline " + full + " below 68 F1");
    }
}
