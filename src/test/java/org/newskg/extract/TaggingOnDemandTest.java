package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.testing.HandAnnotated;

/**
 * Where the POS tagger runs: only on the sentences a rule asks about (hand-annotated sentences, no
 * model; every other rule test checks that asking changes no fact: {@code HandAnnotated.facts}).
 */
class TaggingOnDemandTest {
    private static List<Integer> tagged(String... sentences) {
        AnnotatedArticle a = HandAnnotated.onDemand("2016-08-30", sentences);
        HandAnnotated.extract(a);
        return a.tags().taggedSentences();
    }

    @Test
    void relationCuesWithTheirArgumentsAreTagged() {
        // a meeting verb, a trip, a lower-case title before a name, a contribution between a country and a mission
        assertEquals(List.of(0), tagged("Dempsey/NNP/PERSON greeted/VBD/greet Iwasaki/NNP/PERSON ./."));
        assertEquals(List.of(0), tagged("Kerry/NNP/PERSON traveled/VBD/travel to/TO Abuja/NNP ,/, Nigeria/NNP/LOCATION ./."));
        assertEquals(List.of(0), tagged("Azerbaijan/NNP/LOCATION 's/POS defense/NN minister/NN/minister ,/, Zakir/NNP/PERSON "
            + "Hasanov/NNP/PERSON ,/, spoke/VBD/speak ./."));
        assertEquals(List.of(0), tagged("Mongolia/NNP/LOCATION is/VBZ/be providing/VBG/provide forces/NNS/force to/TO "
            + "ISAF/NNP/ORGANIZATION ./."));
    }

    @Test
    void proseWithoutACueIsNotTagged() {
        // a name and no cue; no name; a pronoun NER took for a person; a name ending as a verb would ("Hughes") in prose
        assertEquals(List.of(1), tagged(
            "Aliyev/NNP/PERSON said/VBD/say the/DT economy/NN grew/VBD/grow ./.",
            "Kerry/NNP/PERSON traveled/VBD/travel to/TO Abuja/NNP ,/, Nigeria/NNP/LOCATION ./.",
            "It/PRP rained/VBD/rain in/IN Baku/NNP/LOCATION ./.",
            "He/PRP/PERSON spoke/VBD/speak ./.",
            "Kerry/NNP/PERSON Hughes/NNP/PERSON said/VBD/say on/IN Monday/NNP/DATE that/IN sanctions/NNS would/MD remain/VB ./."));
        // "went" can be "go", a trip verb, but only before "to" is it one
        assertEquals(List.of(), tagged("Aliyev/NNP/PERSON went/VBD/go home/RB early/RB ./."));
    }

