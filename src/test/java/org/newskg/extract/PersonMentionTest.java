package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.testing.HandAnnotated;

/** Which PERSON mentions of the NER are persons, on hand-annotated sentences (no model loaded). */
class PersonMentionTest {
    private static List<String> persons(String... sentences) {
        return HandAnnotated.facts("2013-04-30", sentences).mentions().stream().filter(m -> m.type() == EntityType.PERSON)
            .map(Mention::text).toList();
    }

    @Test
    void basesAndShipsNamedAfterPeopleAreNotPersons() {
        // the sentence, and three variants: the facility word outside or inside the NER's mention, a ship prefix
        assertEquals(List.of("Iwasaki"), persons("Iwasaki/NNP/PERSON arrived/VBD/arrive at/IN Fort/NNP Lesley/NNP/PERSON J./NNP/PERSON "
            + "McNair/NNP/PERSON ./."));
        assertEquals(List.of(), persons("Soldiers/NNS trained/VBD/train at/IN Camp/NNP/PERSON Lemonnier/NNP/PERSON ./."));
        assertEquals(List.of(), persons("The/DT USS/NNP Ronald/NNP/PERSON Reagan/NNP/PERSON sailed/VBD/sail ./."));
        assertEquals(List.of(), persons("The/DT FS/NNP/PERSON Charles/NNP/PERSON de/IN/PERSON Gaulle/NNP/PERSON docked/VBD/dock ./."));
        // and two it must not drop: a person after "Fort Worth", a person whose name is after "at"
        assertEquals(List.of("Kay Granger"), persons("In/IN Fort/NNP/LOCATION Worth/NNP/LOCATION ,/, Kay/NNP/PERSON Granger/NNP/PERSON "
            + "spoke/VBD/speak ./."));
        assertEquals(List.of("Lesley McNair"), persons("The/DT award/NN went/VBD/go to/TO Lesley/NNP/PERSON McNair/NNP/PERSON ./."));
    }

    @Test
    void furnitureRunIntoANameIsCutOff() {
        // the headline the rule is for, and three variants: a caption joined at a hyphen, a quote joined, a place joined
        assertEquals(List.of("Kerry"), persons("Kerry/NNP/PERSON Heading/VBG/head/PERSON to/TO Ukraine/NNP/LOCATION as/IN "
            + "Russia/NNP/LOCATION Tightens/VBZ/tighten Grip/NN on/IN Crimea/NNP/LOCATION"));
        assertEquals(List.of("Trump"), persons("Trump/NNP/PERSON rally-Trump/NN/PERSON held/VBD/hold a/DT separate/JJ event/NN ./."));
        assertEquals(List.of("Bilal Y. Saab"), persons("Bilal/NNP/PERSON Y./NNP/PERSON Saab-“When/NNP/PERSON we/PRP talk/VBP ,/, "
            + "he/PRP said/VBD/say ./."));
        assertEquals(List.of("Okey Onyejekwe"), persons("Protesters/NNS pray/VBP in/IN Conakry/NNP/LOCATION ,/, "
            + "Guinea-Okey/NNP/PERSON Onyejekwe/NNP/PERSON warns/VBZ/warn ./."));
        assertEquals(List.of("Obama"), persons("Obama/NNP/PERSON Says/VBZ/say/PERSON Talks/NNS Went/VBD/go Well/RB"));
        // and what it must keep: lower-case particles, hyphenated names
        assertEquals(List.of("Abu Musab al-Zarqawi"), persons("Abu/NNP/PERSON Musab/NNP/PERSON al-Zarqawi/NNP/PERSON was/VBD/be "
            + "killed/VBN/kill ./."));
        assertEquals(List.of("Charles de Gaulle"), persons("Charles/NNP/PERSON de/IN/PERSON Gaulle/NNP/PERSON said/VBD/say so/RB ./."));
        assertEquals(List.of("Frank-Walter Steinmeier"), persons("Frank-Walter/NNP/PERSON Steinmeier/NNP/PERSON spoke/VBD/speak ./."));
        assertEquals(List.of("Kang Kyung-wha"), persons("Kang/NNP/PERSON Kyung/NNP/PERSON -/HYPH/PERSON wha/NN/PERSON spoke/VBD/speak ./."));
    }

