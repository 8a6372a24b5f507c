package org.newskg.pipeline;

import java.util.List;
import org.newskg.rdf.GraphValidator;

/** An article whose graph violates the SHACL shapes, so it was not loaded. */
public class InvalidGraphException extends RuntimeException {
    private final List<GraphValidator.Violation> violations;

    public InvalidGraphException(List<GraphValidator.Violation> violations) {
        super("the article's graph violates ontology/shapes.ttl: "
            + String.join("; ", violations.stream().limit(5).map(Object::toString).toList()));
        this.violations = List.copyOf(violations);
    }

    public List<GraphValidator.Violation> violations() {
        return violations;
    }
}
