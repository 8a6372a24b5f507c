package org.newskg.rdf;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.lexicon.Lazy;

/**
 * Checks graphs against the project's SHACL shapes ({@code ontology/shapes.ttl}): what a
 * well-formed article graph is. {@code build} checks every article graph before it commits it.
 */
public final class GraphValidator {
    private static final Lazy<GraphValidator> STANDARD = Lazy.of(GraphValidator::load);
    private final Shapes shapes;

    /** One violation, in words a user can act on. */
    public record Violation(String focusNode, String path, String message) {
        @Override
        public String toString() {
            return "focus " + focusNode + (path.isEmpty() ? "" : ", path " + path) + ": " + message;
        }
    }

    public GraphValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The validator with the shapes shipped inside newskg. */
    public static GraphValidator standard() {
        return STANDARD.get();
    }

    private static GraphValidator load() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Objects.requireNonNull(GraphValidator.class.getResourceAsStream("/ontology/shapes.ttl"),
            "ontology/shapes.ttl is missing from the jar; rebuild newskg")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new GraphValidator(g);
    }

    /** The full SHACL report. */
    public ValidationReport report(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** The violations, empty when the graph conforms. */
    public List<Violation> violations(Graph data) {
        ValidationReport r = report(data);
        if (r.conforms()) {
            return List.of();
        }
        return r.getEntries().stream().map(GraphValidator::violation).toList();
    }

    /** "violates ontology/shapes.ttl: " and the first five violations in one line, for a user ("…; and 3 more"). */
    public static String describe(List<Violation> violations) {
        return "violates ontology/shapes.ttl: "
            + String.join("; ", violations.stream().limit(5).map(Object::toString).toList())
            + (violations.size() > 5 ? "; and " + (violations.size() - 5) + " more" : "");
    }

    private static Violation violation(ReportEntry e) {
        Node focus = e.focusNode();
        String path = e.resultPath() == null ? "" : e.resultPath().toString();
        return new Violation(focus == null ? "?" : NodeFmtLib.strNT(focus), path, e.message());
    }
}
