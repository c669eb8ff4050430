package io.newsflow.enrich.figures;

import static io.newsflow.enrich.figures.FiguresFound.assertValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.schema.Figure;
import io.newsflow.core.schema.FigureKind;
import io.newsflow.core.schema.Mention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour of the figure extractor on single sentences; articles are dated Monday 10 January 2022. */
class FigureExtractorTest {

    private static final LocalDate MONDAY_10_JANUARY_2022 = LocalDate.of(2022, 1, 10);
    private final FigureExtractor extractor = new FigureExtractor();

    private static List<Figure> figures(String text) {
        return FiguresFound.in(text, MONDAY_10_JANUARY_2022);
    }

    private static Figure figure(String text, String span) {
        return FiguresFound.named(span, text, MONDAY_10_JANUARY_2022);
    }

    private void assertNoFigures(String text) {
        assertEquals(List.of(), figures(text), text);
    }

    @Nested
    class Money {
        @Test
        void shouldScaleAbbreviatedBillionsInDollars() {
            Figure f = figure("The deal is worth $1.13bn, officials said.", "$1.13bn");
            assertEquals(FigureKind.MONEY, f.kind());
            assertValue("1130000000", f);
            assertEquals("money:USD", f.unit());
        }

        @Test
        void shouldReadTheCurrencyOfItsName() {
            assertEquals("money:PEN", figure("It will release 20 million soles for relief.", "20 million soles").unit());
            assertEquals("money:EGP", figure("He was fined 100,000 Egyptian pounds.", "100,000 Egyptian pounds").unit());
            assertEquals(FigureKind.MONEY, figure("A reward of 5 million leones was offered.", "5 million leones").kind());
        }

        @Test
        void shouldReadPoundsWithAGluedMillion() {
            Figure f = figure("It cost £600m to build.", "£600m");
            assertValue("600000000", f);
            assertEquals("money:GBP", f.unit());
        }

        @Test
        void shouldReadAPrefixedDollarSignAndAWordScale() {
            Figure f = figure("Aid of US$5 million was pledged.", "US$5 million");
            assertValue("5000000", f);
            assertEquals("money:USD", f.unit());
        }

        @Test
        void shouldReadACurrencyNamedAfterTheNumber() {
            Figure f = figure("The fine was 5 million euros.", "5 million euros");
            assertEquals(FigureKind.MONEY, f.kind());
            assertValue("5000000", f);
            assertEquals("money:EUR", f.unit());
        }

        @Test
        void shouldReadWordNumbersOfRubles() {
            Figure f = figure("Each victim will get a payout of one million rubles.", "one million rubles");
            assertValue("1000000", f);
            assertEquals("money:RUB", f.unit());
        }

        @Test
        void shouldReadACurrencyCodeBeforeTheNumber() {
            Figure f = figure("The bond raised USD 300 million.", "USD 300 million");
            assertValue("300000000", f);
            assertEquals("money:USD", f.unit());
        }

        @Test
        void shouldGiveTheFirstEndOfAMoneyRangeTheSecondEndsMultiplier() {
            Figure f = figure("It will cost between $5 and $7 billion.", "$5");
            assertValue("5000000000", f);
            assertValue("7000000000", figure("It will cost between $5 and $7 billion.", "$7 billion"));
        }
    }

    @Nested
    class Percentages {
        @ParameterizedTest
        @ValueSource(strings = {"76%", "76 percent", "76 per cent"})
        void shouldReadEveryWayOfWritingPercent(String written) {
            Figure f = figure("Turnout was " + written + " on the day.", written);
            assertEquals(FigureKind.PERCENT, f.kind());
            assertValue("76", f);
            assertEquals("percent", f.unit());
        }

        @Test
        void shouldTakeTheOfComplementAsTheObjectOfAPercentage() {
            Figure f = figure("Women hold about 28 percent of legislative seats.", "about 28 percent of legislative seats");
            assertEquals("legislative seats", f.object());
            assertEquals("about", f.approx());
        }

