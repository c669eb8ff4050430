package io.newsflow.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.newsflow.core.schema.RawArticle;
import io.newsflow.enrich.topology.EnrichTopology;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NearDuplicateEvaluatorTest {

    static final String A = "The council approved the budget on Monday after a long debate. Spending on schools rises by "
            + "a tenth, and road repairs get twice what they had last year.\n\nThe mayor said taxes would stay flat for "
            + "most households. The opposition called the revenue forecast optimistic but lost the vote by seven to four."
            + "\n\nThe budget takes effect in July, at the start of the fiscal year, and will be reviewed in December.";
    static final String B = "Heavy rain flooded the lower town overnight and closed the main bridge for most of Tuesday. "
            + "Firefighters pumped water out of dozens of cellars.\n\nThe weather service expects more rain on Thursday "
            + "and has warned people living near the river to move their cars to higher ground.\n\nThe bridge reopened "
            + "in the evening after engineers checked its supports and found no damage.";
    static final String C = "A new library opened in the old post office building on Saturday with a reading room, a "
            + "children's corner and a small cafe run by volunteers.\n\nIt holds forty thousand books and lends laptops "
            + "to students. The renovation took three years and cost less than planned.\n\nThe library opens every day "
            + "except Monday and stays open until nine in the evening during the exam season.";

    @Test
    void shouldLabelEditedCopiesAsCopiesAndDifferentArticlesAsNot() {
        List<NearDuplicatePairs.Pair> pairs = NearDuplicatePairs.of(List.of(A, B, C));

        Map<Boolean, List<String>> kinds = pairs.stream().collect(Collectors.partitioningBy(NearDuplicatePairs.Pair::copy,
                Collectors.mapping(NearDuplicatePairs.Pair::kind, Collectors.toList())));
        assertEquals(21, kinds.get(true).size(), "seven edits of each article");
        assertTrue(kinds.get(false).containsAll(List.of("same topic", "random other article", "follow-up reusing background",
                "different articles, same boilerplate")), kinds.get(false).toString());
        for (NearDuplicatePairs.Pair p : pairs) {
            assertFalse(p.first().equals(p.second()), p.kind() + " must change the text");
        }
        NearDuplicatePairs.Pair trimmed = pairs.get(0);
        assertEquals("trimmed last paragraph", trimmed.kind());
        assertFalse(trimmed.second().contains("reviewed in December"));
        assertTrue(trimmed.second().contains("seven to four"));
    }

    @Test
    void shouldRewordASentenceSoThatNoneOfItsWordRunsSurvive() {
        String sentence = "The opposition called the revenue forecast optimistic but lost the vote by seven to four.";
        String reworded = NearDuplicatePairs.reworded(sentence);

        assertEquals("but lost the by seven to The opposition called revenue forecast optimistic.", reworded);
        Set<String> before = runsOfFiveWords(sentence);
        before.retainAll(runsOfFiveWords(reworded));
        assertEquals(Set.of(), before);
    }

    static Set<String> runsOfFiveWords(String text) {
        String[] w = text.toLowerCase(java.util.Locale.ROOT).split("\\W+");
        Set<String> runs = new java.util.HashSet<>();
        for (int i = 0; i + 5 <= w.length; i++) {
            runs.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + 5)));
        }
        return runs;
    }

    @Test
    void shouldCountAPairFoundOnlyWhenItsSignaturesShareABandAndReachTheThreshold() {
        List<NearDuplicateEvaluator.Scored> scored = List.of(
                new NearDuplicateEvaluator.Scored("copy", true, true, 0.8),
                new NearDuplicateEvaluator.Scored("copy", true, false, 0.8), // never a candidate: missed
                new NearDuplicateEvaluator.Scored("copy", true, true, 0.6),
                new NearDuplicateEvaluator.Scored("other", false, true, 0.65),
                new NearDuplicateEvaluator.Scored("other", false, true, 0.1));

        NearDuplicateEvaluator.Score at7 = NearDuplicateEvaluator.at(scored, 0.7);
        assertEquals(List.of(1, 0, 2), List.of(at7.truePositives(), at7.falsePositives(), at7.falseNegatives()));
        NearDuplicateEvaluator.Score at6 = NearDuplicateEvaluator.at(scored, 0.6);
        assertEquals(List.of(2, 1, 1), List.of(at6.truePositives(), at6.falsePositives(), at6.falseNegatives()));
        assertEquals(2.0 / 3, at6.precision(), 1e-9);
        assertEquals(2.0 / 3, at6.recall(), 1e-9);
        assertEquals(0.6, NearDuplicateEvaluator.choose(scored), 1e-9, "F1 2/3 at 0.50 to 0.60, the highest of a tie");
    }

    @Test
    void shouldMeasureTheDefaultThresholdOnTheWikinewsSampleAsTheBestOnTheTuningHalf() throws Exception {
        List<RawArticle> articles;
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(Path.of("../samples/wikinews/wikinews_2019.csv").toFile())) {
            articles = rows.readAll().stream().map(r -> new RawArticle(r.get("url"), r.get("url"), "wikinews", r.get("title"),
                    r.get("text"), "en", r.get("date"), null)).toList();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        assertEquals(0, NearDuplicateEvaluator.run("wikinews", articles, new PrintStream(bytes, true, StandardCharsets.UTF_8)));

        String report = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains(String.format(java.util.Locale.ROOT, "Chosen on the tuning half: %.2f.",
                EnrichTopology.Config.DEFAULT_NEAR_DUPLICATE_THRESHOLD)), report);
        String last = report.strip().substring(report.strip().lastIndexOf('\n') + 1);
        assertTrue(Double.parseDouble(last.substring(3)) >= 0.9, "held-out F1 at the default: " + last);
    }
}
