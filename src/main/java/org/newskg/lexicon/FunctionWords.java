package org.newskg.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * English closed-class words ({@code function-words.txt}): pronouns, determiners, conjunctions,
 * prepositions, auxiliaries. Capitalised, they open sentences and titles ("The Hague"), not names.
 */
public final class FunctionWords {
    private static final Set<String> WORDS = Set.copyOf(ResourceLines.read("/org/newskg/lexicon/function-words.txt"));

    private FunctionWords() {
    }

    /** True for a function word in any case ("He", "the"). */
    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
