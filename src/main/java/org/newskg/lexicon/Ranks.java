package org.newskg.lexicon;

import java.util.Set;

/** Military ranks and honorifics that stand before names ({@code ranks.txt}). */
public final class Ranks {
    private static final Set<String> WORDS = Set.copyOf(ResourceLines.read("/org/newskg/lexicon/ranks.txt"));

    /** The words of {@code ranks.txt} that name an armed service rather than a rank. */
    private static final Set<String> SERVICES = Set.of("Army", "Navy", "Air", "Force", "Marine", "Marines", "Corps", "Royal", "USAF", "USN", "USMC");

    private Ranks() {
    }

    /** True when the word is a rank, honorific or service word ("Col.", "Sgt.", "Army", "Dr."). */
    public static boolean isRankWord(String word) {
        return WORDS.contains(word);
    }

    /** True for a rank-list word that names an armed service ("Army", "Air", "Force", "USMC"). */
    public static boolean isServiceWord(String word) {
        return SERVICES.contains(word) && WORDS.contains(word);
    }
}
