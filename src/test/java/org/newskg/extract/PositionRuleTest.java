package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.testing.HandAnnotated;

/**
 * Position rules on hand-annotated sentences (no model loaded): for each, the sentence it was
 * written for, three variants it must catch and two it must not.
 */
class PositionRuleTest {
    private static final String DOD = "U.S. Department of Defense";

    /** "person | title | country" for the positions of the persons named, under a header ("" for none). */
    private static List<String> held(String header, String sentence, String... persons) {
        List<String> who = List.of(persons);
        return HandAnnotated.factsUnder(header, "2017-08-31", sentence).facts(Fact.Position.class).stream()
            .filter(p -> who.isEmpty() || who.contains(p.person().text()))
            .map(p -> p.person().text() + " | " + p.title() + " | " + p.country().orElse("-")).sorted().toList();
    }

    @Test
    void aServiceBeforeTheRankIsThePublishersService() {
        assertEquals(List.of("Ann Roe | Commander of Task Force Falcon | US"), held(DOD, "Army/NNP Maj./NNP Gen./NNP Ann/NNP/PERSON "
            + "Roe/NNP/PERSON ,/, commander/NN of/IN Task/NNP Force/NNP Falcon/NNP ,/, spoke/VBD/speak ./."));
        assertEquals(List.of("Cody Blake | Squadron Commander | US"), held("By Sgt. Joshua Dodds, 116th Public Affairs Detachment",
            "said/VBD/say Air/NNP Force/NNP Lt./NNP Col./NNP Cody/NNP/PERSON Blake/NNP/PERSON ,/, Squadron/NNP Commander/NNP ./."));
        assertEquals(List.of("Craishod Norris | Foreign Liaison Officer | US"), held("", "Among/IN them/PRP was/VBD/be U.S./NNP/LOCATION "
            + "Army/NNP Staff/NNP Sgt./NNP Craishod/NNP/PERSON Norris/NNP/PERSON ,/, a/DT Foreign/NNP Liaison/NNP Officer/NNP "
            + "assigned/VBN/assign to/TO the/DT task/NN force/NN ./."));
        assertEquals(List.of("Ali Kaya | Commander of Task Force Falcon | TR"), held(DOD, "Turkish/JJ/MISC Army/NNP Col./NNP "
            + "Ali/NNP/PERSON Kaya/NNP/PERSON ,/, commander/NN of/IN Task/NNP Force/NNP Falcon/NNP ,/, spoke/VBD/speak ./."));
        // and two it must not: no publisher says whose army; a rank with no service named
        assertEquals(List.of("Ann Roe | Commander of Task Force Falcon | -"), held("", "Army/NNP Maj./NNP Gen./NNP Ann/NNP/PERSON "
            + "Roe/NNP/PERSON ,/, commander/NN of/IN Task/NNP Force/NNP Falcon/NNP ,/, spoke/VBD/speak ./."));
        assertEquals(List.of("Al Dohrmann | Commander of Task Force Falcon | -"), held(DOD, "Brig./NNP Gen./NNP Al/NNP/PERSON "
            + "Dohrmann/NNP/PERSON ,/, commander/NN of/IN Task/NNP Force/NNP Falcon/NNP ,/, spoke/VBD/speak ./."));
    }

