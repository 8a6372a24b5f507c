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

    @Test
    void aLayoutTakenBackFindsTheSameNumbersWithoutHashingAgain() throws Exception {
        String[] byNumber = {"Aa", "BB", "", "W-1|C", "W-2|C"};
        StringSlots slots = new StringSlots(byNumber.length);
        for (int i = 0; i < byNumber.length; i++) {
            slots.putIfAbsent(byNumber[i], i);
        }
        StringSlots back = StringSlots.laidOut(slots.layout().clone(), byNumber);
        for (int i = 0; i < byNumber.length; i++) {
            assertEquals(i, back.find(byNumber[i]), byNumber[i]);
        }
        assertEquals(-1, back.find("AaBB"));
        assertEquals(-1, back.find("W-3|C"));
    }

    @Test
    void aLayoutThatCannotBeOneIsRefused() {
        String[] byNumber = {"a", "b"};
        StringSlots slots = new StringSlots(2);
        slots.putIfAbsent("a", 0);
        slots.putIfAbsent("b", 1);
        int[] pointsPastTheStrings = slots.layout().clone();
        for (int s = 1; s < pointsPastTheStrings.length; s += 2) {
            if (pointsPastTheStrings[s] == 1) {
                pointsPastTheStrings[s] = 9;
            }
        }
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.InvalidObjectException.class,
            () -> StringSlots.laidOut(pointsPastTheStrings, byNumber));
        assertTrue(e.getMessage().contains("holds string 9 of 2"), e.getMessage());
        assertRefused(() -> StringSlots.laidOut(new int[6], byNumber), "a table of 3 slots");
        assertRefused(() -> StringSlots.laidOut(new int[4], new String[] {"a", "b", "c"}), "more strings than slots");
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable call, String what) {
        org.junit.jupiter.api.Assertions.assertThrows(java.io.InvalidObjectException.class, call, what);
    }
}
