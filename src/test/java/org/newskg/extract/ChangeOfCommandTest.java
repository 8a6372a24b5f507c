package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newskg.testing.HandAnnotated;

/** Change-of-command sentences on hand-annotated tokens (no model): who commands which mission, for which country. */
class ChangeOfCommandTest {
    /** The contributions and the commanders' positions, one string each. */
    private static List<String> facts(String sentence) {
        ArticleFacts f = HandAnnotated.facts("2004-12-06", sentence);
        return Stream.concat(f.facts(Fact.Contribution.class).stream().map(c -> "contributes " + c.country() + " | " + c.mission()),
            f.facts(Fact.Position.class).stream().filter(p -> p.evidence().rule().startsWith("change-of-command"))
                .map(p -> "commands " + p.person().text() + " | " + p.title() + " | " + p.country().orElse("-"))).sorted().toList();
    }

    @Test
    void theIncomingAndTheOutgoingCommanderAndTheirCountries() {
        // the sentence the rule is for
        assertEquals(List.of("commands Henning Hoops | Commander of Combined Task Force 150 | DE",
            "commands Tom Cunningham | Commander of Combined Task Force 150 | GB", "contributes DE | ctf-150", "contributes GB | ctf-150"),
            facts("German/JJ/MISC Rear/NNP Adm./NNP Henning/NNP/PERSON Hoops/NNP/PERSON assumed/VBD/assume command/NN of/IN "
                + "Combined/NNP Task/NNP Force/NNP 150/CD from/IN British/JJ/MISC Royal/NNP Navy/NNP Commodore/NNP Tom/NNP/PERSON "
                + "Cunningham/NNP/PERSON Dec./NNP 6/CD ./."));
        // and three variants it must catch: "took command", no outgoing commander, a present tense
        assertEquals(List.of("commands Ann Rossi | Commander of Kosovo Force | IT", "commands Bela Kovacs | Commander of Kosovo Force | HU",
            "contributes HU | kfor", "contributes IT | kfor"), facts("Italian/JJ/MISC Maj./NNP Gen./NNP Ann/NNP/PERSON Rossi/NNP/PERSON "
                + "took/VBD/take command/NN of/IN KFOR/NNP from/IN Hungarian/JJ/MISC Maj./NNP Gen./NNP Bela/NNP/PERSON Kovacs/NNP/PERSON ./."));
        assertEquals(List.of("commands Jon Vance | Commander of International Security Assistance Force | CA", "contributes CA | isaf"),
            facts("Canadian/JJ/MISC Lt./NNP Gen./NNP Jon/NNP/PERSON Vance/NNP/PERSON assumed/VBD/assume command/NN of/IN ISAF/NNP "
                + "on/IN Monday/NNP ./."));
        assertEquals(List.of("commands Piotr Nowak | Commander of Kosovo Force | PL", "contributes PL | kfor"), facts("Polish/JJ/MISC "
            + "Brig./NNP Gen./NNP Piotr/NNP/PERSON Nowak/NNP/PERSON assumes/VBZ/assume command/NN of/IN KFOR/NNP today/NN ./."));
        // and two it must not: a command still to come (no one commands yet; whether Germany contributes is the contribution rules' call);
        // a unit that is no mission
        assertEquals(List.of(), facts("German/JJ/MISC Rear/NNP Adm./NNP Henning/NNP/PERSON Hoops/NNP/PERSON will/MD assume/VB/assume "
            + "command/NN of/IN Combined/NNP Task/NNP Force/NNP 150/CD next/JJ month/NN ./.").stream().filter(x -> x.startsWith("commands")).toList());
        assertEquals(List.of(), facts("Polish/JJ/MISC Col./NNP Piotr/NNP/PERSON Nowak/NNP/PERSON took/VBD/take command/NN of/IN the/DT "
            + "3rd/JJ Brigade/NNP ./."));
    }
}