    @Test
    void oneTitleOverAnAndOrATo() {
        assertEquals(List.of("Wladyslaw Kosiniak | Deputy Prime Minister and Defense Minister | PL"), held("", "Hegseth/NNP/PERSON "
            + "welcomed/VBD/welcome Poland/NNP/LOCATION 's/POS Deputy/NNP Prime/NNP Minister/NNP and/CC Defense/NNP Minister/NNP "
            + "Wladyslaw/NNP/PERSON Kosiniak/NNP/PERSON ./.", "Wladyslaw Kosiniak"));
        assertEquals(List.of("Luhut Pandjaitan | Coordinating Minister for Maritime Affairs and Investment | ID"), held("",
            "Indonesian/JJ/MISC Coordinating/NNP Minister/NNP for/IN Maritime/NNP Affairs/NNP and/CC Investment/NNP Luhut/NNP/PERSON "
            + "Pandjaitan/NNP/PERSON spoke/VBD/speak ./."));
        assertEquals(List.of("John Keane | Ambassador to Paraguay | US"), held("", "U.S./NNP/LOCATION Ambassador/NNP to/TO "
            + "Paraguay/NNP/LOCATION John/NNP/PERSON Keane/NNP/PERSON also/RB attended/VBD/attend ./."));
        assertEquals(List.of("Tod Wolters | Commander of NATO Allied Air Command and U.S. Air Forces | US"), held("", "said/VBD/say "
            + "Gen./NNP Tod/NNP/PERSON Wolters/NNP/PERSON ,/, commander/NN of/IN NATO/NNP/ORGANIZATION Allied/NNP Air/NNP Command/NNP "
            + "and/CC U.S./NNP/LOCATION Air/NNP Forces/NNPS in/IN Europe/NNP/LOCATION ./."));
        // and two it must not: a country before the "and"; a name before the title
        assertEquals(List.of("Ali Khan | Defense Minister | -"), held("", "He/PRP flew/VBD/fly to/TO Pakistan/NNP/LOCATION and/CC "
            + "Defense/NNP Minister/NNP Ali/NNP/PERSON Khan/NNP/PERSON met/VBD/meet him/PRP ./."));
        assertEquals(List.of("Lee Hsien Loong | Prime Minister | SG"), held("", "Speaking/VBG/speak alongside/IN Singapore/NNP/LOCATION "
            + "'s/POS Prime/NNP Minister/NNP Lee/NNP/PERSON Hsien/NNP/PERSON Loong/NNP/PERSON ,/, Harris/NNP/PERSON stressed/VBD/stress "
            + "ties/NNS ./."));
    }

    @Test
    void theCountryWrittenRightAfterTheName() {
        assertEquals(List.of("Abdul Fattah el-Sisi | President | EG"), held("", "Mattis/NNP/PERSON met/VBD/meet President/NNP "
            + "Abdul/NNP/PERSON Fattah/NNP/PERSON el-Sisi/NNP/PERSON of/IN Egypt/NNP/LOCATION today/NN ./.", "Abdul Fattah el-Sisi"));
        assertEquals(List.of("Ozgur Ozkurt | Defense Attache | TR"), held("", "Defense/NNP Attache/NNP Ozgur/NNP/PERSON "
            + "Ozkurt/NNP/PERSON of/IN the/DT Turkish/JJ/MISC Army/NNP signed/VBD/sign ./."));
        assertEquals(List.of("Ana Pop | Foreign Minister | RO"), held("", "Foreign/NNP Minister/NNP Ana/NNP/PERSON Pop/NNP/PERSON "
            + "of/IN Romania/NNP/LOCATION said/VBD/say so/RB ./."));
        assertEquals(List.of("Ana Pop | Foreign Minister | RO"), held("", "Foreign/NNP Minister/NNP Ana/NNP/PERSON Pop/NNP/PERSON "
            + "of/IN the/DT Romania/NNP/LOCATION delegation/NN said/VBD/say so/RB ./."));
        // and two it must not: an "of" that names no country; a country further on
        assertEquals(List.of("John Smith | President | -"), held("", "President/NNP John/NNP/PERSON Smith/NNP/PERSON of/IN the/DT "
            + "Rotary/NNP Club/NNP spoke/VBD/speak ./."));
        assertEquals(List.of("Ali Khan | Defense Minister | -"), held("", "Defense/NNP Minister/NNP Ali/NNP/PERSON Khan/NNP/PERSON "
            + "spoke/VBD/speak of/IN Egypt/NNP/LOCATION ./."));
    }

