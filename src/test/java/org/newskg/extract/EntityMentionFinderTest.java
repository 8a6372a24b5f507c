package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the shared CoreNLP pipeline on real sentence shapes from defence news. */
class EntityMentionFinderTest {
    static ArticleFacts facts(String text) throws Exception {
        return org.newskg.testing.Texts.facts(text);
    }

    static List<String> keys(ArticleFacts f, EntityType t) {
        return f.mentions().stream().filter(m -> m.type() == t).map(Mention::key).distinct().toList();
    }

    @Test
    void demonymsAndAdjectivesNameCountries() throws Exception {
        ArticleFacts f = facts("Twenty-one Azerbaijani soldiers served with the British government's support and the Turkish battalion.");
        assertEquals(List.of("AZ", "GB", "TR"), keys(f, EntityType.COUNTRY));
        Mention az = f.mentions().stream().filter(m -> m.key().equals("AZ")).findFirst().orElseThrow();
        assertEquals("Azerbaijani", az.text());
        assertEquals("country-demonym", az.rule());
    }

    @Test
    void capitalActingAsGovernmentIsItsCountry() throws Exception {
        ArticleFacts f = facts("Washington wants broader defense cooperation with Baku.");
        assertEquals(List.of("US"), keys(f, EntityType.COUNTRY));
        assertEquals("capital-as-government", f.mentions().stream().filter(m -> m.key().equals("US")).findFirst().orElseThrow().rule());
    }

    @Test
    void capitalAsPlaceIsNotACountry() throws Exception {
        ArticleFacts f = facts("Mattis told reporters ahead of a meeting in Washington with the minister.");
        assertTrue(keys(f, EntityType.COUNTRY).isEmpty(), f.mentions().toString());
    }

    @Test
    void abbreviationsAreCaseSensitive() throws Exception {
        ArticleFacts f = facts("The U.S.-Azerbaijan partnership helps us all.");
        assertEquals(List.of("US", "AZ"), keys(f, EntityType.COUNTRY));
    }

    @Test
    void missionsFromGazetteerAcronymsAndDefinitions() throws Exception {
        ArticleFacts f = facts("The unit joined the International Security Assistance Force (ISAF) in 2002. "
            + "ISAF handed over to Resolute Support. Azerbaijan also backed Operation Enduring Freedom.");
        assertEquals(List.of("isaf", "resolute-support", "oef"), keys(f, EntityType.MISSION));
    }

    @Test
    void missionDefinedInTextOnly() throws Exception {
        ArticleFacts f = facts("Soldiers of Combined Joint Task Force 101 (CJTF-101) patrolled Ghazni.");
        assertEquals(List.of("combined-joint-task-force-101"), keys(f, EntityType.MISSION));
        assertEquals("Combined Joint Task Force 101", f.textMissions().get("combined-joint-task-force-101").name());
    }

    @Test
    void organisationsAreNotMissions() throws Exception {
        ArticleFacts f = facts("NATO and the United Nations praised the Indian Air Force (IAF).");
        assertTrue(keys(f, EntityType.MISSION).isEmpty(), f.mentions().toString());
    }

    @Test
    void personsWithTitlesAndRanksStripped() throws Exception {
        ArticleFacts f = facts("Gates met today with Defense Minister Col. Gen. Safar Abiyev in Baku.");
        List<Mention> persons = f.mentions().stream().filter(m -> m.type() == EntityType.PERSON).toList();
        Mention abiyev = persons.stream().filter(m -> m.text().equals("Safar Abiyev")).findFirst().orElseThrow();
        assertEquals("Defense Minister", abiyev.title());
    }

    @Test
    void acronymOccurrencesAreWholeWordsAsTheRegexFindsThem() {
        // letters outside the Basic Multilingual Plane aside: before them the regex's lookbehind saw
        // half a character, so "𝐀KFOR" was a whole word to it (asserted below: not any more)
        String[] alphabet = {"KFOR", "KFOR", "K", "x", "1", "é", " ", "-", "(", "²", "ʼ"};
        java.util.Random r = new java.util.Random(7);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(8); i > 0; i--) {
                b.append(alphabet[r.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])KFOR(?![\\p{L}\\p{N}])").matcher(text);
            List<String> expected = new java.util.ArrayList<>();
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            assertEquals(expected, EntityMentionFinder.wholeWordOccurrences(text, "KFOR").stream().map(a -> a[0] + "-" + a[1]).toList(), text);
        }
        assertTrue(EntityMentionFinder.wholeWordOccurrences("𝐀KFOR", "KFOR").isEmpty());
        assertEquals(1, EntityMentionFinder.wholeWordOccurrences("𝐀 KFOR", "KFOR").size());
    }
}