    @Test
    void aHeadlineInTitleCaseIsAskedAboutItsVerbs() {
        AnnotatedArticle a = HandAnnotated.onDemand("2014-03-03", "Kerry/NNP/PERSON Heading/VBG/PERSON to/TO Ukraine/NNP/LOCATION "
            + "Amid/IN Crisis/NNP");
        ArticleFacts f = HandAnnotated.extract(a);
        assertEquals(List.of(0), a.tags().taggedSentences());
        assertTrue(f.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON && m.text().equals("Kerry")), f.mentions().toString());
        // a headline run into the first sentence is title case where the verb stands
        AnnotatedArticle b = HandAnnotated.onDemand("2016-05-13", "Top/JJ Hezbollah/NNP/ORGANIZATION Commander/NNP Badreddine/NNP/PERSON "
            + "Killed/VBD/PERSON in/IN Syria/NNP/LOCATION -The/DT Lebanese/JJ militant/JJ group/NN buried/VBD/bury a/DT top/JJ "
            + "commander/NN Friday/NNP/DATE ./.");
        ArticleFacts g = HandAnnotated.extract(b);
        assertFalse(g.mentions().stream().anyMatch(m -> m.text().contains("Killed")), g.mentions().toString());
    }

    @Test
    void wordFormsForeseeTheLemmaUnderEveryTagTheTaggerCanGive() {
        String[] tags = {"CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS",
            "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB",
            "HYPH", "ADD", "AFX", "NFP", "GW", "XX", "-LRB-", "-RRB-", ",", ".", ":", "``", "''", "$", "#"};
        edu.stanford.nlp.process.Morphology morphology = new edu.stanford.nlp.process.Morphology();
        for (String w : new String[] {"met", "went", "talks", "Talks", "studies", "troops", "visited", "held", "spoke", "us", "His", "n't",
            "ca", "these", "Those", "worse", "bigger", "biggest", "Afghans", "Americans", "An", "na", "meeting", "Meets", "arrival", "stopped",
            "flew", "came", "gone", "Heading", "Putin", "data", "media", "better", "best", "ll", "d"}) {
            Set<String> possible = WordForms.possibleLemmas(w);
            for (String tag : tags) {
                String lemma = morphology.lemma(w, tag).toLowerCase(java.util.Locale.ROOT);
                assertTrue(possible.contains(lemma), w + "/" + tag + " -> " + lemma + " not among " + possible);
            }
        }
    }

    @Test
    void aCueWithoutItsArgumentsIsNotTagged() {
        // a meeting verb with one person before it and none after; a trip verb with the place before it
        assertEquals(List.of(), tagged("Aliyev/NNP/PERSON met/VBD/meet reporters/NNS/reporter later/RB ./."));
        assertEquals(List.of(), tagged("After/IN Nigeria/NNP/LOCATION Kerry/NNP/PERSON visited/VBD/visit a/DT school/NN ./."));
        // the same cues with their arguments are
        assertEquals(List.of(0), tagged("Aliyev/NNP/PERSON met/VBD/meet Kerry/NNP/PERSON later/RB ./."));
        assertEquals(List.of(0), tagged("Kerry/NNP/PERSON visited/VBD/visit a/DT school/NN in/IN Nigeria/NNP/LOCATION ./."));
    }

    @Test
    void aHeadlineWithNoTitleBeforeANameIsNotTagged() {
        // an office word with no name after it; a name after capitalised words with no office among them
        assertEquals(List.of(), tagged("Office/NNP Of/IN The/DT Prime/NNP Minister/NNP :/: Statement/NN On/IN Budget/NNP"));
        assertEquals(List.of(), tagged("Lawmakers/NNS Grill/VBP Kerry/NNP/PERSON Over/IN Budget/NNP"));
        // with an office word right before the name, the headline's verbs are asked about
        assertEquals(List.of(0), tagged("Lawmakers/NNS Grill/VBP Secretary/NNP Kerry/NNP/PERSON Over/IN Budget/NNP"));
    }

    @Test
    void aTagTheLexiconLeavesNoDoubtAboutRunsNoTagger() {
        // a headline's words are asked whether they are verbs, and a name's word whether it is a
        // proper noun: where the lexicon allows one tag, the answer needs no tagger
        String headline = "Foreign/NNP Minister/NNP Battsetseg/NNP";
        AnnotatedArticle decided = HandAnnotated.onDemand(java.util.Map.of("Foreign", Set.of("NNP", "JJ"), "Minister", Set.of("NNP", "NN"),
            "Battsetseg", Set.of("NNP")), "2016-08-30", headline);
        ArticleFacts f = HandAnnotated.extract(decided);
        assertTrue(f.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON && m.text().equals("Battsetseg")), f.mentions().toString());
        assertEquals(List.of(), decided.tags().taggedSentences());
        // a word the model never saw can be any open-class tag, a verb among them: the tagger tells
        AnnotatedArticle asked = HandAnnotated.onDemand(java.util.Map.of("Foreign", Set.of("NNP", "JJ"), "Minister", Set.of("NNP", "NN"),
            "Battsetseg", Set.of("NNP", "NN", "VB", "VBZ", "JJ")), "2016-08-30", headline);
        ArticleFacts g = HandAnnotated.extract(asked);
        assertEquals(f.mentions(), g.mentions());
        assertEquals(List.of(0), asked.tags().taggedSentences());
    }

    @Test
    void wordFormsForeseeEveryLemmaAndInflectedVerb() {
        assertTrue(WordForms.mayHaveLemma("met", Set.of("meet")));
        assertTrue(WordForms.mayHaveLemma("Talks", Set.of("talk")));
        assertTrue(WordForms.mayHaveLemma("went", Set.of("go")));
        assertFalse(WordForms.mayHaveLemma("said", Set.of("meet", "visit")));
        for (String verb : new String[] {"Says", "Heading", "Met", "Killed", "Put"}) {
            assertTrue(WordForms.mayBeInflectedVerb(verb), verb);
        }
        for (String name : new String[] {"Putin", "Obama", "Aliyev"}) {
            assertFalse(WordForms.mayBeInflectedVerb(name), name);
        }
    }

    /** The lemma the sentence view gives token {@code i} of a one-sentence article, and the sentences tagged for it. */
    private static String lemmaOf(java.util.Map<String, Set<String>> lexicon, String sentence, int i, List<Integer> tagged) {
        AnnotatedArticle a = HandAnnotated.onDemand(lexicon, "2016-08-30", sentence);
        SentenceView s = new SentenceView(0, a.document().sentences().get(0), a.article().text(), new DateExpressionFinder(), a.tags());
        String lemma = s.lemma(i);
        tagged.addAll(a.tags().taggedSentences());
        return lemma;
    }

    @Test
    void aLemmaTheLexiconLeavesNoDoubtAboutRunsNoTagger() {
        java.util.Map<String, Set<String>> lexicon = java.util.Map.of("Aliyev", Set.of("NNP"), "Kerry", Set.of("NNP"), ".", Set.of("."),
            "met", Set.of("VBD", "VBN"), "visited", Set.of("VBD", "VBN"), "talks", Set.of("NNS", "VBZ"), "Held", Set.of("VBD", "VBN", "NNP"),
            "left", Set.of("VBD", "VBN", "JJ", "NN"), "saw", Set.of("VBD", "NN"));
        // one lemma under every tag the word can get: no tagger
        for (String[] c : new String[][] {{"met", "meet"}, {"visited", "visit"}, {"talks", "talk"}}) {
            List<Integer> tagged = new java.util.ArrayList<>();
            assertEquals(c[1], lemmaOf(lexicon, "Aliyev/NNP/PERSON " + c[0] + "/VBD/" + c[1] + " Kerry/NNP/PERSON ./.", 1, tagged), c[0]);
            assertEquals(List.of(), tagged, c[0]);
        }
        // a capitalised form the lexicon knows only as a verb, or as a name that is lemmatised as itself
        List<Integer> held = new java.util.ArrayList<>();
        assertEquals("hold", lemmaOf(java.util.Map.of("Held", Set.of("VBD", "VBN"), "Kerry", Set.of("NNP")), "Held/VBN/hold Kerry/NNP/PERSON", 0, held));
        assertEquals(List.of(), held);
        // two lemmas, by tag ("left" the verb or the side, "saw" the verb or the tool): the tagger decides
        for (String[] c : new String[][] {{"left", "leave"}, {"saw", "see"}}) {
            List<Integer> tagged = new java.util.ArrayList<>();
            assertEquals(c[1], lemmaOf(lexicon, "Aliyev/NNP/PERSON " + c[0] + "/VBD/" + c[1] + " Kerry/NNP/PERSON ./.", 1, tagged), c[0]);
            assertEquals(List.of(0), tagged, c[0]);
        }
    }
}
