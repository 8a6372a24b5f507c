package org.newskg.infer;

/** A rule over one article's facts, with the article's setting (publisher's country, dateline). */
public non-sealed interface ArticleRule extends InferenceRule {
    /** Completes or adds to the article's facts in place. */
    void apply(WorkingFacts facts);
}
