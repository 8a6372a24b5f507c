package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bound on what one sentence may say, so that one run-on text (a page of list items, a table
 * flattened into one line) cannot flood the graph: a "sentence" longer than
 * {@link #MAX_SENTENCE_CHARS} yields no relation facts, and a sentence that yields more than
 * {@link #MAX_FACTS_PER_SENTENCE} facts of one kind yields none of that kind. A news sentence
 * stays far below both; a 31 KB line of names made 144 meetings before.
 */
final class RunOnGuard {
    private static final Logger LOG = LoggerFactory.getLogger(RunOnGuard.class);
    static final int MAX_SENTENCE_CHARS = 2_000;
    static final int MAX_FACTS_PER_SENTENCE = 24;

    private RunOnGuard() {
    }

    /** The facts of one kind that pass the bound. */
    static <T> List<T> bound(String kind, String sourceFile, List<T> facts, Function<T, Evidence> evidence) {
        Map<Integer, Integer> perSentence = new HashMap<>();
        for (T f : facts) {
            perSentence.merge(evidence.apply(f).sentence(), 1, Integer::sum);
        }
        List<T> kept = new ArrayList<>(facts.size());
        for (T f : facts) {
            Evidence e = evidence.apply(f);
            int n = perSentence.get(e.sentence());
            if (e.end() - e.begin() > MAX_SENTENCE_CHARS || n > MAX_FACTS_PER_SENTENCE) {
                continue;
            }
            kept.add(f);
        }
        if (kept.size() < facts.size()) {
            LOG.warn("{}: left out {} {} from run-on text (a sentence over {} characters, or over {} {} in one sentence)",
                sourceFile, facts.size() - kept.size(), kind, MAX_SENTENCE_CHARS, MAX_FACTS_PER_SENTENCE, kind);
        }
        return kept;
    }
}
