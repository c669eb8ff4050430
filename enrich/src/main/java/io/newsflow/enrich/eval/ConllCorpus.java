package io.newsflow.enrich.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL NER file: one token per line with its tag in the last column (other columns ignored), a blank line between
 * sentences, a {@code -DOCSTART-} line between documents.
 */
public record ConllCorpus(List<List<ConllSentence>> documents) {

    public ConllCorpus {
        documents = documents.stream().map(List::copyOf).toList();
    }

    public static ConllCorpus read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    public static ConllCorpus parse(Reader source) throws IOException {
        BufferedReader reader = source instanceof BufferedReader b ? b : new BufferedReader(source);
        List<List<ConllSentence>> documents = new ArrayList<>();
        List<ConllSentence> document = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String[] columns = line.strip().split("\\s+");
            if (line.isBlank()) {
                endSentence(tokens, tags, document);
            } else if (columns[0].equals("-DOCSTART-")) {
                endSentence(tokens, tags, document);
                endDocument(document, documents);
                document = new ArrayList<>();
            } else if (columns.length < 2) {
                throw new IOException("line " + lineNumber + ": expected a token and a tag: " + line);
            } else {
                tokens.add(columns[0]);
                tags.add(columns[columns.length - 1]);
            }
        }
        endSentence(tokens, tags, document);
        endDocument(document, documents);
        return new ConllCorpus(documents);
    }

    private static void endSentence(List<String> tokens, List<String> tags, List<ConllSentence> document) {
        if (!tokens.isEmpty()) {
            document.add(new ConllSentence(tokens, tags));
            tokens.clear();
            tags.clear();
        }
    }

    private static void endDocument(List<ConllSentence> document, List<List<ConllSentence>> documents) {
        if (!document.isEmpty()) {
            documents.add(document);
        }
    }

    public List<ConllSentence> sentences() {
        return documents.stream().flatMap(List::stream).toList();
    }

    public int tokenCount() {
        return documents.stream().flatMap(List::stream).mapToInt(s -> s.tokens().size()).sum();
    }

    public ConllScheme scheme() {
        return ConllScheme.detect(sentences().stream().map(ConllSentence::tags).toList());
    }
}
