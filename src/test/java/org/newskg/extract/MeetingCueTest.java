package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.testing.HandAnnotated;

/** Meeting cues on hand-annotated sentences: no model is loaded. */
class MeetingCueTest {
    private static List<String> pairs(String... sentences) {
        return HandAnnotated.facts("2013-04-30", sentences).facts(Fact.Meeting.class).stream()
            .flatMap(m -> m.counterparts().stream().map(c -> m.subject().text() + " | " + c.text())).sorted().toList();
    }

    @Test
    void theHelperReproducesAMeetingTheRulesAlreadyFind() {
        assertEquals(List.of("Dempsey | Iwasaki"), pairs("Dempsey/NNP/PERSON met/VBD/meet with/IN Iwasaki/NNP/PERSON in/IN Washington/NNP/LOCATION ./."));
    }

    @Test
    void aHostGreetsAVisitor() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("Dempsey | Iwasaki"), pairs("Dempsey/NNP/PERSON greeted/VBD/greet Iwasaki/NNP/PERSON on/IN the/DT steps/NNS "
            + "of/IN the/DT university/NN ./."));
        assertEquals(List.of("Martin Dempsey | Shigeru Iwasaki"), pairs("Gen./NNP Martin/NNP/PERSON Dempsey/NNP/PERSON warmly/RB "
            + "greeted/VBD/greet Gen./NNP Shigeru/NNP/PERSON Iwasaki/NNP/PERSON at/IN the/DT Pentagon/NNP/LOCATION today/NN ./."));
        assertEquals(List.of("Biden | Kishida", "Biden | Yoon"), pairs("Biden/NNP/PERSON greeted/VBD/greet Kishida/NNP/PERSON and/CC "
            + "Yoon/NNP/PERSON at/IN Camp/NNP David/NNP ./."));
        assertEquals(List.of("Austin | Marles"), pairs("Austin/NNP/PERSON greets/VBZ/greet Marles/NNP/PERSON at/IN the/DT Pentagon/NNP/LOCATION ./."));
        // and two it must not: no person greeted; a greeting to come
        assertEquals(List.of(), pairs("Dempsey/NNP/PERSON greeted/VBD/greet the/DT troops/NNS at/IN the/DT base/NN ./."));
        assertEquals(List.of(), pairs("Dempsey/NNP/PERSON will/MD greet/VB Iwasaki/NNP/PERSON next/JJ week/NN ./."));
    }

    @Test
    void talkingOrSpeakingWithSomeoneInPerson() {
        assertEquals(List.of("Kerry | Lavrov"), pairs("Kerry/NNP/PERSON talked/VBD/talk with/IN Lavrov/NNP/PERSON in/IN Geneva/NNP/LOCATION ./."));
        assertEquals(List.of("Mattis | Izoria"), pairs("Mattis/NNP/PERSON spoke/VBD/speak with/IN Izoria/NNP/PERSON at/IN the/DT "
            + "Pentagon/NNP/LOCATION ./."));
        assertEquals(List.of("Work | Onodera"), pairs("Work/NNP/PERSON chatted/VBD/chat with/IN Onodera/NNP/PERSON before/IN the/DT "
            + "ceremony/NN ./."));
        assertEquals(List.of("Austin | Shoigu"), pairs("Austin/NNP/PERSON talks/VBZ/talk with/IN Shoigu/NNP/PERSON ./."));
        // not on the phone, and not "spoke to reporters"
        assertEquals(List.of(), pairs("Kerry/NNP/PERSON spoke/VBD/speak with/IN Lavrov/NNP/PERSON by/IN phone/NN on/IN Monday/NNP/DATE ./."));
        assertEquals(List.of(), pairs("Mattis/NNP/PERSON spoke/VBD/speak with/IN reporters/NNS at/IN the/DT Pentagon/NNP/LOCATION ./."));
    }

    @Test
    void toMeetAfterATripMadeIsAMeeting() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("Kerry | Kenyatta"), pairs("Kerry/NNP/PERSON traveled/VBD/travel to/TO Nairobi/NNP/LOCATION on/IN "
            + "August/NNP/DATE 22/CD/DATE to/TO meet/VB/meet with/IN President/NNP Kenyatta/NNP/PERSON ./."));
        assertEquals(List.of("Rumsfeld | Kwasniewski"), pairs("Rumsfeld/NNP/PERSON stopped/VBD/stop by/IN the/DT palace/NN this/DT "
            + "morning/NN to/TO meet/VB/meet with/IN President/NNP Kwasniewski/NNP/PERSON ./."));
        assertEquals(List.of("Gates | Liang"), pairs("Gates/NNP/PERSON flew/VBD/fly to/TO Beijing/NNP/LOCATION to/TO meet/VB/meet "
            + "Liang/NNP/PERSON ./."));
        assertEquals(List.of("Biegun | Lee"), pairs("Biegun/NNP/PERSON came/VBD/come to/TO Seoul/NNP/LOCATION to/TO meet/VB/meet "
            + "with/IN Lee/NNP/PERSON ./."));
        // and two it must not: a trip still to come; a wish to meet
        assertEquals(List.of(), pairs("Kerry/NNP/PERSON will/MD travel/VB/travel to/TO Nairobi/NNP/LOCATION to/TO meet/VB/meet "
            + "Kenyatta/NNP/PERSON ./."));
        assertEquals(List.of(), pairs("Kerry/NNP/PERSON wanted/VBD/want to/TO meet/VB/meet Kenyatta/NNP/PERSON ./."));
    }

    private static List<String> dated(String published, String... sentences) {
        return HandAnnotated.facts(published, sentences).facts(Fact.Meeting.class).stream()
            .map(m -> m.subject().text() + " | " + m.counterparts().get(0).text() + " | " + m.date().map(ResolvedDate::value).orElse("-"))
            .sorted().toList();
    }

    @Test
    void meetingDates() {
        // the trip's past tense dates the meeting it was made for
        assertEquals(List.of("Kerry | Kenyatta | 2016-08-22"), dated("2016-09-06", "Kerry/NNP/PERSON traveled/VBD/travel to/TO "
            + "Nairobi/NNP/LOCATION on/IN August/NNP/DATE 22/CD/DATE to/TO meet/VB/meet with/IN President/NNP Kenyatta/NNP/PERSON ./."));
        // an article without a publication date is anchored by the first full date it writes
        assertEquals(List.of("Kerry | Kenyatta | 2016-08-22"), dated("", "Travel/NN to/TO Kenya/NNP/LOCATION ,/, "
            + "August/NNP/DATE 22-September/NNP/DATE 5/CD/DATE ,/, 2016/CD/DATE", "Kerry/NNP/PERSON met/VBD/meet with/IN "
            + "Kenyatta/NNP/PERSON on/IN August/NNP/DATE 22/CD/DATE ./."));
        // a previous sentence's date, but not one of a plan
        assertEquals(List.of("Rumsfeld | Bouteflika | 2006-02-12"), dated("2006-02-12", "Rumsfeld/NNP/PERSON toured/VBD/tour "
            + "Algiers/NNP/LOCATION on/IN Feb./NNP/DATE 12/CD/DATE ./.", "Rumsfeld/NNP/PERSON met/VBD/meet with/IN "
            + "Bouteflika/NNP/PERSON ./."));
        assertEquals(List.of("Rumsfeld | Bouteflika | -"), dated("2006-02-12", "Rumsfeld/NNP/PERSON is/VBZ/be scheduled/VBN/schedule "
            + "to/TO meet/VB/meet the/DT king/NN tomorrow/NN/DATE ./.", "Rumsfeld/NNP/PERSON met/VBD/meet with/IN Bouteflika/NNP/PERSON ./."));
    }

    @Test
    void theSentencesSubjectDescribedStandsForThePersonBefore() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("Rumsfeld | Kwasniewski", "Rumsfeld | Miller"), pairs("Rumsfeld/NNP/PERSON arrived/VBD/arrive in/IN "
            + "Warsaw/NNP/LOCATION ./.", "The/DT secretary/NN stopped/VBD/stop by/IN the/DT presidential/JJ palace/NN this/DT morning/NN "
            + "to/TO meet/VB/meet with/IN President/NNP Kwasniewski/NNP/PERSON and/CC Prime/NNP Minister/NNP Miller/NNP/PERSON ./."));
        assertEquals(List.of("Work | Onodera"), pairs("Work/NNP/PERSON arrived/VBD/arrive in/IN Tokyo/NNP/LOCATION ./.",
            "The/DT deputy/JJ secretary/NN met/VBD/meet with/IN senior/JJ officials/NNS in/IN Tokyo/NNP/LOCATION ,/, including/VBG/include "
            + "Defense/NNP Minister/NNP Onodera/NNP/PERSON ./."));
        assertEquals(List.of("Gates | Liang"), pairs("Gates/NNP/PERSON landed/VBD/land in/IN Beijing/NNP/LOCATION ./.",
            "He/PRP later/RB sat/VBD/sit down/RP with/IN officials/NNS and/CC met/VBD/meet with/IN Liang/NNP/PERSON ./."));
        assertEquals(List.of("Gates | Liang"), pairs("Gates/NNP/PERSON and/CC Liang/NNP/PERSON shake/VBP/shake hands/NNS as/IN they/PRP "
            + "pose/VBP/pose for/IN the/DT press/NN ./."));
        // and two it must not: no person before to stand for; "his" is no subject
        assertEquals(List.of(), pairs("The/DT secretary/NN met/VBD/meet with/IN President/NNP Kwasniewski/NNP/PERSON ./."));
        assertEquals(List.of(), pairs("Rumsfeld/NNP/PERSON arrived/VBD/arrive ./.", "His/PRP$ aides/NNS later/RB met/VBD/meet with/IN "
            + "Kwasniewski/NNP/PERSON ./."));
    }

    @Test
    void aMeetingWithHisCounterpartThenTheSubject() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("Biegun | Lee Do-hoon"), pairs("Following/VBG/follow a/DT meeting/NN with/IN his/PRP$ South/JJ/LOCATION "
            + "Korean/JJ/MISC counterpart/NN Lee/NNP/PERSON Do-hoon/NNP/PERSON ,/, Biegun/NNP/PERSON said/VBD/say talks/NNS went/VBD/go well/RB ./."));
        assertEquals(List.of("Mattis | Izoria"), pairs("After/IN a/DT meeting/NN with/IN his/PRP$ counterpart/NN Izoria/NNP/PERSON ,/, "
            + "Mattis/NNP/PERSON spoke/VBD/speak ./."));
        assertEquals(List.of("Mohamed | Abiy", "Mohamed | Afwerki"), pairs("Mohamed/NNP/PERSON took/VBD/take part/NN in/IN a/DT three-way/JJ "
            + "summit/NN with/IN Abiy/NNP/PERSON and/CC Afwerki/NNP/PERSON ./."));
        assertEquals(List.of("Bachelet | Mandela"), pairs("After/IN a/DT meeting/NN with/IN her/PRP$ host/NN Mandela/NNP/PERSON ,/, "
            + "Bachelet/NNP/PERSON left/VBD/leave ./."));
        // and two it must not: a summit still to come; "his" with no subject after
        assertEquals(List.of(), pairs("Mohamed/NNP/PERSON will/MD attend/VB/attend a/DT summit/NN with/IN Abiy/NNP/PERSON next/JJ week/NN ./."));
        assertEquals(List.of(), pairs("A/DT meeting/NN with/IN his/PRP$ counterpart/NN Izoria/NNP/PERSON was/VBD/be cancelled/VBN/cancel ./."));
    }
    @Test
    void aMeetingAfterATripToldWithoutTheNameTakesTheTripsDate() {
        String nairobi = "Kerry/NNP/PERSON met/VBD/meet Kenyatta/NNP/PERSON in/IN Nairobi/NNP/LOCATION on/IN August/NNP/DATE 22/CD/DATE ./.";
        assertEquals(List.of("Kerry | Buhari | 2016-08-23", "Kerry | Kenyatta | 2016-08-22"), dated("2016-08-30", nairobi,
            "The/DT Secretary/NNP traveled/VBD/travel to/TO Abuja/NNP/LOCATION ,/, Nigeria/NNP/LOCATION ,/, on/IN August/NNP/DATE "
            + "23/CD/DATE ./.", "He/PRP met/VBD/meet with/IN President/NNP Buhari/NNP/PERSON ./."));
        assertEquals(List.of("Kerry | Buhari | 2016-08-24", "Kerry | Kenyatta | 2016-08-22"), dated("2016-08-30", nairobi,
            "He/PRP flew/VBD/fly to/TO Abuja/NNP/LOCATION on/IN August/NNP/DATE 24/CD/DATE ./.", "He/PRP met/VBD/meet with/IN "
            + "President/NNP Buhari/NNP/PERSON ./."));
        assertEquals(List.of("Kerry | Buhari | 2016-08-25", "Kerry | Kenyatta | 2016-08-22"), dated("2016-08-30", nairobi,
            "The/DT Secretary/NNP arrived/VBD/arrive in/IN Abuja/NNP/LOCATION on/IN August/NNP/DATE 25/CD/DATE ./.", "There/RB he/PRP "
            + "met/VBD/meet with/IN President/NNP Buhari/NNP/PERSON ./."));
        // and two it must not: a date the subject only talks about; a trip sentence about someone named
        assertEquals(List.of("Kerry | Buhari | 2016-08-22", "Kerry | Kenyatta | 2016-08-22"), dated("2016-08-30", nairobi,
            "The/DT Secretary/NNP said/VBD/say ties/NNS grew/VBD/grow after/IN the/DT Sept./NNP/DATE 11/CD/DATE ,/, 2001/CD/DATE ,/, "
            + "attacks/NNS ./.", "He/PRP met/VBD/meet with/IN President/NNP Buhari/NNP/PERSON ./."));
        assertEquals(List.of("Kerry | Buhari | 2016-08-22", "Kerry | Kenyatta | 2016-08-22"), dated("2016-08-30", nairobi,
            "Rice/NNP/PERSON traveled/VBD/travel to/TO Abuja/NNP/LOCATION on/IN August/NNP/DATE 23/CD/DATE ./.", "Kerry/NNP/PERSON "
            + "met/VBD/meet with/IN President/NNP Buhari/NNP/PERSON ./."));
    }
}
