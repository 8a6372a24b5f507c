package org.newskg.pipeline;

import org.newskg.extract.ArticleFacts;
import org.newskg.store.FileStamp;

/** What became of one file in a build: unchanged (its stamp vouches for it), skipped (and why), or read and extracted. */
sealed interface Outcome permits Outcome.Unchanged, Outcome.Skipped, Outcome.Extracted {
    /** The store holds the file's bytes already. */
    record Unchanged(FileStamp stamp) implements Outcome {
    }

    /** The file could not be built, and why. */
    record Skipped(BuildReport.Skipped why) implements Outcome {
    }

    /** The file's facts, its token count, the tokens of the sentences tagged on demand, and its stamp. */
    record Extracted(ArticleFacts facts, long tokens, long tokensTagged, FileStamp stamp) implements Outcome {
    }
}
