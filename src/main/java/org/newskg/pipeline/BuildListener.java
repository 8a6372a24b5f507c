package org.newskg.pipeline;

/** Hears about a build's progress (the CLI prints it on stderr). */
public interface BuildListener {
    /** An article was processed (read, annotated and extracted, or found unchanged). */
    default void processed(int done, int total, String sourceFile) {
    }

    /** A file was skipped; the batch goes on. */
    default void skipped(String sourceFile, String reason) {
    }

    /** An article's graph was written. */
    default void loaded(String sourceFile, long triples) {
    }

    BuildListener NONE = new BuildListener() {
    };
}
