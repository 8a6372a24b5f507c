package org.newskg.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param files     input files seen
 * @param loaded    articles whose graphs were written
 * @param unchanged articles skipped because the store has them with the same content hash
 * @param pruned    articles removed from the store because their file is gone ({@code --prune})
 * @param skipped   files that could not be built, with the reason
 * @param duplicates files whose bytes another file of the store or the build already has (not
 *                  loaded: one source is one report), each with that other file
 * @param triples   triples written
 * @param tokens    tokens CoreNLP read
 * @param tokensTagged tokens of the sentences the POS tagger ran on (all of them under an eager profile: see
 *                  {@link org.newskg.nlp.TagsOnDemand}; 0 then)
 * @param millis    wall time
 * @param stages    wall time per stage, summed over threads
 * @param stageCpu  CPU time per stage, summed over threads
 * @param writtenAgain articles whose graph was written while the build still read, resolved
 *                  against the persons known then, and written again once the whole corpus's were
 *                  (the graph is the same as without early writes; this is their cost)
 */
public record BuildReport(int files, int loaded, int unchanged, int pruned, List<Skipped> skipped, Map<String, String> duplicates, long triples, long tokens, long tokensTagged,
                          long millis, Map<StageTimes.Stage, Long> stages, Map<StageTimes.Stage, Long> stageCpu,
                          int writtenAgain) {
    /** A file that was not built, and why. */
    public record Skipped(String sourceFile, String reason) {
    }

    public boolean complete() {
        return skipped.isEmpty();
    }
}
