package io.newsflow.ingest.web;

import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A way to find a page's main text. The measured comparison of the candidates is in docs/page-extraction.md. */
interface MainText {

    /** The main text of {@code doc} (which it may modify), paragraphs separated by blank lines; "" when none. */
    String of(Document doc, String title);

    /** The method kept after measuring. */
    MainText BEST = MainText::articleTag;

    /** Paragraphs of the {@code <article>} (else {@code <main>}, else the body), furniture tags dropped. */
    static String articleTag(Document doc, String title) {
        Boilerplate.dropTags(doc);
        Element scope = doc.selectFirst("article");
        if (scope == null) {
            scope = doc.selectFirst("main, [role=main]");
        }
        if (scope == null) {
            scope = doc.body();
        }
        return scope.select("p").stream().map(Element::text).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }
}