        @Test
        void shouldGiveTheFirstEndOfAPercentRangeTheUnit() {
            Figure f = figure("It rose by about 16–17 percent last year.", "about 16");
            assertEquals(FigureKind.PERCENT, f.kind());
            assertValue("16", f);
        }
    }

    @Nested
    class WordNumbers {
        @Test
        void shouldReadThousandsGroupedWithCommas() {
            assertValue("8000", figure("Almost 8,000 people have been detained.", "Almost 8,000 people"));
        }

        @Test
        void shouldReadADecimalWithAScaleWord() {
            assertValue("1200000", figure("Some 1.2 million people voted.", "Some 1.2 million people"));
        }

        @Test
        void shouldReadCompoundWordNumbers() {
            assertValue("250000", figure("Two hundred and fifty thousand people marched.",
                    "Two hundred and fifty thousand people"));
            assertValue("25", figure("There were twenty-five candidates.", "twenty-five candidates"));
        }

        @Test
        void shouldReadADozenAsTwelve() {
            Figure f = figure("A dozen houses burned.", "A dozen houses");
            assertEquals(FigureKind.COUNT, f.kind());
            assertValue("12", f);
        }

        @Test
        void shouldKeepAListOfDigitsApart() {
            List<Figure> found = figures("Seats went 1,2,3 in that order.");
            assertEquals(3, found.size(), found::toString);
        }
    }

    @Nested
    class Fractions {
        @Test
        void shouldReadAHyphenatedFraction() {
            Figure f = figure("Two-thirds of voters backed it.", "Two-thirds of voters");
            assertEquals(FigureKind.QUANTITY, f.kind());
            assertEquals("fraction", f.unit());
            assertValue("0.6667", f);
            assertEquals("voters", f.object());
        }

        @Test
        void shouldReadAQuarterAndHalf() {
            assertValue("0.25", figure("A quarter of the town was flooded.", "A quarter of the town"));
            assertValue("0.5", figure("More than half of the officials were women.",
                    "More than half of the officials"));
        }

        @Test
        void shouldReadOneOutOfEveryThousandAsAProportion() {
            Figure f = figure("It kills one out of every thousand children.", "one out of every thousand children");
            assertValue("0.001", f);
            assertEquals("children", f.object());
        }

        @Test
        void shouldEndTheOfPhraseOfAPercentAtAnIntransitiveVerb() {
            Figure f = figure("Today 40 percent of regional trade happens by rail.", "40 percent of regional trade");
            assertEquals("regional trade", f.object());
        }

        @Test
        void shouldReadAThirdBeforeANounAsAnOrdinal() {
            assertEquals(FigureKind.ORDINAL, figure("He did not seek a third term.", "third").kind());
        }
    }

    @Nested
    class VagueQuantities {
        @Test
        void shouldReadDozensAsAtLeastTwentyFour() {
            Figure f = figure("Dozens are reported to have died.", "Dozens");
            assertEquals(FigureKind.VAGUE, f.kind());
            assertValue("24", f);
            assertEquals("KILL", f.event());
        }

        @Test
        void shouldTakeTheCountedNounAfterHundredsOf() {
            Figure f = figure("Hundreds of protesters gathered in the square.", "Hundreds of protesters");
            assertEquals(FigureKind.VAGUE, f.kind());
            assertValue("200", f);
            assertEquals("protesters", f.object());
        }

        @Test
        void shouldMultiplyTensOfThousands() {
            assertValue("20000", figure("Tens of thousands of people fled.", "Tens of thousands of people"));
        }

