package io.newsflow.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.enrich.eval.ConllChunks.Chunk;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllCorpusTest {

    private static ConllCorpus parse(String text) throws IOException {
        return ConllCorpus.parse(new StringReader(text));
    }

    @Test
    void shouldSplitDocumentsAndSentencesAndTakeTheLastColumn() throws IOException {
        ConllCorpus corpus = parse("""
                -DOCSTART- -X- -X- O

                EU NNP B-NP I-ORG
                rejects VBZ B-VP O
                German JJ B-NP I-MISC

                Peter NNP B-NP I-PER
                Blackburn NNP I-NP I-PER

                -DOCSTART- -X- -X- O

                BRUSSELS NNP B-NP I-LOC
                """);
        assertEquals(2, corpus.documents().size());
        assertEquals(3, corpus.sentences().size());
        assertEquals(6, corpus.tokenCount());
        ConllSentence first = corpus.documents().get(0).get(0);
        assertEquals(List.of("EU", "rejects", "German"), first.tokens());
        assertEquals(List.of("I-ORG", "O", "I-MISC"), first.tags());
    }

    @Test
    void shouldReadAFileWithoutDocumentMarkersAsOneDocument() throws IOException {
        ConllCorpus corpus = parse("010 I-MISC\nis O\n\nThe I-ORG\nMad I-ORG\n");
        assertEquals(1, corpus.documents().size());
        assertEquals(2, corpus.sentences().size());
    }

    @Test
    void shouldRejectALineWithoutATag() {
        IOException e = assertThrows(IOException.class, () -> parse("John I-PER\nSmith\n"));
        assertEquals("line 2: expected a token and a tag: Smith", e.getMessage());
    }

    @Test
    void shouldDetectTheTaggingScheme() throws IOException {
        assertEquals(ConllScheme.IO, parse("A I-PER\nB I-PER\nc O\n").scheme());
        assertEquals(ConllScheme.IOB1, parse("A I-PER\nB B-PER\nc O\nD I-LOC\n").scheme());
        assertEquals(ConllScheme.IOB2, parse("A B-PER\nB I-PER\nc O\nD B-LOC\n").scheme());
    }

    @Test
    void shouldReadChunksInEveryScheme() {
        // Two people side by side: IOB2 and IOB1 can tell them apart, IO cannot.
        assertEquals(List.of(new Chunk(0, 2, "PER"), new Chunk(2, 3, "PER"), new Chunk(4, 5, "LOC")),
                ConllChunks.of(List.of("B-PER", "I-PER", "B-PER", "O", "B-LOC")));
        assertEquals(List.of(new Chunk(0, 2, "PER"), new Chunk(2, 3, "PER"), new Chunk(4, 5, "LOC")),
                ConllChunks.of(List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC")));
        assertEquals(List.of(new Chunk(0, 3, "PER"), new Chunk(4, 5, "LOC")),
                ConllChunks.of(List.of("I-PER", "I-PER", "I-PER", "O", "I-LOC")));
    }

    @Test
    void shouldStartAChunkWhereTheTypeChanges() {
        assertEquals(List.of(new Chunk(0, 1, "PER"), new Chunk(1, 2, "LOC")), ConllChunks.of(List.of("I-PER", "I-LOC")));
    }

    @Test
    void shouldReadBareAndLongTypeNames() {
        assertEquals(List.of(new Chunk(0, 2, "PER"), new Chunk(3, 4, "ORG")),
                ConllChunks.of(List.of("PERSON", "PER", "O", "ORGANIZATION")));
    }

    @Test
    void shouldMergeSideBySideEntitiesWhenConvertedToIo() {
        assertEquals(List.of(new Chunk(0, 3, "PER")), ConllChunks.of(ConllChunks.toIo(List.of("B-PER", "I-PER", "B-PER"))));
    }
}
