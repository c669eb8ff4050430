package io.newsflow.ingest.read;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsflow.core.json.Json;
import io.newsflow.core.schema.RawArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * RawArticle JSON, one object per line, streamed: a malformed line is reported with its number and skipped. A file
 * whose first character is '[' is read as one JSON array of articles instead. Title and body are kept exactly as
 * given (character offsets computed against them elsewhere stay valid).
 */
final class JsonLinesArticles {

    private static final ObjectReader READER = Json.MAPPER.readerFor(RawArticle.class);

    private JsonLinesArticles() {
    }

    static Stream<Draft> read(InputStream in, InputContext ctx) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        int first;
        try {
            first = firstNonBlank(reader);
        } catch (IOException e) {
            ctx.fail(0, describe(e));
            return Drafts.stream(new Drafts() {
                @Override
                protected Draft computeNext() {
                    return null;
                }
            }, reader);
        }
        if (first == -1) {
            ctx.fail(0, "empty input");
        }
        return Drafts.stream(first == '[' ? array(reader, ctx) : lines(reader, ctx), reader);
    }

    private static Drafts lines(BufferedReader reader, InputContext ctx) {
        return new Drafts() {
            private long lineNo;

            @Override
            protected Draft computeNext() {
                while (true) {
                    String line;
                    try {
                        line = reader.readLine();
                    } catch (IOException e) {
                        ctx.fail(lineNo + 1, describe(e) + "; the rest of the input is skipped");
                        return null;
                    }
                    if (line == null) {
                        return null;
                    }
                    lineNo++;
                    if (lineNo == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        RawArticle article = READER.readValue(line);
                        if (article == null) {
                            ctx.fail(lineNo, "not a JSON object");
                            continue;
                        }
                        return new Draft(article, lineNo, null, false);
                    } catch (JsonProcessingException e) {
                        ctx.fail(lineNo, "malformed JSON: " + clip(e.getOriginalMessage()));
                    } catch (IOException e) {
                        ctx.fail(lineNo, describe(e));
                    }
                }
            }
        };
    }

    private static Drafts array(BufferedReader reader, InputContext ctx) {
        MappingIterator<RawArticle> values;
        try {
            values = READER.readValues(reader);
        } catch (IOException e) {
            ctx.fail(0, "malformed JSON: " + clip(e.getMessage()));
            return new Drafts() {
                @Override
                protected Draft computeNext() {
                    return null;
                }
            };
        }
        return new Drafts() {
            @Override
            protected Draft computeNext() {
                while (true) {
                    long line = values.getCurrentLocation().getLineNr();
                    long offset = values.getCurrentLocation().getCharOffset();
                    try {
                        if (!values.hasNextValue()) {
                            return null;
                        }
                        RawArticle article = values.nextValue();
                        if (article != null) {
                            return new Draft(article, line, null, false);
                        }
                        ctx.fail(line, "not a JSON object");
                    } catch (JsonParseException e) {
                        // broken syntax: there is no telling where the next element starts
                        ctx.fail(e.getLocation() == null ? line : e.getLocation().getLineNr(),
                                "malformed JSON: " + clip(e.getOriginalMessage()) + "; the rest of the array is skipped");
                        return null;
                    } catch (JsonProcessingException e) {
                        ctx.fail(line, "not an article: " + clip(e.getOriginalMessage()));
                        if (values.getCurrentLocation().getCharOffset() == offset) {
                            return null; // made no progress: stop rather than loop
                        }
                    } catch (IOException e) {
                        ctx.fail(line, describe(e));
                        return null;
                    }
                }
            }
        };
    }

    private static int firstNonBlank(BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        int c;
        int seen = 0;
        do {
            c = reader.read();
            seen++;
        } while (c != -1 && (Character.isWhitespace(c) || c == '\uFEFF') && seen < (1 << 16) - 1);
        reader.reset();
        return c;
    }

    private static String describe(IOException e) {
        return e instanceof CharacterCodingException ? "not UTF-8 text (binary file?)"
                : "cannot read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + clip(e.getMessage()));
    }

    static String clip(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 120 ? t : t.substring(0, 120) + "...";
    }
}
