package io.newsflow.enrich.figures;

import io.newsflow.core.csv.CsvRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The bundled Wikinews sample (CSV url,date,title,text with RFC 4180 quoting), read with the pipeline's own CSV reader. */
record WikinewsCsv(String url, LocalDate date, String title, String text) {

    static final Path FILE = Path.of("../samples/wikinews/wikinews_2019.csv");

    static List<WikinewsCsv> read() throws IOException {
        List<List<String>> rows = CsvRows.parse(Files.readString(FILE, StandardCharsets.UTF_8));
        List<WikinewsCsv> articles = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            articles.add(new WikinewsCsv(r.get(0), LocalDate.parse(r.get(1)), r.get(2), r.get(3)));
        }
        return articles;
    }
}
