package org.newskg.nlp;

/**
 * A fixed set of strings, each with a number, looked up with the cache in mind: a string's hash
 * and its number sit side by side in one {@code int[]} (open addressing, linear probing, at most
 * half full), so a string that is not there is told by one read, and one that is there by that
 * read and the string itself. For the NER model's feature lookups ({@link FeatureLookup}), which
 * CoreNLP makes by the million with strings built on the fly, most of them for names the model
 * never saw. Filled once, then read by any number of threads.
 */
final class StringSlots {
    /** Per slot: the string's hash, then its number (-1: empty). */
    private final int[] table;
    private final String[] strings;
    private final int mask;

    /** Room for this many strings. */
    StringSlots(int capacity) {
        int slots = Integer.highestOneBit(Math.max(2, 2 * capacity) - 1) << 1;
        this.mask = slots - 1;
        this.table = new int[2 * slots];
        this.strings = new String[slots];
        for (int s = 0; s < slots; s++) {
            table[2 * s + 1] = -1;
        }
    }

    private StringSlots(int[] table, String[] strings) {
        this.table = table;
        this.strings = strings;
        this.mask = strings.length - 1;
    }

    /**
     * The slots as {@link #layout()} gave them, the strings by number: the table is taken as it
     * is, no string hashed again ({@link CompactCrfModel} stores it so). A table that cannot be one
     * (not a power of two, a number with no string) is refused.
     */
    static StringSlots laidOut(int[] table, String[] byNumber) throws java.io.InvalidObjectException {
        int slots = table.length / 2;
        if (slots < 2 || Integer.bitCount(slots) != 1 || table.length != 2 * slots || byNumber.length > slots) {
            throw new java.io.InvalidObjectException("a string table of " + table.length + " ints for " + byNumber.length + " strings");
        }
        String[] strings = new String[slots];
        for (int s = 0; s < slots; s++) {
            int number = table[2 * s + 1];
            if (number >= byNumber.length || number < -1) {
                throw new java.io.InvalidObjectException("slot " + s + " holds string " + number + " of " + byNumber.length);
            }
            if (number >= 0) {
                strings[s] = byNumber[number];
            }
        }
        return new StringSlots(table, strings);
    }

    /** Per slot, the string's hash then its number (-1: empty): what {@link #laidOut} takes back. Not to be changed. */
    int[] layout() {
        return table;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B1;
    }

    /** Adds a string with its number (not negative), unless it is there already; whether it was added. */
    boolean putIfAbsent(String s, int number) {
        int h = s.hashCode();
        int slot = spread(h) & mask;
        while (table[2 * slot + 1] >= 0) {
            if (table[2 * slot] == h && s.equals(strings[slot])) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = h;
        table[2 * slot + 1] = number;
        strings[slot] = s;
        return true;
    }

    /** The string's number, or -1 when it is not there. */
    int find(String s) {
        int h = s.hashCode();
        int slot = spread(h) & mask;
        for (;;) {
            int number = table[2 * slot + 1];
            if (number < 0) {
                return -1;
            }
            if (table[2 * slot] == h && s.equals(strings[slot])) {
                return number;
            }
            slot = (slot + 1) & mask;
        }
    }
}
