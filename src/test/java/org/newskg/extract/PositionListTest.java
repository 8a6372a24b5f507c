package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.testing.HandAnnotated;

/** Positions in lists of titled persons, on hand-annotated sentences (no model loaded). */
class PositionListTest {
    private static List<String> positions(String... sentences) {
        return HandAnnotated.facts("2004-06-15", sentences).facts(Fact.Position.class).stream()
            .map(p -> p.person().text() + " | " + p.title() + " | " + p.country().orElse("-")).sorted().toList();
    }

    @Test
    void theNationalityOfAListsFirstTitleServesTheRest() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("Alexander Kwasniewski | President | PL", "Jerzy Szmajdzinski | Defense Minister | PL",
            "Leszek Miller | Prime Minister | PL"), positions("He/PRP met/VBD/meet Polish/JJ/MISC President/NNP Alexander/NNP/PERSON "
            + "Kwasniewski/NNP/PERSON ,/, Prime/NNP Minister/NNP Leszek/NNP/PERSON Miller/NNP/PERSON ,/, Defense/NNP Minister/NNP "
            + "Jerzy/NNP/PERSON Szmajdzinski/NNP/PERSON and/CC other/JJ officials/NNS ./."));
        assertEquals(List.of("Radha Mathur | Defense Secretary | IN", "Sujatha Singh | Foreign Secretary | IN"),
            positions("He/PRP met/VBD/meet Indian/JJ/MISC Foreign/NNP Secretary/NNP Sujatha/NNP/PERSON Singh/NNP/PERSON ,/, and/CC "
                + "Defense/NNP Secretary/NNP Radha/NNP/PERSON Mathur/NNP/PERSON ./."));
        assertEquals(List.of("Ilham Aliyev | President | AZ", "Zakir Hasanov | Defense Minister | AZ"), positions("She/PRP met/VBD/meet "
            + "Azerbaijani/JJ/MISC President/NNP Ilham/NNP/PERSON Aliyev/NNP/PERSON and/CC Defense/NNP Minister/NNP Zakir/NNP/PERSON "
            + "Hasanov/NNP/PERSON ./."));
        assertEquals(List.of("Itsunori Onodera | Defense Minister | JP", "Ryota Takeda | Vice Minister | JP"), positions("He/PRP met/VBD/meet "
            + "Japanese/JJ/MISC Defense/NNP Minister/NNP Itsunori/NNP/PERSON Onodera/NNP/PERSON ;/: and/CC Vice/NNP Minister/NNP "
            + "Ryota/NNP/PERSON Takeda/NNP/PERSON ./."));
        // and two it must not: a title with its own country; a title after other words, not in the list
        assertEquals(List.of("Alexander Kwasniewski | President | PL", "John Kerry | Secretary of State | US"), positions("Polish/JJ/MISC "
            + "President/NNP Alexander/NNP/PERSON Kwasniewski/NNP/PERSON and/CC U.S./NNP/LOCATION Secretary/NNP of/IN State/NNP "
            + "John/NNP/PERSON Kerry/NNP/PERSON met/VBD/meet ./."));
        assertEquals(List.of("Alexander Kwasniewski | President | PL", "Leszek Miller | Prime Minister | -"), positions("Polish/JJ/MISC "
            + "President/NNP Alexander/NNP/PERSON Kwasniewski/NNP/PERSON said/VBD/say that/IN Prime/NNP Minister/NNP Leszek/NNP/PERSON "
            + "Miller/NNP/PERSON agreed/VBD/agree ./."));
    }

    @Test
    void aTitleThenTheBodyItHeadsAfterAComma() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("Richard Tryon | Commander | US"), positions("Lieutenant/NNP General/NNP Richard/NNP/PERSON Tryon/NNP/PERSON ,/, "
            + "commander/NN ,/, U.S./NNP/LOCATION Marine/NNP Forces/NNPS ,/, Europe/NNP/LOCATION presents/VBZ/present awards/NNS ./."));
        assertEquals(List.of("Anna Kowalska | Spokeswoman | PL"), positions("Anna/NNP/PERSON Kowalska/NNP/PERSON ,/, spokeswoman/NN ,/, "
            + "Polish/JJ/MISC Armed/NNP Forces/NNPS ,/, said/VBD/say so/RB ./."));
        assertEquals(List.of("John Smith | Director | GB"), positions("John/NNP/PERSON Smith/NNP/PERSON ,/, director/NN ,/, British/JJ/MISC "
            + "Army/NNP Training/NNP ,/, spoke/VBD/speak ./."));
        assertEquals(List.of("Lee Min | Commander | KR"), positions("Lee/NNP/PERSON Min/NNP/PERSON ,/, commander/NN ,/, "
            + "South/NNP/LOCATION Korea/NNP/LOCATION Navy/NNP ,/, attended/VBD/attend ./."));
        // and two it must not: the body after the comma names no country; a list of persons instead
        assertEquals(List.of("Richard Tryon | Commander | -"), positions("Richard/NNP/PERSON Tryon/NNP/PERSON ,/, commander/NN ,/, "
            + "Marine/NNP Forces/NNPS ,/, spoke/VBD/speak ./."));
        assertEquals(List.of("Richard Tryon | Commander | -"), positions("Richard/NNP/PERSON Tryon/NNP/PERSON ,/, commander/NN ,/, and/CC "
            + "Japan/NNP/LOCATION 's/POS envoy/NN spoke/VBD/speak ./."));
    }

    @Test
    void aPossessiveCountryBeforeLowerCaseTitleWords() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("Yemane Meskel | Minister | ER"), positions("Eritrea/NNP/LOCATION 's/POS information/NN minister/NN ,/, "
            + "Yemane/NNP/PERSON Meskel/NNP/PERSON ,/, said/VBD/say so/RB ./."));
        assertEquals(List.of("Ana Pop | Foreign Minister | RO"), positions("Romania/NNP/LOCATION 's/POS foreign/JJ minister/NN ,/, Ana/NNP/PERSON "
            + "Pop/NNP/PERSON ,/, spoke/VBD/speak ./."));
        assertEquals(List.of("Ali Khan | Army Spokesman | PK"), positions("Pakistan/NNP/LOCATION 's/POS army/NN spokesman/NN ,/, Ali/NNP/PERSON "
            + "Khan/NNP/PERSON ,/, said/VBD/say so/RB ./."));
        assertEquals(List.of("Jan Novak | Defense Minister | CZ"), positions("Czechia/NNP/LOCATION 's/POS new/JJ defense/NN minister/NN ,/, "
            + "Jan/NNP/PERSON Novak/NNP/PERSON ,/, spoke/VBD/speak ./."));
        // and two it must not: a possessive further away; a person's own possessive
        assertEquals(List.of("Yemane Meskel | Minister | -"), positions("Eritrea/NNP/LOCATION 's/POS leaders/NNS and/CC the/DT "
            + "information/NN minister/NN ,/, Yemane/NNP/PERSON Meskel/NNP/PERSON ,/, said/VBD/say so/RB ./."));
        assertEquals(List.of("Yemane Meskel | Minister | -"), positions("Abiy/NNP/PERSON 's/POS information/NN minister/NN ,/, "
            + "Yemane/NNP/PERSON Meskel/NNP/PERSON ,/, said/VBD/say so/RB ./."));
    }
}
