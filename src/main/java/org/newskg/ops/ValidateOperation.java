package org.newskg.ops;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.rdf.GraphValidator;
import org.newskg.store.StoreReader;

/** Checks a whole store (local or a server's), the union of its graphs, against the SHACL shapes. */
public final class ValidateOperation {
    /** What validation found: the size of what was checked, the W3C report, and its violations one per line. */
    public record Result(String store, long triples, ValidationReport report, List<GraphValidator.Violation> violations) {
        public boolean conforms() {
            return report.conforms();
        }
    }

    public Result validate(StoreReader store) {
        Graph union = GraphFactory.createDefaultGraph();
        DatasetGraph quads = store.quads();
        Txn.executeRead(quads, () -> quads.find().forEachRemaining(q -> union.add(q.asTriple())));
        GraphValidator validator = GraphValidator.standard();
        return new Result(store.name(), union.size(), validator.report(union), validator.violations(union));
    }
}