    @Test
    void aPluralTitleIsEachListedPersonsTitle() {
        assertEquals(List.of("Alain Richard | Defense Minister | FR", "George Robertson | Defense Minister | GB",
            "Rudolf Scharping | Defense Minister | DE"), held("", "He/PRP will/MD meet/VB/meet with/IN Defense/NNP Ministers/NNPS "
            + "George/NNP/PERSON Robertson/NNP/PERSON of/IN Britain/NNP/LOCATION ,/, Alain/NNP/PERSON Richard/NNP/PERSON of/IN "
            + "France/NNP/LOCATION and/CC Rudolf/NNP/PERSON Scharping/NNP/PERSON of/IN Germany/NNP/LOCATION ./."));
        assertEquals(List.of("Ann Lee | Foreign Secretary | -", "Bo Chan | Foreign Secretary | -"), held("", "Foreign/NNP "
            + "Secretaries/NNPS Ann/NNP/PERSON Lee/NNP/PERSON and/CC Bo/NNP/PERSON Chan/NNP/PERSON met/VBD/meet ./."));
        assertEquals(List.of("Ama Owusu | President | GH", "Faure Eyadema | President | TG"), held("", "Presidents/NNPS Ama/NNP/PERSON "
            + "Owusu/NNP/PERSON of/IN Ghana/NNP/LOCATION and/CC Faure/NNP/PERSON Eyadema/NNP/PERSON of/IN Togo/NNP/LOCATION "
            + "signed/VBD/sign ./."));
        assertEquals(List.of("Ann Lee | Army Chief | -", "Bo Chan | Army Chief | -", "Cy Park | Army Chief | -"), held("", "Army/NNP "
            + "Chiefs/NNPS Ann/NNP/PERSON Lee/NNP/PERSON ,/, Bo/NNP/PERSON Chan/NNP/PERSON ,/, and/CC Cy/NNP/PERSON Park/NNP/PERSON "
            + "met/VBD/meet ./."));
        // and two it must not: a name after other words than a list; a singular title
        assertEquals(List.of("George Robertson | Defense Minister | GB"), held("", "Defense/NNP Ministers/NNPS George/NNP/PERSON "
            + "Robertson/NNP/PERSON of/IN Britain/NNP/LOCATION met/VBD/meet with/IN Alain/NNP/PERSON Richard/NNP/PERSON ./."));
        assertEquals(List.of("George Robertson | Defense Minister | -"), held("", "Defense/NNP Minister/NNP George/NNP/PERSON "
            + "Robertson/NNP/PERSON and/CC Alain/NNP/PERSON Richard/NNP/PERSON met/VBD/meet ./."));
    }

    @Test
    void aCountryAfterACommandWordSaysWhereTheCommandIs() {
        assertEquals(List.of("Karl Eikenberry | Commander of Combined Forces Command Afghanistan | US"), held(DOD, "Army/NNP Lt./NNP "
            + "Gen./NNP Karl/NNP/PERSON Eikenberry/NNP/PERSON ,/, commander/NN of/IN Combined/NNP Forces/NNP Command/NNP "
            + "Afghanistan/NNP/LOCATION ,/, spoke/VBD/speak ./."));
        assertEquals(List.of("Ann Roe | Commander of Multinational Force Iraq | US"), held(DOD, "Army/NNP Gen./NNP Ann/NNP/PERSON "
            + "Roe/NNP/PERSON ,/, commander/NN of/IN Multinational/NNP Force/NNP Iraq/NNP/LOCATION ,/, spoke/VBD/speak ./."));
        assertEquals(List.of("Ann Roe | Commander of Combined Forces Command Afghanistan | -"), held("", "Gen./NNP Ann/NNP/PERSON "
            + "Roe/NNP/PERSON ,/, commander/NN of/IN Combined/NNP Forces/NNP Command/NNP Afghanistan/NNP/LOCATION ,/, spoke/VBD/speak ./."));
        assertEquals(List.of("Ann Roe | Commander of U.S. Forces Korea | US"), held("", "Gen./NNP Ann/NNP/PERSON Roe/NNP/PERSON ,/, "
            + "commander/NN of/IN U.S./NNP/LOCATION Forces/NNP Korea/NNP/LOCATION ,/, spoke/VBD/speak ./."));
        // and two it must not: a country that is the body's own; a country after "for" stays the domain
        assertEquals(List.of("Ann Roe | Commander of the Afghan National Army | AF"), held("", "Gen./NNP Ann/NNP/PERSON Roe/NNP/PERSON "
            + ",/, commander/NN of/IN the/DT Afghan/JJ/MISC National/NNP Army/NNP ,/, spoke/VBD/speak ./."));
        assertEquals(List.of("Ann Roe | Envoy for Syria | -"), held("", "Ann/NNP/PERSON Roe/NNP/PERSON ,/, envoy/NN for/IN "
            + "Syria/NNP/LOCATION ,/, spoke/VBD/speak ./."));
    }

