package org.newskg.pipeline;

import java.util.List;
import org.newskg.rdf.GraphValidator;

/** An article whose graph violates the SHACL shapes, so it was not loaded. */
public class InvalidGraphException extends RuntimeException {
    private final List<GraphValidator.Violation> violations;

    public InvalidGraphException(List<GraphValidator.Violation> violations) {
        super("the article's graph " + GraphValidator.describe(violations));
        this.violations = List.copyOf(violations);
    }

    public List<GraphValidator.Violation> violations() {
        return violations;
    }
}
