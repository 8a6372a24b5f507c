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
}
