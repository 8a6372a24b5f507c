package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.InputFile;
import org.newskg.nlp.NlpPipeline;

/** Meetings, visits, contributions and positions read from real sentences (the shared CoreNLP pipeline). */
class RelationExtractionTest {
    private static ArticleFacts article(String text) throws Exception {
        return org.newskg.testing.HandAnnotated.extract(NlpPipeline.shared().annotate(
            ArticleReader.create().parse("t.txt", text.getBytes(StandardCharsets.UTF_8))));
    }

    private static ArticleFacts seed(String file) throws Exception {
        return org.newskg.testing.HandAnnotated.extract(NlpPipeline.shared().annotate(
            ArticleReader.create().read(new InputFile(Path.of("seeds", file), file))));
    }

    private static List<String> names(List<Mention> ms) {
        return ms.stream().map(Mention::text).toList();
    }

    @Test
    void cooperMetAliyevAndHasanovInBakuOnTheTuesdayBefore() throws Exception {
        ArticleFacts f = seed("000_14b2a5db9d82385e.txt");
        Fact.Meeting m = f.facts(Fact.Meeting.class).stream().filter(x -> x.subject().text().equals("Laura Cooper")).findFirst().orElseThrow();
        assertEquals(List.of("Ilham Aliyev", "Zakir Hasanov"), names(m.counterparts()));
        assertEquals(false, m.joint(), "two counterparts of one visitor are not paired");
        assertEquals("2018-12-04", m.date().orElseThrow().value());
        assertEquals("on Tuesday", m.date().get().text());
        assertEquals("Baku", m.place().orElseThrow().city());
        String sentence = f.sentences().get(m.evidence().sentence()).text(f.article().text());
        assertTrue(sentence.startsWith("Laura Cooper, the U.S. Deputy Assistant Secretary of Defense"), sentence);
        assertEquals("meeting-verb:meet", m.evidence().rule());
    }

    @Test
    void mattisMeetingTakesTheMondayFromTheSentenceBefore() throws Exception {
        ArticleFacts f = seed("000_14b2a5db9d82385e.txt");
        Fact.Meeting m = f.facts(Fact.Meeting.class).stream().filter(x -> x.subject().text().equals("Mattis")).findFirst().orElseThrow();
        assertEquals(List.of("Nirmala Sitharaman"), names(m.counterparts()));
        assertEquals("2018-12-03", m.date().orElseThrow().value());
        assertTrue(m.date().get().rule().endsWith("+previous-sentence"), m.date().get().rule());
        assertEquals("Washington", m.place().orElseThrow().city());
    }

    @Test
    void gatesMetAliyevYesterdayAndAbiyevToday() throws Exception {
        ArticleFacts f = seed("001_d8f434a453c3b2a8.txt");
        assertEquals(2, f.facts(Fact.Meeting.class).size(), f.facts(Fact.Meeting.class).toString());
        Fact.Meeting aliyev = f.facts(Fact.Meeting.class).get(0);
        Fact.Meeting abiyev = f.facts(Fact.Meeting.class).get(1);
        assertEquals("Gates", aliyev.subject().text());
        assertEquals(List.of("Ilham Aliyev"), names(aliyev.counterparts()));
        assertEquals("2010-06-06", aliyev.date().orElseThrow().value());
        assertEquals("Gates", abiyev.subject().text());
        assertEquals(List.of("Safar Abiyev"), names(abiyev.counterparts()));
        assertEquals("2010-06-07", abiyev.date().orElseThrow().value());
    }

    @Test
    void plannedRefusedAndRemoteMeetingsAreNotMeetings() throws Exception {
        ArticleFacts f = article("WASHINGTON, March 2, 2019 — Defense Secretary Jim Mattis will meet with Georgian Defense Minister Levan Izoria on Monday. "
            + "President Barack Obama spoke by phone with Prime Minister Manmohan Singh on Tuesday. "
            + "Officials discussed the forthcoming meeting in Washington between President Barack Obama and Prime Minister Manmohan Singh. "
            + "Secretary of State Hillary Clinton declined to meet Foreign Minister Sergei Lavrov.");
        assertEquals(List.of(), f.facts(Fact.Meeting.class));
    }

