package io.newsflow.bench;

import io.newsflow.core.csv.CsvRows;
import java.util.List;

/** RFC 4180 CSV for the workload: read with the pipeline's own reader, written with every field quoted. */
final class Csv {

    private Csv() {
    }

    /** All rows of a CSV text, the header included (read as ingest reads CSV). */
    static List<List<String>> parse(String text) {
        try {
            return CsvRows.parse(text);
        } catch (CsvRows.MalformedCsvException e) {
            throw new IllegalArgumentException("CSV line " + e.line() + ": " + e.getMessage(), e);
        }
    }

    /** One row, every field quoted. */
    static String row(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields[i] == null ? "" : fields[i];
            sb.append('"').append(f.replace("\"", "\"\"")).append('"');
        }
        return sb.append('\n').toString();
    }
}
