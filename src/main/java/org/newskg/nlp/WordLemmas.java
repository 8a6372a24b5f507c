package org.newskg.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * CoreNLP's lemmatiser on one word under a given tag, as its lemma annotator runs it, and a
 * per-word memo of the lemma sets the rules ask for before any tagger runs ({@link PossibleTags},
 * the extractors' word forms). The memo is bounded, as a long build meets an open vocabulary:
 * past its bound a set is made each time it is asked for.
 */
public final class WordLemmas {
    private static final int MAX_CACHED = 200_000;
    private static final ThreadLocal<Morphology> MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);

    private final ConcurrentHashMap<String, Set<String>> memo = new ConcurrentHashMap<>();

    /** The word's lemma under the tag, lower-cased. */
    public static String lemma(String word, String tag) {
        return MORPHOLOGY.get().lemma(word, tag).toLowerCase(Locale.ROOT);
    }

    /** The word's set, made by {@code make} the first time it is asked for. */
    public Set<String> get(String word, Function<String, Set<String>> make) {
        Set<String> known = memo.get(word);
        if (known != null) {
            return known;
        }
        Set<String> made = make.apply(word);
        if (memo.size() < MAX_CACHED) {
            memo.put(word, made);
        }
        return made;
    }
}