    @Test
    void jointSubjectsMetEachOther() throws Exception {
        ArticleFacts f = article("WASHINGTON, Nov. 13, 2017 — Defense Secretary Jim Mattis and Georgian Defense Minister Levan Izoria "
            + "discussed regional security today during their meeting at the Pentagon.");
        Fact.Meeting m = f.facts(Fact.Meeting.class).get(0);
        assertEquals("Jim Mattis", m.subject().text());
        assertEquals(List.of("Levan Izoria"), names(m.counterparts()));
        assertEquals("2017-11-13", m.date().orElseThrow().value());
        assertEquals("Washington", m.place().orElseThrow().city(), "the Pentagon is in Washington");
    }

    @Test
    void contributionsWithTroopsAndStart() throws Exception {
        ArticleFacts f = seed("000_14b2a5db9d82385e.txt");
        Fact.Contribution rs = f.facts(Fact.Contribution.class).stream().filter(c -> c.mission().equals("resolute-support")).findFirst().orElseThrow();
        assertEquals("AZ", rs.country());
        assertEquals(120, rs.troops().orElseThrow(), "That effort … includes a total of 120 servicemen from Azerbaijan");
        Fact.Contribution isaf = f.facts(Fact.Contribution.class).stream().filter(c -> c.mission().equals("isaf")).findFirst().orElseThrow();
        assertEquals("2002-11-20", isaf.since().orElseThrow().value());
    }

    @Test
    void aCountryAnaphorContributes() throws Exception {
        ArticleFacts f = article("Azerbaijan was one of the first countries to offer support. He said the southwestern Asia country "
            + "provided access and sent peacekeepers to Afghanistan in support of Operation Enduring Freedom.");
        assertEquals(List.of("AZ"), f.facts(Fact.Contribution.class).stream().map(Fact.Contribution::country).toList());
    }

    @Test
    void positionsFromTitlesAndAppositions() throws Exception {
        ArticleFacts f = article("WASHINGTON, Nov. 13, 2017 — Georgian Defense Minister Levan Izoria met with Nirmala Sitharaman, India's defense minister, "
            + "and Defense Minister Col. Gen. Safar Abiyev of Azerbaijan. Filip Vanden Bulke, the Belgian Ambassador, was present.");
        assertEquals(Optional.of("GE"), position(f, "Levan Izoria").country());
        assertEquals("Defense Minister", position(f, "Levan Izoria").title());
        assertEquals(Optional.of("IN"), position(f, "Nirmala Sitharaman").country());
        assertEquals("Defense Minister", position(f, "Nirmala Sitharaman").title(), "one spelling per title");
        assertEquals("Defense Minister", position(f, "Safar Abiyev").title(), "rank is not part of the title");
        assertEquals(Optional.of("BE"), position(f, "Filip Vanden Bulke").country());
        assertEquals("Ambassador", position(f, "Filip Vanden Bulke").title());
    }

    private static Fact.Position position(ArticleFacts f, String person) {
        return f.facts(Fact.Position.class).stream().filter(p -> p.person().text().equals(person)).findFirst()
            .orElseThrow(() -> new AssertionError("no position for " + person + " in " + f.facts(Fact.Position.class)));
    }

    @Test
    void visits() throws Exception {
        ArticleFacts f = article("SEOUL, Oct. 22, 2005 — Defense Secretary Donald Rumsfeld, the first U.S. defense secretary to visit Mongolia, "
            + "arrived in Ulaanbaatar today. Deputy Secretary of Defense Ashton B. Carter traveled to India and Pakistan last week.");
        List<String> v = f.facts(Fact.Visit.class).stream().map(x -> x.person().text() + "->" + x.country()).distinct().toList();
        assertTrue(v.contains("Donald Rumsfeld->MN"), v.toString());
        assertTrue(v.contains("Ashton B. Carter->IN") && v.contains("Ashton B. Carter->PK"), v.toString());
    }
}