        @Test
        void shouldReadDecadesAsTwentyYears() {
            Figure f = figure("The feud has lasted for decades.", "decades");
            assertEquals(FigureKind.VAGUE, f.kind());
            assertValue("20", f);
            assertEquals("year", f.unit());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Several people were hurt.", "Many people came.", "A few were left.",
            "Multiple sources said so."})
        void shouldNotTakeIndefiniteQuantifiersForNumbers(String text) {
            assertNoFigures(text);
        }
    }

    @Nested
    class Qualifiers {
        @ParameterizedTest
        @ValueSource(strings = {"almost", "about", "around", "more than", "at least", "up to", "nearly", "over",
            "some", "roughly", "fewer than", "less than", "approximately", "an estimated"})
        void shouldRecordTheQualifierInsideTheSpan(String qualifier) {
            Figure f = figure("They counted " + qualifier + " 300 ships.", qualifier + " 300 ships");
            assertEquals(qualifier, f.approx());
            assertValue("300", f);
        }

        @Test
        void shouldLowerCaseASentenceInitialQualifier() {
            assertEquals("at least", figure("At least 20 were killed.", "At least 20").approx());
        }

        @Test
        void shouldLeaveOnlyOutOfTheSpan() {
            Figure f = figure("Only 5 people came.", "5 people");
            assertNull(f.approx());
        }
    }

    @Nested
    class ObjectsAndEvents {
        @Test
        void shouldTakeTheOfPhraseOfTheCountedNoun() {
            Figure f = figure("Dozens are reported to have died, including 16 members of the security forces.",
                    "16 members of the security forces");
            assertEquals("members of the security forces", f.object());
            assertEquals("KILL", f.event());
            assertEquals("person", f.unit());
        }

        @Test
        void shouldTagAnArrestCountByItsVerb() {
            Figure f = figure("Almost 8,000 people have been detained throughout the country.", "Almost 8,000 people");
            assertEquals("people", f.object());
            assertEquals("almost", f.approx());
            assertEquals("ARREST", f.event());
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "KILL:Officials said three people died in the fire.",
            "KILL:The blast killed 12 soldiers.",
            "WOUND:At least 25 people were injured.",
            "WOUND:Police said 40 protesters were wounded.",
            "ARREST:Police arrested 300 people overnight.",
            "KIDNAP:Gunmen abducted 20 students from the school.",
            "KIDNAP:They kidnapped four aid workers.",
            "PROTEST:Thousands of protesters took to the streets.",
            "EVACUATE:About 5,000 residents were evacuated.",
            "EVACUATE:The floods displaced 10,000 people.",
            "AFFECT:The outage affected 2 million people.",
            "AFFECT:Some 300 people were left homeless."})
        void shouldTagTheEventOfTheClause(String caseText) {
            String event = caseText.substring(0, caseText.indexOf(':'));
            String text = caseText.substring(caseText.indexOf(':') + 1);
            Figure f = figures(text).get(0);
            assertEquals(event, f.event(), f::toString);
        }

        @Test
        void shouldGiveABarePartOfACountTheCountsEvent() {
            Figure part = figure("Officials reported 3,728 measles cases, with 198 recorded in the last day.", "198");
            assertEquals("AFFECT", part.event());
            assertEquals("person", part.unit());
            assertEquals("KILL", figure("The storm killed 30 people, including 12 on Monday.", "12").event());
        }

        @Test
        void shouldLetACountedOutcomeNounDecideItsEvent() {
            Figure deaths = figure("Accidents led to 750 deaths and 7,999 injuries.", "750 deaths");
            Figure injuries = figure("Accidents led to 750 deaths and 7,999 injuries.", "7,999 injuries");
            assertEquals("KILL", deaths.event());
            assertEquals("WOUND", injuries.event());
        }

        @Test
        void shouldGiveNoEventToACountOfThings() {
            Figure f = figure("The blast killed two people and damaged 48 apartments.", "48 apartments");
            assertEquals("apartments", f.object());
            assertNull(f.event());
            assertEquals("count", f.unit());
        }

        @Test
        void shouldGiveNoEventWhenTheCountHasItsOwnPredicate() {
            Figure f = figure("At least seventeen people died and 35 were rescued.", "35");
            assertNull(f.event());
        }

        @Test
        void shouldSplitKilledAndInjuredCountsOfOneSentence() {
            String text = "The attack killed twelve and injured twelve more.";
            List<Figure> found = figures(text);
            assertEquals("KILL", found.get(0).event());
            assertEquals("WOUND", found.get(1).event());
        }

        @Test
        void shouldShareTheCountedNounAcrossARange() {
            Figure f = figure("There were between 36 and 40 people under the rubble.", "36");
            assertEquals("people", f.object());
        }

        @Test
        void shouldKeepHyphenatedAndDottedWordsInTheObject() {
            assertEquals("other U.S. diplomats", figure("Six other U.S. diplomats fled.", "Six other U.S. diplomats").object());
        }

        @Test
        void shouldReadARateAsOneQuantity() {
            Figure f = figure("The rate is 18.9 deaths per 100,000 people per year.",
                    "18.9 deaths per 100,000 people per year");
            assertEquals(FigureKind.QUANTITY, f.kind());
            assertEquals("rate", f.unit());
            assertEquals(1, figures("The rate is 18.9 deaths per 100,000 people per year.").size());
        }
    }

    @Nested
    class OneAsAPronoun {
        @ParameterizedTest
        @ValueSource(strings = {"No one was hurt.", "No-one was hurt.", "Someone was hurt.",
            "They helped one another.", "She is the one who called.", "It is one of the highest tolls.",
            "Not even one candidate won."})
        void shouldNotCountOneAsAPronoun(String text) {
            assertNoFigures(text);
        }

        @Test
        void shouldCountOneWithItsNoun() {
            Figure f = figure("One child was among the dead.", "One child");
            assertValue("1", f);
            assertEquals("child", f.object());
        }

        @Test
        void shouldCountAPartitiveOfMoreThanOne() {
            Figure f = figure("Four of the deceased were from overseas.", "Four of the deceased");
            assertEquals("deceased", f.object());
            assertEquals("KILL", f.event());
        }
    }

    @Nested
    class AgesAndOrdinals {
        @Test
        void shouldReadAHyphenatedAgeWithItsNoun() {
            Figure f = figure("A 45-year-old man was arrested.", "45-year-old man");
            assertEquals(FigureKind.AGE, f.kind());
            assertValue("45", f);
            assertEquals("year", f.unit());
            assertEquals("man", f.object());
        }

        @Test
        void shouldReadAgedBeforeTheNumber() {
            Figure f = figure("He died on Saturday, aged 78.", "aged 78");
            assertEquals(FigureKind.AGE, f.kind());
            assertValue("78", f);
        }

        /** A number with no unit that a construction of age makes an AGE, never a count of people with an event. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "The accomplice, 19, was arrested as he tried to flee.|19",
            "Sixty-six people were injured, ranging in age from eleven to 75.|eleven",
            "Sixty-six people were injured, ranging in age from eleven to 75.|75",
            "A boy and three girls between the ages of 14 and 18 were hospitalized.|ages of 14",
            "A boy and three girls between the ages of 14 and 18 were hospitalized.|18",
            "Elders say the youngest of those abducted is 11.|11",
            "Most of those falling ill are between five and 29 years old.|five",
            "Actor Doris Day dies at 97|97"})
        void shouldReadAStatedAgeAsAnAgeWithoutEvent(String sentence, String span) {
            Figure f = figure(sentence, span);
            assertEquals(FigureKind.AGE, f.kind());
            assertNull(f.event());
        }

        @Test
        void shouldGiveABareDecimalNoEvent() {
            assertNull(figure("The earthquake, at 6.3, was the strongest recorded, and 200 people were affected.",
                    "6.3").event());
        }

        @Test
        void shouldTakeACapitalizedNounAfterAnArticleAsTheAgedPerson() {
            assertEquals("Swede", figure("The sixteen-year-old Swede is the youngest.", "sixteen-year-old Swede").object());
            assertNull(figure("40-year-old Skandaraj was held.", "40-year-old").object());
        }

        @Test
        void shouldReadAUnitAfterItsStandard() {
            Figure f = figure("That is about 37 billion U.S. gallons, or 31 billion imperial gallons.",
                    "about 37 billion U.S. gallons");
            assertEquals(FigureKind.QUANTITY, f.kind());
            assertNull(f.object());
            assertEquals(FigureKind.QUANTITY, figure("That is 31 billion imperial gallons.", "31 billion imperial gallons")
                    .kind());
        }

        @Test
        void shouldReadAnAgeInMonths() {
            Figure f = figure("An eleven-month-old boy was rescued.", "eleven-month-old boy");
            assertEquals(FigureKind.AGE, f.kind());
            assertEquals("month", f.unit());
        }

        @ParameterizedTest
        @ValueSource(strings = {"first:1", "third:3", "21st:21", "116th:116", "twenty-first:21"})
        void shouldReadOrdinals(String caseText) {
            String word = caseText.substring(0, caseText.indexOf(':'));
            Figure f = figure("It was the " + word + " attempt.", word);
            assertEquals(FigureKind.ORDINAL, f.kind());
            assertEquals("ordinal", f.unit());
            assertValue(caseText.substring(caseText.indexOf(':') + 1), f);
        }

        @Test
        void shouldSpanAHyphenatedOrdinalCompound() {
            assertValue("3", figure("It is the third-highest peak.", "third-highest"));
        }

        @Test
        void shouldRankWithNumberAndACardinalBeforeANoun() {
            Figure f = figure("It owned the number one talk station in Melbourne.", "number one");
            assertEquals(FigureKind.ORDINAL, f.kind());
            assertValue("1", f);
            assertEquals(FigureKind.ORDINAL, figure("It owned Melbourne's number one station.", "number one").kind());
        }

        @Test
        void shouldRankWithASpacedHashAfterAPrepositionButNotAfterANoun() {
            String s = "He played in the game between # 1 Texas and # 2 Arkansas. Locomotive # 8 tipped over.";
            assertEquals(FigureKind.ORDINAL, figure(s, "# 1").kind());
            assertEquals(2, figures(s).size());
        }

        @ParameterizedTest
        @ValueSource(strings = {"The first responders arrived.", "She was first elected later on.",
            "They hired a third-party firm."})
        void shouldNotCountFirstAsAnAdverbOrAFixedTerm(String text) {
            assertNoFigures(text);
        }
    }

    @Nested
    class Quantities {
        @ParameterizedTest
        @ValueSource(strings = {"12 km:km", "700 miles:mi", "14 tonnes:tonne", "50 gallons:gal",
            "120 mph:mph", "30°C:°C", "6.05 hectares:ha"})
        void shouldReadPhysicalUnits(String caseText) {
            String span = caseText.substring(0, caseText.indexOf(':'));
            Figure f = figure("It measured " + span + " that day.", span);
            assertEquals(FigureKind.QUANTITY, f.kind());
            assertEquals(caseText.substring(caseText.indexOf(':') + 1), f.unit());
        }

        @Test
        void shouldReadAMagnitudeBeforeOrAfterTheNumber() {
            assertEquals("magnitude", figure("A 6.4-magnitude earthquake struck.", "6.4-magnitude").unit());
            assertValue("7.1", figure("An earthquake of magnitude 7.1 hit.", "magnitude 7.1"));
        }

        @Test
        void shouldReadAHurricaneCategoryAsAnIntensity() {
            Figure f = figure("Dorian strengthened to Category 5 on Sunday.", "Category 5");
            assertEquals(FigureKind.QUANTITY, f.kind());
            assertEquals("category", f.unit());
        }

        @Test
        void shouldCountTheNounOfAHyphenCompound() {
            Figure f = figure("The ten-storey building collapsed.", "ten-storey");
            assertEquals(FigureKind.COUNT, f.kind());
            assertEquals("storey", f.object());
        }
    }

    @Nested
    class Durations {
        @Test
        void shouldAddAHalfWrittenWithHyphens() {
            assertValue("3500000", figure("Over three-and-a-half million people fled.", "Over three-and-a-half million people"));
            assertValue("1500000", figure("Then a million-and-a-half left.", "a million-and-a-half"));
        }

        @Test
        void shouldReadLightYearsAsAUnitAndTimesAfterAnAdjective() {
            assertEquals(FigureKind.QUANTITY, figure("The planet is some 50 light years away.", "some 50 light years").kind());
            assertEquals("different times", figure("I checked it five different times.", "five different times").object());
        }

        @Test
        void shouldNotTakeAParticleAfterAHyphenAsACountedNoun() {
            assertNull(figure("It passed by a vote of 230-to-197.", "230").object());
        }

        @Test
        void shouldCountTheNounAfterOdd() {
            assertEquals("routes", figure("The service runs 50-odd routes.", "50-odd routes").object());
        }

        @Test
        void shouldTakeTheTotalAsTheWholeOfAPercentage() {
            assertEquals("total", figure("It was 41.7 percent of the total.", "41.7 percent of the total").object());
        }

        @Test
        void shouldReadDecadesWithAnApostropheButAgesAfterAPossessive() {
            assertEquals("199X", figure("He worked in Miami in the early 90's.", "90's").normalized());
            assertEquals("193X", figure("It was built in the 1930's.", "1930's").normalized());
            assertTrue(figures("She is in her 80s.").stream().noneMatch(f -> f.kind() == FigureKind.DATE));
        }

        @Test
        void shouldQualifyAYearAfterAPrepositionOfTime() {
            Figure f = figure("The line was built in about 1927.", "about 1927");
            assertEquals(FigureKind.DATE, f.kind());
            assertEquals("about", f.approx());
            assertEquals(FigureKind.COUNT, figure("About 2000 people came.", "About 2000 people").kind());
        }

        @Test
        void shouldReadAYearAfterTheNameOfAnEventAsItsEdition() {
            Figure f = figure("Toronto Comicon 2022 welcomes fans with celebrities.", "2022");
            assertEquals(FigureKind.DATE, f.kind());
            assertEquals("2022", f.normalized());
        }

        @Test
        void shouldNormalizeYears() {
            Figure f = figure("It was the worst unrest in its 30 years of independence.", "30 years");
            assertEquals(FigureKind.DURATION, f.kind());
            assertEquals("P30Y", f.normalized());
            assertNull(f.object());
        }

        @Test
        void shouldTurnDecadesIntoYears() {
            Figure f = figure("He led the country for three decades.", "three decades");
            assertValue("30", f);
            assertEquals("year", f.unit());
            assertEquals("P30Y", f.normalized());
        }

        @Test
        void shouldNormalizeWeeksHoursAndAttributiveDurations() {
            assertEquals("P2W", figure("The trial lasted two weeks.", "two weeks").normalized());
            assertEquals("PT24H", figure("It would take 24 hours.", "24 hours").normalized());
            assertEquals("P6Y", figure("Senators serve six-year terms.", "six-year").normalized());
        }

        @Test
        void shouldReadACompoundDurationInSeconds() {
            Figure f = figure("He ran it in 1 hour 59 minutes 40.2 seconds.", "1 hour 59 minutes 40.2 seconds");
            assertValue("7180.2", f);
            assertEquals("PT1H59M40.2S", f.normalized());
        }

        @Test
        void shouldReadARaceTimeAsADuration() {
            Figure f = figure("She won in 2:14:04 on Sunday.", "2:14:04");
            assertEquals(FigureKind.DURATION, f.kind());
            assertValue("8044", f);
            assertEquals("PT2H14M4S", f.normalized());
        }
    }

    @Nested
    class Times {
        @Test
        void shouldReadAClockTimeWithMeridiem() {
            Figure f = figure("The blast occurred at 6am as many slept.", "6am");
            assertEquals(FigureKind.TIME, f.kind());
            assertNull(f.value());
            assertEquals("06:00", f.normalized());
        }

        @Test
        void shouldReadTwentyFourHourTimes() {
            assertEquals("14:30", figure("The vote closed at 14:30.", "14:30").normalized());
            assertEquals("13:00", figure("It starts at 1 p.m. sharp.", "1 p.m.").normalized());
            assertEquals("18:30", figure("Landfall came at 1830 UTC.", "1830 UTC").normalized());
        }
    }

    @Nested
    class Identifiers {
        @ParameterizedTest
        @ValueSource(strings = {"Covid-19 cases are rising.", "The G20 met in Rome.", "A Boeing 737 landed.",
            "Under Article 5 they must help.", "An F-16 crashed.", "The A380 is huge.", "4G coverage is poor.",
            "Windows 10 was updated.", "See https://example.com/2019/01/page-5 for more.", "Call 555-0123 now.",
            "Email me at j.smith99@example.org please.", "It runs 24/7 as usual.", "Version 1.2.3 shipped.",
            "The ratio is 1:1 here."})
        void shouldNotTakeNumbersInsideNamesForFigures(String text) {
            assertNoFigures(text);
        }

        @Test
        void shouldSkipNumbersInsideExcludedEntitySpans() {
            String text = "Leaders of the Group of 20 met 3 times.";
            int at = text.indexOf("Group of 20");
            List<Figure> found = extractor.extract(Mention.BODY, text, MONDAY_10_JANUARY_2022,
                    List.of(new Mention(Mention.BODY, at, at + "Group of 20".length(), "Group of 20")));
            assertEquals(1, found.size(), found::toString);
            assertValue("3", found.get(0));
        }
    }

    @Nested
    class Dates {
        private Figure date(String text, String span) {
            Figure f = figure(text, span);
            assertEquals(FigureKind.DATE, f.kind(), f::toString);
            assertNull(f.value());
            return f;
        }

        @Test
        void shouldResolveADayAndMonthToThePastOfPublication() {
            assertEquals("2022-01-02", date("The protests started on 2 January.", "2 January").normalized());
            assertEquals("2021-12-28", date("It began on December 28.", "December 28").normalized());
        }

        @Test
        void shouldResolveAFutureDayAndMonthForward() {
            assertEquals("2022-02-02", date("The vote will be held on 2 February.", "2 February").normalized());
        }

        @Test
        void shouldResolveABareWeekdayToPublicationDayOrBefore() {
            assertEquals("2022-01-10", date("The ministry said on Monday.", "Monday").normalized());
            assertEquals("2022-01-07", date("It happened on Friday.", "Friday").normalized());
            assertEquals("day", figure("It happened on Friday.", "Friday").unit());
        }

        @Test
        void shouldResolveAWeekdayInAFutureClauseForward() {
            assertEquals("2022-01-14", date("Leaders will meet on Friday.", "Friday").normalized());
        }

        @Test
        void shouldResolveALeaningWeekdayToTheNearestOne() {
            assertEquals("2022-01-11", date("The storm was forecast to reach the coast on Tuesday.", "Tuesday")
                    .normalized());
            assertEquals("2022-01-09", date("It was expected to pass late Sunday night.", "Sunday").normalized());
        }

        @Test
        void shouldResolveLastAndNextWeekdays() {
            assertEquals("2022-01-03", date("They met last Monday.", "last Monday").normalized());
            assertEquals("2022-01-17", date("They meet next Monday.", "next Monday").normalized());
        }

        @Test
        void shouldResolveRelativeWeeksMonthsAndYears() {
            Figure lastWeek = date("Violence last week was deadly.", "last week");
            assertEquals("2022-01-03/2022-01-09", lastWeek.normalized());
            assertEquals("week", lastWeek.unit());
            assertEquals("2022-01-10/2022-01-16", date("Talks resume this week.", "this week").normalized());
            assertEquals("2021-12", date("Prices rose last month.", "last month").normalized());
            assertEquals("2022", date("Elections are due this year.", "this year").normalized());
            assertEquals("2021", date("Elections were held last year.", "last year").normalized());
        }

        @Test
        void shouldResolveYesterdayTodayAndTomorrow() {
            assertEquals("2022-01-09", date("He spoke yesterday.", "yesterday").normalized());
            assertEquals("2022-01-10", date("He speaks today.", "today").normalized());
            assertEquals("2022-01-11", date("He speaks tomorrow.", "tomorrow").normalized());
        }

        @Test
        void shouldReadFullDatesInBothOrders() {
            assertEquals("2019-01-04", date("It was signed on January 4, 2019.", "January 4, 2019").normalized());
            assertEquals("2019-01-04", date("It was signed on 4 January 2019.", "4 January 2019").normalized());
            assertEquals("2019-01-04", date("Friday, January 4, 2019\n\nText.", "Friday, January 4, 2019")
                    .normalized());
        }

        @Test
        void shouldReadYearsMonthsAndDecades() {
            Figure year = date("It was founded in 2019.", "2019");
            assertEquals("2019", year.normalized());
            assertEquals("year", year.unit());
            assertEquals("2014-12", date("It vanished in December 2014.", "December 2014").normalized());
            assertEquals("2018-03", date("It opened in March, 2018.", "March, 2018").normalized());
            assertEquals("199X", date("It peaked in the 1990s.", "1990s").normalized());
            assertEquals("2006", date("The winter of 2006–2007 was cold.", "2006").normalized());
            assertEquals("2007", date("The winter of 2006–2007 was cold.", "2007").normalized());
        }

        @Test
        void shouldResolveABareMonthInThePublicationYearUnlessItIsStillToCome() {
            assertEquals("2022-01", date("Protests began in January.", "January").normalized());
            assertEquals("2021-12", date("Protests began in December.", "December").normalized());
            assertEquals("2022-09", date("The law would fund it through September.", "September").normalized());
        }

        @Test
        void shouldMeasureATimeAgoAsADurationNotResolveIt() {
            Figure days = figure("He left three days ago.", "three days");
            assertEquals(FigureKind.DURATION, days.kind());
            assertEquals("P3D", days.normalized());
            assertEquals("over 24 hours", figure("It was posted just over 24 hours ago.", "over 24 hours").text());
        }

        @Test
        void shouldNotTakeTheModalMayForAMonth() {
            assertTrue(figures("Officials may resign soon.").isEmpty());
            assertEquals("2021-05", date("It was decided in May.", "May").normalized());
        }

        @Test
        void shouldLeaveRelativeDatesUnresolvedWithoutAPublicationDate() {
            List<Figure> found = extractor.extract(Mention.BODY, "He spoke on Monday about events in 2019.", null);
            assertEquals(2, found.size());
            assertNull(found.get(0).normalized());
            assertEquals("2019", found.get(1).normalized());
        }
    }

    @Test
    void shouldCopyTheFieldAndReportExactOffsets() {
        String title = "Fire kills nine, injures dozens";
        List<Figure> found = extractor.extract(Mention.TITLE, title, MONDAY_10_JANUARY_2022);
        assertEquals(2, found.size(), found::toString);
        for (Figure f : found) {
            assertEquals(Mention.TITLE, f.field());
            assertEquals(f.text(), title.substring(f.start(), f.end()));
        }
        assertEquals("KILL", found.get(0).event());
        assertEquals("WOUND", found.get(1).event());
    }

    @Test
    void shouldFindNothingInEmptyOrNullText() {
        assertEquals(List.of(), extractor.extract(Mention.BODY, "", MONDAY_10_JANUARY_2022));
        assertEquals(List.of(), extractor.extract(Mention.BODY, null, MONDAY_10_JANUARY_2022));
    }
}
