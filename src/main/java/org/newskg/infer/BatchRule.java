package org.newskg.infer;

import java.util.List;
import org.newskg.resolve.PersonDirectory;
import org.newskg.resolve.ResolvedArticle;

/** A rule over a whole batch of resolved articles and the persons the store knew before it. */
public non-sealed interface BatchRule extends InferenceRule {
    List<ResolvedArticle> apply(List<ResolvedArticle> batch, PersonDirectory known);
}
