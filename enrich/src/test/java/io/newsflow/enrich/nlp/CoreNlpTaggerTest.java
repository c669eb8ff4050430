package io.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CoreNlpTaggerTest {

    private final EntityTagger tagger = CoreNlpTagger.shared();

    private static List<TaggedToken> tokens(List<TaggedSentence> sentences) {
        return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
    }

    @Test
    void shouldGiveTokensExactOffsetsIntoTheText() {
        String text = "Kazakhstan’s President said: “It was a coup d’etat…”\n\nTroops from Russia\u00a0arrived.";
        for (TaggedToken token : tokens(tagger.tag(text))) {
            assertEquals(token.text(), text.substring(token.start(), token.end()));
        }
    }

    @Test
    void shouldEndASentenceAtABlankLine() {
        List<TaggedSentence> sentences = tagger.tag("Kazakhstan unrest was coup attempt\n\nTroops arrived in Almaty");
        assertEquals(2, sentences.size());
        assertEquals("attempt", sentences.get(0).get(sentences.get(0).size() - 1).text());
    }

    @Test
    void shouldKeepHyphenatedNamesAsOneToken() {
        List<String> words = tokens(tagger.tag("President Kassym-Jomart Tokayev flew to Nur-Sultan."))
                .stream().map(TaggedToken::text).toList();
        assertEquals(List.of("President", "Kassym-Jomart", "Tokayev", "flew", "to", "Nur-Sultan", "."), words);
    }

    @Test
    void shouldTagRunningText() {
        TaggedSentence sentence = tagger.tag("The album was produced by John Smith in London for Sony Music.").get(0);
        assertEquals(EntityType.PERSON, typeOf(sentence, "John"));
        assertEquals(EntityType.PERSON, typeOf(sentence, "Smith"));
        assertEquals(EntityType.LOCATION, typeOf(sentence, "London"));
        assertEquals(EntityType.ORGANIZATION, typeOf(sentence, "Sony"));
        assertNull(typeOf(sentence, "album"));
    }

    @Test
    void shouldTagMiscWithTheSecondModelBesideTheFirstModelsNames() {
        TaggedSentence sentence = tagger.tag("Fans in London watched the Olympic Games on Sunday.").get(0);
        assertEquals(EntityType.LOCATION, typeOf(sentence, "London"));
        assertEquals(EntityType.MISC, typeOf(sentence, "Olympic"));
        assertEquals(EntityType.MISC, typeOf(sentence, "Games"));
        assertNull(typeOf(sentence, "Fans"), "a sentence's capitalized first word is no MISC candidate");
    }

    @Test
    void shouldTagAPreTokenizedSentenceLikeRunningText() {
        String text = "The album was produced by John Smith in London for Sony Music .";
        TaggedSentence gold = tagger.tagTokens(Arrays.asList(text.split(" ")));
        TaggedSentence running = tagger.tag(text).get(0);
        assertEquals(Arrays.asList(running.types()), Arrays.asList(gold.types()));
        for (TaggedToken token : gold.tokens()) {
            assertEquals(token.text(), text.substring(token.start(), token.end()));
        }
    }

    @Test
    void shouldCapOverlongSentencesAndStillFinishQuickly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append(i % 50 == 49 ? "Smith , " : "word ");
        }
        List<TaggedSentence> sentences = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> tagger.tag(text.toString()));
        assertTrue(sentences.size() > 1);
        assertTrue(sentences.stream().allMatch(s -> s.size() <= CoreNlpTagger.MAX_SENTENCE_TOKENS));
        assertEquals(5100, sentences.stream().mapToInt(TaggedSentence::size).sum(), "no token lost at the cuts");
        TaggedSentence tokens = tagger.tagTokens(Arrays.asList(text.toString().split(" ")));
        assertEquals(5100, tokens.size());
    }

    @Test
    void shouldTagNothingInBlankText() {
        assertTrue(tagger.tag("").isEmpty());
        assertTrue(tagger.tag(" \n\n ").isEmpty());
        assertEquals(0, tagger.tagTokens(List.of()).size());
    }

    @Test
    void shouldGiveIdenticalOutputWhenTwoThreadsShareTheModel() throws Exception {
        String text = Files.readString(Path.of("../samples/seed/000_7f08109064facaf3.txt"));
        List<String> paragraphs = Arrays.stream(text.split("\n\n")).toList();
        List<List<TaggedSentence>> alone = new ArrayList<>();
        for (String paragraph : paragraphs) {
            alone.add(tagger.tag(paragraph));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<List<TaggedSentence>>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                boolean reversed = thread == 1; // the threads interleave different paragraphs
                runs.add(pool.submit(() -> {
                    List<List<TaggedSentence>> out = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < paragraphs.size(); i++) {
                            int p = reversed ? paragraphs.size() - 1 - i : i;
                            List<TaggedSentence> tagged = tagger.tag(paragraphs.get(p));
                            if (round == 4) {
                                out.add(tagged);
                            }
                        }
                    }
                    if (reversed) {
                        Collections.reverse(out);
                    }
                    return out;
                }));
            }
            for (Future<List<List<TaggedSentence>>> run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static EntityType typeOf(TaggedSentence sentence, String word) {
        return sentence.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().type();
    }
}
