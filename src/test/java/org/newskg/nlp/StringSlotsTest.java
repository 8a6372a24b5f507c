package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The string table behind the models' feature lookups. */
class StringSlotsTest {
    @Test
    void findsWhatWasPutKeepsTheFirstNumberAndTellsWhatIsNot() {
        StringSlots slots = new StringSlots(4);
        assertTrue(slots.putIfAbsent("Aa", 0));
        assertTrue(slots.putIfAbsent("BB", 1)); // the same hash as "Aa"
        assertTrue(slots.putIfAbsent("", 2));
        assertFalse(slots.putIfAbsent("Aa", 7), "a string already there");
        assertEquals(0, slots.find("Aa"));
        assertEquals(1, slots.find("BB"));
        assertEquals(2, slots.find(""));
        assertEquals(-1, slots.find("AaBB"));
        assertEquals(-1, slots.find("aa"));
    }

    @Test
    void fillsToItsCapacityAndStillFindsEveryString() {
        int n = 100_000;
        StringSlots slots = new StringSlots(n);
        for (int i = 0; i < n; i++) {
            assertTrue(slots.putIfAbsent("f" + i, i));
        }
        for (int i = 0; i < n; i++) {
            assertEquals(i, slots.find("f" + i));
        }
        assertEquals(-1, slots.find("f" + n));
    }
}
