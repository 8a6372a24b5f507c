package org.newskg.infer;

/**
 * A named rule of the inference stage: it combines facts that extraction found separately
 * (a meeting and a position, a publisher and a title) into new or completed facts, whose evidence
 * is derived from the fact it completes ({@link org.newskg.extract.Evidence#derived}) and names the
 * rule. Rules run in the order {@link Inference} lists them.
 */
public sealed interface InferenceRule permits ArticleRule, BatchRule {
    /** The name written into derived evidence ("host-country-of-meeting"). */
    String name();

    /** One line on what it concludes from what: for the README and {@code newskg explain}. */
    String description();
}
