package io.newsflow.enrich.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The bundled Wikinews sample (CSV url,date,title,text with RFC 4180 quoting), read without a CSV library. */
record WikinewsCsv(String url, LocalDate date, String title, String text) {

    static final Path FILE = Path.of("../samples/wikinews/wikinews_2019.csv");

    static List<WikinewsCsv> read() throws IOException {
        String s = Files.readString(FILE, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        List<WikinewsCsv> articles = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            articles.add(new WikinewsCsv(r.get(0), LocalDate.parse(r.get(1)), r.get(2), r.get(3)));
        }
        return articles;
    }
}
