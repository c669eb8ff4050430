package io.newsflow.ingest.read;

import java.util.stream.Stream;

/** One article from a plain-text file: the first line is the title, then a blank line, then the body. */
final class TextArticles {

    private TextArticles() {
    }

    static Stream<Draft> read(byte[] bytes, InputContext ctx) {
        String text;
        try {
            text = Texts.decode(bytes);
        } catch (Texts.NotTextException e) {
            ctx.fail(0, e.getMessage());
            return Stream.empty();
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            ctx.fail(0, "empty input");
            return Stream.empty();
        }
        int newline = text.indexOf('\n');
        String title = newline < 0 ? text : text.substring(0, newline);
        if (title.isBlank()) {
            ctx.fail(1, "missing title: the first line must be the headline, then a blank line, then the body");
            return Stream.empty();
        }
        String body = newline < 0 ? "" : text.substring(newline + 1);
        return Stream.of(Draft.extracted(null, null, title, body, null, null, 0, null));
    }
}
