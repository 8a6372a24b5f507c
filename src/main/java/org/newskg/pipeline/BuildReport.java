package org.newskg.pipeline;

import java.util.List;

/**
 * What a build did.
 *
 * @param files     input files seen
 * @param loaded    articles whose graphs were written
 * @param unchanged articles skipped because the store has them with the same content hash
 * @param skipped   files that could not be built, with the reason
 * @param triples   triples written
 * @param millis    wall time
 */
public record BuildReport(int files, int loaded, int unchanged, List<Skipped> skipped, long triples, long millis) {
    /** A file that was not built, and why. */
    public record Skipped(String sourceFile, String reason) {
    }

    public boolean complete() {
        return skipped.isEmpty();
    }
}