    @Test
    void bodiesAfterFurtherCommasSayWhoseThePostIs() {
        assertEquals(List.of("Shigeru Iwasaki | Chief of Staff | JP"), held("", "General/NNP Shigeru/NNP/PERSON Iwasaki/NNP/PERSON ,/, "
            + "Chief/NNP of/IN Staff/NNP ,/, Joint/NNP Staff/NNP ,/, Japan/NNP/LOCATION Self-Defense/NNP Forces/NNPS was/VBD/be "
            + "greeted/VBN/greet ./."));
        assertEquals(List.of("Ann Roe | Director | PL"), held("", "Ann/NNP/PERSON Roe/NNP/PERSON ,/, director/NN ,/, Joint/NNP "
            + "Staff/NNP ,/, Polish/JJ/MISC Armed/NNP Forces/NNPS ,/, spoke/VBD/speak ./."));
        assertEquals(List.of("Ann Roe | Spokeswoman | EE"), held("", "Ann/NNP/PERSON Roe/NNP/PERSON ,/, spokeswoman/NN ,/, Press/NNP "
            + "Office/NNP ,/, Estonian/JJ/MISC Defence/NNP Forces/NNPS ,/, said/VBD/say so/RB ./."));
        assertEquals(List.of("Ann Roe | Director | DE"), held("", "Ann/NNP/PERSON Roe/NNP/PERSON ,/, director/NN ,/, Joint/NNP "
            + "Staff/NNP ,/, Training/NNP Command/NNP ,/, German/JJ/MISC Army/NNP ,/, spoke/VBD/speak ./."));
        // and two it must not: a country past three bodies; a clause, not a body, after the comma
        assertEquals(List.of("Ann Roe | Director | -"), held("", "Ann/NNP/PERSON Roe/NNP/PERSON ,/, director/NN ,/, Joint/NNP Staff/NNP "
            + ",/, Training/NNP Command/NNP ,/, Alpha/NNP Unit/NNP ,/, Polish/JJ/MISC Armed/NNP Forces/NNPS ,/, spoke/VBD/speak ./."));
        assertEquals(List.of("Ann Roe | Director | -"), held("", "Ann/NNP/PERSON Roe/NNP/PERSON ,/, director/NN ,/, Joint/NNP Staff/NNP "
            + ",/, and/CC Japan/NNP/LOCATION 's/POS envoy/NN spoke/VBD/speak ./."));
    }

    @Test
    void anUnmarkedSpokespersonOfAGovernmentReleaseSpeaksForIt() {
        String state = "U.S. Department of State";
        assertEquals(List.of("Ned Price | Spokesperson | US"), held(state, "The/DT below/NN is/VBZ/be attributable/JJ to/TO "
            + "Spokesperson/NNP Ned/NNP/PERSON Price/NNP/PERSON :/:"));
        assertEquals(List.of("Ann Roe | Spokeswoman | US"), held(state, "Spokeswoman/NNP Ann/NNP/PERSON Roe/NNP/PERSON said/VBD/say "
            + "so/RB ./."));
        assertEquals(List.of("Jeff Davis | Spokesman | US"), held(DOD, "Spokesman/NNP Jeff/NNP/PERSON Davis/NNP/PERSON told/VBD/tell "
            + "reporters/NNS ./."));
        assertEquals(List.of("Jeff Davis | Spokesman | GB"), held(DOD, "British/JJ/MISC Spokesman/NNP Jeff/NNP/PERSON Davis/NNP/PERSON "
            + "told/VBD/tell reporters/NNS ./."));
        // and two it must not: no government publisher; another office, whose holder is no actor of the story
        assertEquals(List.of("Ned Price | Spokesperson | -"), held("", "The/DT below/NN is/VBZ/be attributable/JJ to/TO "
            + "Spokesperson/NNP Ned/NNP/PERSON Price/NNP/PERSON :/:"));
        assertEquals(List.of("Ali Khan | Prime Minister | -"), held(state, "Prime/NNP Minister/NNP Ali/NNP/PERSON Khan/NNP/PERSON "
            + "said/VBD/say so/RB ./."));
    }

    @Test
    void theCountrysTitleAtADatelineIsThatCountrys() {
        String dateline = "SANTIAGO/NNP ,/, Chile/NNP/LOCATION ,/, Oct./NNP/DATE 5/CD/DATE ,/, 2007/CD/DATE --/: ";
        assertEquals(List.of("Michelle Bachelet | President | CL"), held("", dateline + "Gates/NNP/PERSON will/MD meet/VB/meet the/DT "
            + "country/NN 's/POS president/NN ,/, Michelle/NNP/PERSON Bachelet/NNP/PERSON ,/, today/NN ./.", "Michelle Bachelet"));
        assertEquals(List.of("Jose Goni | Defense Minister | CL"), held("", dateline + "He/PRP met/VBD/meet the/DT nation/NN 's/POS "
            + "defense/NN minister/NN ,/, Jose/NNP/PERSON Goni/NNP/PERSON ,/, today/NN ./.", "Jose Goni"));
        assertEquals(List.of("Ana Soto | Foreign Minister | CL"), held("", dateline + "The/DT country/NN 's/POS foreign/JJ minister/NN "
            + ",/, Ana/NNP/PERSON Soto/NNP/PERSON ,/, spoke/VBD/speak ./.", "Ana Soto"));
        // and two it must not: no dateline says which country; a company's president
        assertEquals(List.of("Michelle Bachelet | President | -"), held("", "Gates/NNP/PERSON will/MD meet/VB/meet the/DT country/NN "
            + "'s/POS president/NN ,/, Michelle/NNP/PERSON Bachelet/NNP/PERSON ,/, today/NN ./.", "Michelle Bachelet"));
        assertEquals(List.of("Ana Soto | President | -"), held("", dateline + "The/DT company/NN 's/POS president/NN ,/, "
            + "Ana/NNP/PERSON Soto/NNP/PERSON ,/, spoke/VBD/speak ./.", "Ana Soto"));
    }

