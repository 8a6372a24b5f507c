package org.newskg.pipeline;

import java.util.List;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.newskg.rdf.GraphValidator;
import org.newskg.resolve.ResolvedArticle;

/**
 * An article's graph as a build writes it — mapped, then checked against the shapes — and the
 * reason an article is left out when it cannot be, worded once for {@code build} and the Spark job
 * alike.
 */
public final class ArticleGraphs {
    private ArticleGraphs() {
    }

    /**
     * The article's graph, mapped and checked against the shapes.
     *
     * @throws InvalidGraphException when it violates them
     */
    public static Model valid(Function<ResolvedArticle, Model> mapper, GraphValidator validator, ResolvedArticle r) {
        Model graph = mapper.apply(r);
        List<GraphValidator.Violation> violations = validator.violations(graph.getGraph());
        if (!violations.isEmpty()) {
            throw new InvalidGraphException(violations);
        }
        return graph;
    }

    /** Why an article whose mapping or validation failed is not loaded. */
    public static String notLoaded(RuntimeException e) {
        return e instanceof InvalidGraphException invalid
            ? "not loaded: its graph " + GraphValidator.describe(invalid.violations())
            : "not loaded: " + e;
    }
}
