package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing an article's graph in a local store writes only what changed, and leaves the graph
 * exactly the new one: no statement of the old graph is left behind, decimals included (TDB2
 * reads "0.60" back as "0.6", and a delete of "0.6" does not find a "0.60" as written).
 */
class Tdb2StoreReplaceTest {
    private static final String G = "https://w3id.org/newskg/id/article/a.txt";
    private static final String NS = "https://example.org/";

    @TempDir
    Path dir;

    private static Model evidence(String id, String text, BigDecimal confidence) {
        Model m = ModelFactory.createDefaultModel();
        Resource e = m.createResource(NS + id);
        e.addProperty(m.createProperty(NS + "text"), text);
        e.addLiteral(m.createProperty(NS + "confidence"), m.createTypedLiteral(confidence));
        e.addLiteral(m.createProperty(NS + "start"), m.createTypedLiteral(12));
        return m;
    }

    private static Set<String> graph(Tdb2Store store) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph()
            .find(NodeFactory.createURI(G), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple().toString())));
        return out;
    }

    private static Set<String> triples(Model m) {
        Set<String> out = new TreeSet<>();
        m.getGraph().find().forEachRemaining(t -> out.add(t.toString()));
        return out;
    }

    @Test
    void aReplacedGraphKeepsNothingOfTheOldOneDecimalsIncluded() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.replaceArticle(G, evidence("e1", "Mattis met Luik.", new BigDecimal("0.60")));
            Model next = evidence("e2", "Mattis met Izoria.", new BigDecimal("0.80"));
            store.replaceArticle(G, next);
            Set<String> stored = graph(store);
            assertEquals(3, stored.size(), stored.toString());
            assertEquals(Set.of(), Set.copyOf(stored.stream().filter(t -> t.contains("e1")).toList()), "the old evidence was left behind");
            assertEquals(Set.of(NS + "e2 " + NS + "confidence \"0.8\"^^xsd:decimal"),
                Set.copyOf(stored.stream().filter(t -> t.contains("confidence")).toList()));
        }
    }

    @Test
    void aGraphReplacedByItselfOrByAnotherScaleOfTheSameValueIsUnchanged() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.replaceArticle(G, evidence("e1", "Mattis met Luik.", new BigDecimal("0.60")));
            Set<String> before = graph(store);
            store.replaceArticle(G, evidence("e1", "Mattis met Luik.", new BigDecimal("0.60")));
            assertEquals(before, graph(store));
            store.replaceArticle(G, evidence("e1", "Mattis met Luik.", new BigDecimal("0.6")));
            assertEquals(before, graph(store));
            // and the value can still be taken away
            Model noConfidence = evidence("e1", "Mattis met Luik.", BigDecimal.ONE);
            noConfidence.removeAll(null, noConfidence.createProperty(NS + "confidence"), null);
            store.replaceArticle(G, noConfidence);
            assertEquals(triples(noConfidence), graph(store));
        }
    }

    @Test
    void aDecimalAnOlderStoreWroteAsGivenIsReplacedToo() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            // as newskg wrote before it wrote values in their stored form: "0.60" kept its scale
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeWrite(store.dataset(), () -> dsg.add(NodeFactory.createURI(G), NodeFactory.createURI(NS + "e1"),
                NodeFactory.createURI(NS + "confidence"), NodeFactory.createLiteralDT("0.60", XSDDatatype.XSDdecimal)));
            Model next = evidence("e2", "Mattis met Izoria.", new BigDecimal("0.80"));
            store.replaceArticle(G, next);
            assertEquals(List.of(), graph(store).stream().filter(t -> t.contains("e1")).toList(), "the older store's decimal was left behind");
            assertEquals(3, graph(store).size());
        }
    }
}
