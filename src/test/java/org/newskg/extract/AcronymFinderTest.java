package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymFinderTest {
    private final AcronymFinder finder = new AcronymFinder();

    @Test
    void longFormStartsAtItsInitial() {
        List<AcronymFinder.Definition> d = finder.find("to join what was then the International Security Assistance Force (ISAF). Twenty-one");
        assertEquals(1, d.size());
        assertEquals("International Security Assistance Force", d.get(0).longForm());
        assertEquals("ISAF", d.get(0).acronym());
    }

    @Test
    void smallWordsInsideAndNumbers() {
        assertEquals("Economic Community of West African States",
            finder.find("efforts by the Economic Community of West African States (ECOWAS) to resolve").get(0).longForm());
        assertEquals("Combined Joint Task Force 101", finder.find("with Combined Joint Task Force 101 (CJTF-101) in the east").get(0).longForm());
    }

    @Test
    void parenthesisThatIsNoAcronym() {
        assertEquals(0, finder.find("Defense Secretary Donald H. Rumsfeld (left) and the minister").size());
        assertEquals(0, finder.find("the Public Affairs office (PAO) said").size());
    }

    @Test
    void aDefinitionThatANumberCompletesIsNoDefinition() {
        AcronymFinder f = new AcronymFinder();
        // the sentence, and variants: the number after the parenthesis is part of the name
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), f.find("He took command of multinational Task Force (TF) 150 today."));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), f.find("Commander, Task Force (CTF) 150 currently has eight ships."));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), f.find("the Combined Joint Task Force (CJTF) -101 staff"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), f.find("Joint Task Force (JTF)  7 arrived"));
        // not: a definition followed by words, or by a year in a later clause
        org.junit.jupiter.api.Assertions.assertEquals("ISAF", f.find("the International Security Assistance Force (ISAF) mission").get(0).acronym());
        org.junit.jupiter.api.Assertions.assertEquals("MFO", f.find("the Multinational Force and Observers (MFO), since 1982").get(0).acronym());
    }
}
