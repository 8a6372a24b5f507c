package org.newskg.lexicon;

import java.util.Set;

/** Military ranks and honorifics that stand before names ({@code ranks.txt}). */
public final class Ranks {
    private static final Set<String> WORDS = Set.copyOf(ResourceLines.read("/org/newskg/lexicon/ranks.txt"));

    private Ranks() {
    }

    /** True when the word is a rank, honorific or service word ("Col.", "Sgt.", "Army", "Dr."). */
    public static boolean isRankWord(String word) {
        return WORDS.contains(word);
    }
}