    @Test
    void twoOrThreeProperNounsAfterARankAreAName() {
        // the sentence (NER cut the name short), and three variants: NER took it for an organisation, missed it, a middle name
        assertEquals(List.of("Henning Hoops"), persons("German/JJ/MISC Rear/JJ Adm./NNP Henning/NNP/PERSON Hoops/NNP assumed/VBD/assume "
            + "command/NN ./."));
        assertEquals(List.of("Tom Cunningham"), persons("British/JJ/ORGANIZATION Royal/NNP/ORGANIZATION Navy/NNP/ORGANIZATION "
            + "Commodore/NNP/ORGANIZATION Tom/NNP/ORGANIZATION Cunningham/NNP/ORGANIZATION spoke/VBD/speak ./."));
        assertEquals(List.of("Lannie Runck"), persons("Col./NNP Lannie/NNP Runck/NNP signed/VBD/sign the/DT documents/NNS ./."));
        assertEquals(List.of("Ann Marie Roe"), persons("Lt./NNP Col./NNP Ann/NNP/PERSON Marie/NNP Roe/NNP said/VBD/say so/RB ./."));
        // and what it must not take: a month after the name, one word alone, a spelled-out "General" of a company
        assertEquals(List.of("John Strickland"), persons("Gen./NNP John/NNP/PERSON Strickland/NNP/PERSON September/NNP 3/CD ./."));
        assertEquals(List.of("Smith"), persons("Col./NNP Smith/NNP/PERSON said/VBD/say so/RB ./."));
        assertEquals(List.of(), persons("General/NNP Electric/NNP Company/NNP said/VBD/say so/RB ./."));
    }

    @Test
    void anEditorsBracketIsNotPartOfAName() {
        assertEquals(List.of("Obama"), persons("President/NNP [/-LRB- Barack/NNP/PERSON ]/-RRB-/PERSON Obama/NNP/PERSON said/VBD/say ./."));
        assertEquals(List.of("Erdogan"), persons("[/-LRB-/PERSON Recep/NNP/PERSON Tayyip/NNP/PERSON ]/-RRB-/PERSON Erdogan/NNP/PERSON spoke/VBD/speak ./."));
        assertEquals(List.of("Obama"), persons("[/-LRB- Barack/NNP ]/-RRB- Obama/NNP/PERSON said/VBD/say ./."));
        assertEquals(List.of("Barack Obama"), persons("Barack/NNP/PERSON Obama/NNP/PERSON said/VBD/say ./."));
    }

    @Test
    void oneWordAfterACountryIsABodysName() {
        // the sentence, and three variants it must catch
        assertEquals(List.of(), persons("He/PRP met/VBD/meet officials/NNS of/IN the/DT Palestinian/JJ/MISC Authority/NNP/PERSON ./."));
        assertEquals(List.of("Iwasaki"), persons("Iwasaki/NNP/PERSON leads/VBZ/lead the/DT Japan/NNP/LOCATION Self/NNP/PERSON -/: "
            + "Defense/NNP Forces/NNPS ./."));
        assertEquals(List.of(), persons("The/DT Afghan/JJ/MISC Parliament/NNP/PERSON voted/VBD/vote ./."));
        assertEquals(List.of(), persons("The/DT Kenyan/JJ/MISC Treasury/NNP/PERSON paid/VBD/pay ./."));
        // and two it must not drop: a full name after a country word; a one-word name after a title
        assertEquals(List.of("Hamid Karzai"), persons("Afghan/JJ/MISC Hamid/NNP/PERSON Karzai/NNP/PERSON spoke/VBD/speak ./."));
        assertEquals(List.of("Karzai"), persons("Afghan/JJ/MISC President/NNP Karzai/NNP/PERSON spoke/VBD/speak ./."));
    }
}
