package io.newsflow.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * The baseline: the plain StanfordCoreNLP pipeline as a user would start it for named entities, with SUTime and
 * the fine-grained NER off and the same 4-class CoNLL model as Newsflow's tagger. Its numeric classifiers stay on,
 * as they are CoreNLP's counterpart of figure extraction.
 */
final class PlainCoreNlp {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private final StanfordCoreNLP pipeline;

    private PlainCoreNlp(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("tokenize.options", "untokenizable=noneDelete");
        return p;
    }

    /** Loads the POS tagger, the CRF and the numeric classifiers: several seconds. */
    static PlainCoreNlp load() {
        return new PlainCoreNlp(new StanfordCoreNLP(properties()));
    }

    /** Annotates title and body as two documents, as the enricher takes them; returns the tokens annotated. */
    int annotate(String title, String body) {
        return annotate(title) + annotate(body);
    }

    private int annotate(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<?> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }
}