    /** "person | title | country" from several sentences. */
    private static List<String> heldIn(String person, String... sentences) {
        return HandAnnotated.facts("2016-08-30", sentences).facts(Fact.Position.class).stream().filter(p -> p.person().text().equals(person))
            .map(p -> p.person().text() + " | " + p.title() + " | " + p.country().orElse("-")).sorted().toList();
    }

    @Test
    void aHostServesTheCountryOfTheVisitReportedNearestBeforeTheMeeting() {
        assertEquals(List.of("Buhari | President | NG"), heldIn("Buhari", "Kerry/NNP/PERSON traveled/VBD/travel to/TO Nairobi/NNP ,/, "
            + "Kenya/NNP/LOCATION ./.", "Kerry/NNP/PERSON then/RB traveled/VBD/travel to/TO Abuja/NNP ,/, Nigeria/NNP/LOCATION ./.",
            "Kerry/NNP/PERSON met/VBD/meet with/IN President/NNP Buhari/NNP/PERSON ./."));
        assertEquals(List.of("Buhari | President | NG"), heldIn("Buhari", "Kerry/NNP/PERSON visited/VBD/visit Kenya/NNP/LOCATION ./.",
            "Kerry/NNP/PERSON arrived/VBD/arrive in/IN Nigeria/NNP/LOCATION ./.", "Kerry/NNP/PERSON met/VBD/meet with/IN "
            + "President/NNP Buhari/NNP/PERSON ./."));
        assertEquals(List.of("Kenyatta | President | KE"), heldIn("Kenyatta", "Kerry/NNP/PERSON traveled/VBD/travel to/TO Nairobi/NNP ,/, "
            + "Kenya/NNP/LOCATION ./.", "Kerry/NNP/PERSON met/VBD/meet with/IN President/NNP Kenyatta/NNP/PERSON ./.",
            "Kerry/NNP/PERSON then/RB traveled/VBD/travel to/TO Abuja/NNP ,/, Nigeria/NNP/LOCATION ./."));
        // and two it must not: a visit by someone else; a visit three sentences back
        assertEquals(List.of("Buhari | President | -"), heldIn("Buhari", "Rice/NNP/PERSON traveled/VBD/travel to/TO Abuja/NNP ,/, "
            + "Nigeria/NNP/LOCATION ./.", "Kerry/NNP/PERSON met/VBD/meet with/IN President/NNP Buhari/NNP/PERSON ./."));
        assertEquals(List.of("Buhari | President | -"), heldIn("Buhari", "Kerry/NNP/PERSON traveled/VBD/travel to/TO Abuja/NNP ,/, "
            + "Nigeria/NNP/LOCATION ./.", "Talks/NNS went/VBD/go well/RB ./.", "Trade/NN grew/VBD/grow ./.", "Kerry/NNP/PERSON met/VBD/meet "
            + "with/IN President/NNP Buhari/NNP/PERSON ./."));
    }

    @Test
    void pluralTitlesInTheSingular() {
        assertEquals("Defense Minister", PluralTitles.singular("Defense Ministers").orElseThrow());
        assertEquals("Foreign Secretary", PluralTitles.singular("Foreign Secretaries").orElseThrow());
        assertEquals("Army Chief", PluralTitles.singular("Army Chiefs").orElseThrow());
        assertEquals(java.util.Optional.empty(), PluralTitles.singular("Defense Minister"));
        assertEquals(java.util.Optional.empty(), PluralTitles.singular("Armed Forces"));
        assertEquals(java.util.Optional.empty(), PluralTitles.singular("Chairman of the Joint Chiefs"));
    }
}
