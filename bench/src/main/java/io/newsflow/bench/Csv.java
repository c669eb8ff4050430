package io.newsflow.bench;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV, the little of it the Wikinews export needs: quoted fields, doubled quotes, line breaks in quotes. */
final class Csv {

    private Csv() {
    }

    /** All rows of a CSV text, the header included. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean rowHasContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    rowHasContent = true;
                }
                case ',' -> {
                    row.add(field.toString());
                    field.setLength(0);
                    rowHasContent = true;
                }
                case '\r' -> {
                    // part of CRLF; a lone CR is not a line break in the files we read
                }
                case '\n' -> {
                    if (rowHasContent || field.length() > 0) {
                        row.add(field.toString());
                        rows.add(row);
                    }
                    row = new ArrayList<>();
                    field.setLength(0);
                    rowHasContent = false;
                }
                default -> {
                    field.append(c);
                    rowHasContent = true;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("CSV ends inside a quoted field");
        }
        if (rowHasContent || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
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
