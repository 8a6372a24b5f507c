package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.testing.HandAnnotated;

/** Visits on hand-annotated sentences: no model is loaded. */
class VisitCueTest {
    private static List<String> visits(String published, String... sentences) {
        return HandAnnotated.facts(published, sentences).facts(Fact.Visit.class).stream().map(v -> v.person().text() + " | " + v.country()).sorted()
            .toList();
    }

    @Test
    void aListOfDestinationsWithPlacesNewskgDoesNotKnow() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("Blinken | IL", "Blinken | IN", "Blinken | JO", "Blinken | PS"), visits("2023-11-11", "Blinken/NNP/PERSON traveled/VBD/travel "
            + "to/TO Tel/NNP Aviv/NNP ,/, Israel/NNP/LOCATION ;/: Amman/NNP/LOCATION ,/, Jordan/NNP/LOCATION ;/: Ramallah/NNP/LOCATION ;/: "
            + "and/CC New/NNP Delhi/NNP ,/, India/NNP/LOCATION ./."));
        assertEquals(List.of("Kerry | NG"), visits("2016-08-30", "Kerry/NNP/PERSON traveled/VBD/travel to/TO Sokoto/NNP ,/, and/CC "
            + "Abuja/NNP ,/, Nigeria/NNP/LOCATION ./."));
        assertEquals(List.of("Kerry | SA"), visits("2016-08-30", "Kerry/NNP/PERSON traveled/VBD/travel to/TO Jeddah/NNP ,/, "
            + "Saudi/NNP/LOCATION Arabia/NNP/LOCATION ,/, for/IN talks/NNS ./."));
        assertEquals(List.of("Biegun | JP", "Biegun | KR"), visits("2018-12-20", "Biegun/NNP/PERSON traveled/VBD/travel to/TO Seoul/NNP ,/, "
            + "the/DT Republic/NNP of/IN Korea/NNP (/-LRB- ROK/NNP )/-RRB- ;/: and/CC Tokyo/NNP ,/, Japan/NNP/LOCATION ./."));
        // the list's last place after "the", behind places newskg does not know
        assertEquals(List.of("Work | JP", "Work | KR"), visits("2015-08-24", "Work/NNP/PERSON visited/VBD/visit Japan/NNP/LOCATION ,/, "
            + "concluding/VBG/conclude a/DT tour/NN that/WDT also/RB included/VBD/include visits/NNS/visit to/TO Guam/NNP ,/, Hawaii/NNP ,/, "
            + "and/CC the/DT Republic/NNP of/IN Korea/NNP ./."));
        // and two it must not: an unknown word not in a list; a trip planned
        assertEquals(List.of(), visits("2016-08-30", "Kerry/NNP/PERSON traveled/VBD/travel to/TO Sokoto/NNP to/TO meet/VB/meet "
            + "leaders/NNS ./."));
        assertEquals(List.of(), visits("2016-08-30", "Kerry/NNP/PERSON will/MD travel/VB to/TO Abuja/NNP ,/, Nigeria/NNP/LOCATION ./."));
    }

    @Test
    void anOfficialAtADatelineAbroad() {
        // the sentence, and three variants
        assertEquals(List.of("Donald H. Rumsfeld | VN"), visits("2006-06-05", "HANOI/NNP ,/, Vietnam/NNP/LOCATION ,/, June/NNP/DATE 5/CD/DATE ,/, "
            + "2006/CD/DATE --/: Defense/NNP Secretary/NNP Donald/NNP/PERSON H./NNP/PERSON Rumsfeld/NNP/PERSON said/VBD/say today/NN "
            + "that/IN ties/NNS are/VBP/be growing/VBG/grow ./."));
        assertEquals(List.of("William Cohen | ID"), visits("1998-01-16", "JAKARTA/NNP ,/, Indonesia/NNP/LOCATION ,/, Jan./NNP/DATE 16/CD/DATE ,/, "
            + "1998/CD/DATE --/: Secretary/NNP of/IN Defense/NNP William/NNP/PERSON Cohen/NNP/PERSON met/VBD/meet officials/NNS here/RB ./."));
        assertEquals(List.of("Joe Dunford | EG"), visits("2016-05-17", "CAIRO/NNP ,/, Egypt/NNP/LOCATION ,/, May/NNP/DATE 17/CD/DATE ,/, "
            + "2016/CD/DATE --/: Chairman/NNP of/IN the/DT Joint/NNP Chiefs/NNP of/IN Staff/NNP Joe/NNP/PERSON Dunford/NNP/PERSON "
            + "spoke/VBD/speak today/NN ./."));
        assertEquals(List.of("Lloyd Austin | IN"), visits("2021-03-20", "NEW/NNP DELHI/NNP ,/, March/NNP/DATE 20/CD/DATE ,/, 2021/CD/DATE --/: "
            + "Secretary/NNP of/IN Defense/NNP Lloyd/NNP/PERSON Austin/NNP/PERSON said/VBD/say today/NN ./."));
        // and two it must not: an official at home; a person whose country nothing tells
        assertEquals(List.of(), visits("2017-11-13", "WASHINGTON/NNP ,/, Nov./NNP/DATE 13/CD/DATE ,/, 2017/CD/DATE --/: Defense/NNP "
            + "Secretary/NNP Jim/NNP/PERSON Mattis/NNP/PERSON said/VBD/say today/NN ./."));
        assertEquals(List.of(), visits("2006-06-05", "HANOI/NNP ,/, Vietnam/NNP/LOCATION ,/, June/NNP/DATE 5/CD/DATE ,/, 2006/CD/DATE --/: "
            + "John/NNP/PERSON Smith/NNP/PERSON said/VBD/say today/NN that/IN ties/NNS are/VBP/be growing/VBG/grow ./."));
    }

    @Test
    void stopsAndArrivalsIn() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("Cohen | MY", "Cohen | SG", "Cohen | TH"), visits("1998-01-16", "Cohen/NNP/PERSON 's/POS schedule/NN "
            + "included/VBD/include stops/NNS/stop in/IN Malaysia/NNP/LOCATION ,/, Singapore/NNP/LOCATION and/CC Thailand/NNP/LOCATION ./."));
        assertEquals(List.of("Iwasaki | US"), visits("2013-04-30", "Iwasaki/NNP/PERSON was/VBD/be greeted/VBN/greet upon/IN his/PRP$ "
            + "arrival/NN in/IN the/DT United/NNP/LOCATION States/NNP/LOCATION ./."));
        assertEquals(List.of("Gates | VN"), visits("2010-10-11", "During/IN a/DT stopover/NN in/IN Hanoi/NNP/LOCATION ,/, Gates/NNP/PERSON "
            + "spoke/VBD/speak to/TO troops/NNS ./."));
        assertEquals(List.of("Mattis | JP"), visits("2017-02-03", "Mattis/NNP/PERSON made/VBD/make a/DT brief/JJ stop/NN in/IN "
            + "Tokyo/NNP/LOCATION ./."));
        // and two it must not: a stop planned; a bus stop
        assertEquals(List.of(), visits("2017-02-03", "Mattis/NNP/PERSON will/MD make/VB/make a/DT stop/NN in/IN Tokyo/NNP/LOCATION ./."));
        assertEquals(List.of(), visits("2017-02-03", "The/DT bus/NN stop/NN in/IN the/DT village/NN was/VBD/be closed/VBN/close ./."));
    }

    @Test
    void aTripPagesHeadline() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("John Kerry | IN", "John Kerry | KE", "John Kerry | NG"), visits("2016-09-06", "Travel/NN to/TO Kenya/NNP/LOCATION ,/, "
            + "Nigeria/NNP/LOCATION and/CC India/NNP/LOCATION", "Secretary/NNP John/NNP/PERSON Kerry/NNP/PERSON met/VBD/meet leaders/NNS ./."));
        assertEquals(List.of("Antony Blinken | JP"), visits("2023-11-11", "Trip/NN to/TO Japan/NNP/LOCATION", "Antony/NNP/PERSON Blinken/NNP/PERSON spoke/VBD/speak ./."));
        assertEquals(List.of("Austin | AU"), visits("2023-07-29", "Visit/NN to/TO Australia/NNP/LOCATION", "Reporters/NNS waited/VBD/wait ./.",
            "Austin/NNP/PERSON arrived/VBD/arrive ./."));
        assertEquals(List.of("Donald Rumsfeld | DZ", "Donald Rumsfeld | MA"), visits("2006-02-12", "Travel/NN to/TO Algeria/NNP/LOCATION and/CC "
            + "Morocco/NNP/LOCATION", "Donald/NNP/PERSON Rumsfeld/NNP/PERSON spoke/VBD/speak ./."));
        // and two it must not: a headline sentence that is not the first; a travel advisory with no traveller
        assertEquals(List.of(), visits("2016-09-06", "Kerry/NNP/PERSON spoke/VBD/speak ./.", "Travel/NN to/TO Kenya/NNP/LOCATION "
            + "was/VBD/be discussed/VBN/discuss ./."));
        assertEquals(List.of(), visits("2016-09-06", "Travel/NN to/TO Kenya/NNP/LOCATION", "The/DT advisory/NN remains/VBZ/remain ./."));
    }

    @Test
    void anOfficialAtAnUndatedDatelineAbroad() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("Tomasz Siemoniak | AF"), visits("2012-07-20", "GHAZNI/NNP PROVINCE/NNP ,/, Afghanistan/NNP/LOCATION –/: "
            + "It/PRP was/VBD/be a/DT fitting/JJ day/NN for/IN Poland/NNP/LOCATION 's/POS Minister/NNP of/IN Defense/NNP ,/, "
            + "Tomasz/NNP/PERSON Siemoniak/NNP/PERSON to/TO visit/VB/visit Polish/JJ/MISC soldiers/NNS/soldier ./."));
        assertEquals(List.of("Lloyd Austin | JP"), visits("2021-03-16", "TOKYO/NNP –/: Secretary/NNP of/IN Defense/NNP Lloyd/NNP/PERSON "
            + "Austin/NNP/PERSON spoke/VBD/speak to/TO reporters/NNS ./."));
        assertEquals(List.of("Jim Mattis | IQ"), visits("2017-02-20", "BAGHDAD/NNP ,/, Iraq/NNP/LOCATION --/: Defense/NNP Secretary/NNP "
            + "Jim/NNP/PERSON Mattis/NNP/PERSON said/VBD/say the/DT coalition/NN will/MD stay/VB/stay ./."));
        assertEquals(List.of("Ash Carter | IN"), visits("2016-04-12", "NEW/NNP DELHI/NNP –/: Defense/NNP Secretary/NNP Ash/NNP/PERSON "
            + "Carter/NNP/PERSON met/VBD/meet officials/NNS ./."));
        // and two it must not: a capitalised headline word, not a dateline; an official at home
        assertEquals(List.of(), visits("2016-04-12", "BREAKING/NNP –/: Defense/NNP Secretary/NNP Ash/NNP/PERSON Carter/NNP/PERSON "
            + "spoke/VBD/speak ./."));
        assertEquals(List.of(), visits("2016-04-12", "WASHINGTON/NNP –/: Defense/NNP Secretary/NNP Ash/NNP/PERSON Carter/NNP/PERSON "
            + "spoke/VBD/speak ./."));
    }

    @Test
    void aDatelineUnderAPagesHeaderLines() {
        // a scraped page: headline, unit, date, headline again, byline, unit, then the dateline (the 7th line)
        String[] header = {"Minister/NNP visits/VBZ/visit Afghanistan/NNP/LOCATION", "Combined/NNP Joint/NNP Task/NNP Force/NNP 101/CD",
            "Date/NN :/: 08.01.2013/CD", "Minister/NNP visits/VBZ/visit Afghanistan/NNP/LOCATION", "By/IN Staff/NNP Sgt./NNP Ann/NNP/PERSON "
                + "Roe/NNP/PERSON", "Task/NNP Force/NNP White/NNP Eagle/NNP"};
        String dateline = "GHAZNI/NNP PROVINCE/NNP ,/, Afghanistan/NNP/LOCATION –/: It/PRP was/VBD/be a/DT fitting/JJ day/NN for/IN "
            + "Poland/NNP/LOCATION 's/POS Minister/NNP of/IN Defense/NNP ,/, Tomasz/NNP/PERSON Siemoniak/NNP/PERSON to/TO visit/VB/visit "
            + "Polish/JJ/MISC soldiers/NNS/soldier ./.";
        java.util.List<String> lines = new java.util.ArrayList<>(List.of(header));
        lines.add(dateline);
        assertEquals(List.of("Tomasz Siemoniak | AF"), HandAnnotated.factsOnLines("2013-08-01", lines.toArray(String[]::new)).facts(Fact.Visit.class).stream()
            .map(v -> v.person().text() + " | " + v.country()).toList());
        // and past ten lines a line that looks like a dateline is part of the story, not its dateline
        java.util.List<String> deep = new java.util.ArrayList<>(lines.subList(0, 6));
        for (int i = 0; i < 4; i++) {
            deep.add("The/DT soldiers/NNS trained/VBD/train ./.");
        }
        deep.add(dateline);
        assertEquals(List.of(), HandAnnotated.factsOnLines("2013-08-01", deep.toArray(String[]::new)).facts(Fact.Visit.class).stream()
            .filter(v -> v.evidence().rule().startsWith("dateline")).map(v -> v.person().text()).toList());
    }

    @Test
    void aGuestWelcomedToAPlace() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("Joseph Dunford | EG"), visits("2016-02-21", "Soldiers/NNS welcomed/VBD/welcome General/NNP Joseph/NNP/PERSON "
            + "Dunford/NNP/PERSON ,/, Chairman/NNP of/IN the/DT Joint/NNP Chiefs/NNP ,/, to/TO El/NNP Gorah/NNP ,/, Egypt/NNP/LOCATION ./."));
        assertEquals(List.of("Kosiniak-Kamysz | US"), visits("2025-03-20", "Hegseth/NNP/PERSON welcomed/VBD/welcome Kosiniak-Kamysz/NNP/PERSON "
            + "to/TO the/DT Pentagon/NNP/LOCATION today/NN ./."));
        assertEquals(List.of("Shinzo Abe | US"), visits("2017-02-10", "Trump/NNP/PERSON greeted/VBD/greet Shinzo/NNP/PERSON Abe/NNP/PERSON "
            + "to/TO Washington/NNP/LOCATION ./."));
        assertEquals(List.of("Modi | US"), visits("2017-06-26", "Officials/NNS received/VBD/receive Prime/NNP Minister/NNP Modi/NNP/PERSON "
            + "to/TO the/DT White/NNP House/NNP ./."));
        // and two it must not: a welcome to come; welcomed to a post, not a place
        assertEquals(List.of(), visits("2017-06-26", "Officials/NNS will/MD welcome/VB/welcome Modi/NNP/PERSON to/TO Washington/NNP/LOCATION ./."));
        assertEquals(List.of(), visits("2017-06-26", "The/DT board/NN welcomed/VBD/welcome Smith/NNP/PERSON to/TO the/DT team/NN ./."));
    }

    @Test
    void lookingForwardToATripIsNoTrip() {
        assertEquals(List.of(), visits("2017-04-21", "Mattis/NNP/PERSON looks/VBZ/look forward/RB to/TO visiting/VBG/visit Cairo/NNP/LOCATION ./."));
        assertEquals(List.of(), visits("2017-04-21", "Mattis/NNP/PERSON said/VBD/say he/PRP looks/VBZ/look forward/RB to/TO visiting/VBG/visit "
            + "Egypt/NNP/LOCATION ./."));
        // a trip made still counts
        assertEquals(List.of("Mattis | EG"), visits("2017-04-21", "Mattis/NNP/PERSON visited/VBD/visit Cairo/NNP/LOCATION ./."));
    }
}
