package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.testing.HandAnnotated;

/** Contribution cues on hand-annotated sentences: no model is loaded. */
class ContributionCueTest {
    private static List<String> contributions(String... sentences) {
        return HandAnnotated.facts("2005-10-22", sentences).facts(Fact.Contribution.class).stream().map(c -> c.country() + " | " + c.mission())
            .sorted().toList();
    }

    @Test
    void forcesProvidedToOrSupportingAMission() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("MN | oif"), contributions("Mongolia/NNP/LOCATION is/VBZ/be providing/VBG/provide forces/NNS/force to/TO "
            + "Operation/NNP Iraqi/NNP Freedom/NNP ./."));
        assertEquals(List.of("PL | oef"), contributions("Poland/NNP/LOCATION has/VBZ/have troops/NNS/troops in/IN Afghanistan/NNP/LOCATION "
            + "supporting/VBG/support Operation/NNP Enduring/NNP Freedom/NNP ./."));
        assertEquals(List.of("TD | minusma"), contributions("Chadian/JJ/MISC soldiers/NNS/soldier ,/, a/DT mainstay/NN of/IN MINUSMA/NNP "
            + "operations/NNS ,/, were/VBD/be attacked/VBN/attack ./."));
        assertEquals(List.of("DE | ctf-150"), contributions("The/DT German/JJ/MISC Navy/NNP assumed/VBD/assume command/NN of/IN "
            + "Combined/NNP Task/NNP Force/NNP 150/CD today/NN ./."));
        // and two it must not: where the mission is, not who sends forces; support in words only
        assertEquals(List.of(), contributions("Troops/NNS/troop deployed/VBD/deploy in/IN Afghanistan/NNP/LOCATION supporting/VBG/support "
            + "Operation/NNP Enduring/NNP Freedom/NNP ./."));
        assertEquals(List.of(), contributions("Poland/NNP/LOCATION welcomed/VBD/welcome the/DT end/NN of/IN Operation/NNP Iraqi/NNP "
            + "Freedom/NNP ./."));
    }

    @Test
    void aMissionsOwnUnitsStandForIt() {
        assertEquals(List.of("CA | efp", "DE | efp", "GB | efp"), contributions("There/EX is/VBZ/be Battle/NNP Group/NNP Latvia/NNP/LOCATION "
            + "led/VBN/lead by/IN Canada/NNP/LOCATION ,/, Battle/NNP Group/NNP Lithuania/NNP/LOCATION led/VBN/lead by/IN Germany/NNP/LOCATION "
            + ",/, and/CC Battle/NNP Group/NNP Estonia/NNP/LOCATION led/VBN/lead by/IN the/DT United/NNP/LOCATION Kingdom/NNP/LOCATION ./."));
        assertEquals(List.of("PL | kfor"), contributions("Polish/JJ/MISC soldiers/NNS/soldier serve/VBP/serve in/IN Multi-National/NNP "
            + "Battle/NNP Group-East/NNP ./."));
        // a battle group no mission owns is none
        assertEquals(List.of(), contributions("Battle/NNP Group/NNP Alpha/NNP led/VBN/lead by/IN Canada/NNP/LOCATION trained/VBD/train ./."));
    }

    @Test
    void everyCountryOfAListContributes() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("AM | kfor", "DE | kfor", "HU | kfor", "PL | kfor", "TR | kfor"), contributions("The/DT competitors/NNS "
            + "represented/VBD/represent MNBG-E/NNP forces/NNS/force from/IN Armenia/NNP/LOCATION ,/, Germany/NNP/LOCATION ,/, "
            + "Hungary/NNP/LOCATION ,/, Poland/NNP/LOCATION and/CC Turkey/NNP/LOCATION ./."));
        assertEquals(List.of("GB | isaf", "TR | isaf"), contributions("Partners/NNS provide/VBP/provide most/JJS of/IN the/DT ISAF/NNP ,/, "
            + "led/VBN/lead first/RB by/IN the/DT United/NNP/LOCATION Kingdom/NNP/LOCATION and/CC now/RB by/IN Turkey/NNP/LOCATION ./."));
        assertEquals(List.of("IN | monuc", "PK | monuc"), contributions("India/NNP/LOCATION and/CC Pakistan/NNP/LOCATION have/VBP/have "
            + "troops/NNS/troop serving/VBG/serve in/IN MONUC/NNP ./."));
        assertEquals(List.of("DK | sfor", "FI | sfor", "NO | sfor", "SE | sfor"), contributions("Danish/JJ/MISC ,/, Finnish/JJ/MISC ,/, "
            + "Norwegian/JJ/MISC and/CC Swedish/JJ/MISC soldiers/NNS/soldier serve/VBP/serve in/IN SFOR/NNP ./."));
        // and two it must not: a country outside the list; one head count is not every country's
        assertEquals(1, contributions("Poland/NNP/LOCATION ,/, which/WDT borders/VBZ/border Germany/NNP/LOCATION ,/, "
            + "has/VBZ/have troops/NNS/troop serving/VBG/serve in/IN KFOR/NNP ./.").size(), "a relative clause is no list");
        assertEquals(List.of(), HandAnnotated.facts("2005-10-22", "Denmark/NNP/LOCATION and/CC Norway/NNP/LOCATION have/VBP/have "
            + "300/CD soldiers/NNS/soldier in/IN SFOR/NNP ./.").facts(Fact.Contribution.class).stream().filter(c -> c.troops().isPresent()).toList());
    }

    @Test
    void aPhraseThatStandsForTheMissionJustNamed() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("RU | kfor"), contributions("NATO/NNP/ORGANIZATION leads/VBZ/lead KFOR/NNP ./.", "Russia/NNP/LOCATION will/MD "
            + "contribute/VB/contribute about/IN 3,600/CD troops/NNS/troops to/TO the/DT security/NN effort/NN ,/, Cohen/NNP/PERSON "
            + "said/VBD/say ./."));
        assertEquals(List.of("AZ | isaf"), contributions("ISAF/NNP grew/VBD/grow ./.", "That/DT effort/NN includes/VBZ/include 120/CD "
            + "servicemen/NNS/serviceman from/IN Azerbaijan/NNP/LOCATION ./."));
        assertEquals(List.of("UA | kfor"), contributions("KFOR/NNP patrols/VBZ/patrol the/DT border/NN ./.", "Ukraine/NNP/LOCATION sent/VBD/send "
            + "troops/NNS/troops to/TO join/VB/join this/DT peacekeeping/NN mission/NN ./."));
        assertEquals(List.of("GE | isaf"), contributions("ISAF/NNP began/VBD/begin in/IN 2001/CD ./.", "Georgian/JJ/MISC soldiers/NNS/soldier "
            + "are/VBP/be part/NN of/IN the/DT coalition/NN force/NN ./."));
        // and two it must not: no mission named before; a named force of its own
        assertEquals(List.of(), contributions("Russia/NNP/LOCATION will/MD contribute/VB/contribute troops/NNS/troops to/TO the/DT "
            + "security/NN effort/NN ./."));
        assertEquals(List.of(), contributions("KFOR/NNP patrols/VBZ/patrol ./.", "Serbia/NNP/LOCATION sent/VBD/send troops/NNS/troops "
            + "to/TO the/DT Border/NNP Force/NNP ./."));
    }

    @Test
    void aListOfNationsInAnArticleAboutOneMission() {
        String title = "SFOR/NNP reorganizes/VBZ/reorganize in/IN Bosnia/NNP/LOCATION ./.";
        // the sentence, and three variants it must catch
        assertEquals(List.of("DK | sfor", "FI | sfor", "RU | sfor", "TR | sfor"), contributions(title, "About/IN 3,200/CD troops/NNS/troops "
            + "are/VBP/be stationed/VBN/station there/RB ,/, including/VBG/include soldiers/NNS/soldier from/IN Russia/NNP/LOCATION ,/, "
            + "Turkey/NNP/LOCATION ,/, Denmark/NNP/LOCATION and/CC Finland/NNP/LOCATION ./."));
        assertEquals(List.of("GR | sfor", "UA | sfor"), contributions(title, "The/DT brigade/NN comprises/VBZ/comprise soldiers/NNS/soldier "
            + "from/IN the/DT nations/NNS of/IN Greece/NNP/LOCATION and/CC Ukraine/NNP/LOCATION ./."));
        assertEquals(List.of("EE | sfor", "LT | sfor", "LV | sfor"), contributions(title, "Forces/NNS/force from/IN Estonia/NNP/LOCATION ,/, "
            + "Latvia/NNP/LOCATION and/CC Lithuania/NNP/LOCATION trained/VBD/train together/RB ./."));
        assertEquals(List.of("CZ | sfor", "SK | sfor"), contributions(title, "Some/DT 400/CD personnel/NNS/personnel from/IN "
            + "Czechia/NNP/LOCATION and/CC Slovakia/NNP/LOCATION arrived/VBD/arrive ./."));
        // and two it must not: one country alone; an article about two missions
        assertEquals(List.of(), contributions(title, "Soldiers/NNS/soldier from/IN Russia/NNP/LOCATION arrived/VBD/arrive ./."));
        assertEquals(List.of(), contributions("SFOR/NNP and/CC KFOR/NNP met/VBD/meet ./.", "Soldiers/NNS/soldier from/IN Russia/NNP/LOCATION "
            + "and/CC Turkey/NNP/LOCATION arrived/VBD/arrive ./."));
    }
    private static List<String> missions(String sentence) {
        return HandAnnotated.facts("2005-10-22", sentence).mentions().stream().filter(m -> m.type() == EntityType.MISSION)
            .map(m -> m.text() + " | " + m.key()).toList();
    }

    @Test
    void aMissionsNameWithItsAcronymWrittenInBeforeTheNumber() {
        // the sentence, and three variants it must catch
        assertEquals(List.of("Task Force (TF) 150 | ctf-150"), missions("He/PRP took/VBD/take command/NN of/IN multinational/JJ Task/NNP "
            + "Force/NNP (/-LRB- TF/NNP )/-RRB- 150/CD ./."));
        assertEquals(List.of("Combined Task Force (CTF) 150 | ctf-150"), missions("Ships/NNS of/IN Combined/NNP Task/NNP Force/NNP "
            + "(/-LRB- CTF/NNP )/-RRB- 150/CD patrol/VBP ./."));
        assertEquals(List.of("Combined Task Force (CTF) 153 | ctf-153"), missions("Combined/NNP Task/NNP Force/NNP (/-LRB- CTF/NNP )/-RRB- "
            + "153/CD began/VBD/begin patrols/NNS ./."));
        assertEquals(List.of("Task Force (CTF) 152 | ctf-152"), missions("The/DT ships/NNS joined/VBD/join Task/NNP Force/NNP (/-LRB- "
            + "CTF/NNP )/-RRB- 152/CD ./."));
        // and two it must not: a number no mission has; a unit that is no mission
        assertEquals(List.of(), missions("Ships/NNS of/IN Task/NNP Force/NNP (/-LRB- TF/NNP )/-RRB- 999/CD patrol/VBP ./."));
        assertEquals(List.of(), missions("Officers/NNS of/IN the/DT Joint/NNP Staff/NNP (/-LRB- JS/NNP )/-RRB- 5/CD met/VBD/meet ./."));
    }
}
