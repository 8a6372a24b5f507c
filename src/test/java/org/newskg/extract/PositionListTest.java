package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.testing.HandAnnotated;

/** Positions in lists of titled persons, on hand-annotated sentences (no model loaded). */
class PositionListTest {
    private static List<String> positions(String... sentences) {
        return HandAnnotated.facts("2004-06-15", sentences).positions().stream()
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
}
