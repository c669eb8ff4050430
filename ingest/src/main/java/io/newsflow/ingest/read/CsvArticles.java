package io.newsflow.ingest.read;

import io.newsflow.core.csv.CsvRows;
import io.newsflow.core.schema.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Articles from a CSV file with a header row, one per row, streamed. The columns are found by name, in any order:
 * {@code title} and {@code text} (or {@code body}) are required; {@code url}, {@code date} (or {@code published_at}),
 * {@code id}, {@code source} and {@code language} are used when present. The Wikinews export is
 * {@code url,date,title,text}. A row with more or fewer fields than the header is reported and skipped.
 */
final class CsvArticles {

    private CsvArticles() {
    }

    static Stream<Draft> read(InputStream in, InputContext ctx) {
        CsvRows rows = new CsvRows(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        return Drafts.stream(new Drafts() {
            private Columns columns;
            private boolean stopped;

            @Override
            protected Draft computeNext() {
                if (stopped) {
                    return null;
                }
                try {
                    if (columns == null) {
                        CsvRows.Row header = rows.next();
                        if (header == null) {
                            ctx.fail(0, "empty input");
                            stopped = true;
                            return null;
                        }
                        columns = Columns.of(header.fields());
                        if (columns.title < 0 || columns.text < 0) {
                            ctx.fail(header.line(), "the CSV header must name a title and a text column, found: "
                                    + JsonLinesArticles.clip(String.join(",", header.fields())));
                            stopped = true;
                            return null;
                        }
                    }
                    CsvRows.Row row;
                    while ((row = rows.next()) != null) {
                        List<String> f = row.fields();
                        if (f.size() != columns.count) {
                            ctx.fail(row.line(), "row has " + f.size() + " fields, the header has " + columns.count);
                            continue;
                        }
                        return new Draft(new RawArticle(
                                columns.get(f, columns.id), columns.get(f, columns.url), columns.get(f, columns.source),
                                f.get(columns.title), f.get(columns.text), columns.get(f, columns.language),
                                columns.get(f, columns.date), null), row.line(), null, true);
                    }
                    stopped = true;
                    return null;
                } catch (CsvRows.MalformedCsvException e) {
                    ctx.fail(e.line(), e.getMessage() + "; the rest of the file is skipped");
                } catch (CharacterCodingException e) {
                    ctx.fail(0, "not UTF-8 text (binary file?); the rest of the file is skipped");
                } catch (IOException e) {
                    ctx.fail(0, "cannot read: " + e.getClass().getSimpleName() + "; the rest of the file is skipped");
                }
                stopped = true;
                return null;
            }
        }, rows);
    }

    /** Column positions by header name; -1 when absent. */
    private record Columns(int count, int title, int text, int url, int date, int id, int source, int language) {

        static Columns of(List<String> header) {
            List<String> names = header.stream()
                    .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                    .toList();
            return new Columns(names.size(),
                    index(names, "title", "headline"),
                    index(names, "text", "body", "content"),
                    index(names, "url", "link"),
                    index(names, "date", "published_at", "publishedat", "published"),
                    index(names, "id"),
                    index(names, "source"),
                    index(names, "language", "lang"));
        }

        private static int index(List<String> names, String... candidates) {
            for (String c : candidates) {
                int i = names.indexOf(c);
                if (i >= 0) {
                    return i;
                }
            }
            return -1;
        }

        String get(List<String> fields, int index) {
            return index < 0 ? null : fields.get(index);
        }
    }
}
