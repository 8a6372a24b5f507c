package org.newskg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.rdf.NKG;

/**
 * Everything a local store holds about one subject that its derived statements depend on, read
 * in one range scan of the subject-first index: in each named graph, whether it types the
 * subject a person and which names it gives; the articles that report it; and the derived label
 * and report count it has now. {@link #rewrite} then writes only what changes.
 */
final class DerivedScan {
    static final Node TYPE = RDF.type.asNode();
    static final Node PERSON = NKG.Person.asNode();
    static final Node REPORTED_IN = NKG.reportedIn.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node COUNT = NKG.reportCount.asNode();
    private static final Node ENTITIES = NodeFactory.createURI(KnowledgeStore.ENTITIES_GRAPH);

    private final Node subject;
    /** Graphs that type the subject a person. */
    private final Set<Node> personGraphs = new HashSet<>();
    /** Names (skos:altLabel literals) by the graph that gives them. */
    private final Map<Node, List<String>> namesByGraph = new HashMap<>();
    private final Set<Node> reportingArticles = new HashSet<>();
    private final List<Quad> currentDerived = new ArrayList<>();

    private DerivedScan(Node subject) {
        this.subject = subject;
    }

    /** Reads the subject's quads in every graph; the caller holds a transaction. */
    static DerivedScan of(DatasetGraph dsg, Node subject) {
        DerivedScan d = new DerivedScan(subject);
        dsg.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.isDefaultGraph()) {
                return;
            }
            Node p = q.getPredicate();
            Node o = q.getObject();
            if (q.getGraph().equals(ENTITIES) && (p.equals(LABEL) || p.equals(COUNT))) {
                d.currentDerived.add(q);
            }
            if (p.equals(TYPE) && o.equals(PERSON)) {
                d.personGraphs.add(q.getGraph());
            } else if (p.equals(ALT_LABEL) && o.isLiteral()) {
                d.namesByGraph.computeIfAbsent(q.getGraph(), k -> new ArrayList<>()).add(o.getLiteralLexicalForm());
            } else if (p.equals(REPORTED_IN)) {
                d.reportingArticles.add(o);
            }
        });
        return d;
    }

    /** The derived statements the subject should have ({@link DerivedStatements}). */
    List<Quad> wanted() {
        Set<String> names = new HashSet<>();
        personGraphs.forEach(g -> names.addAll(namesByGraph.getOrDefault(g, List.of())));
        return DerivedStatements.of(subject, names, reportingArticles.size()).stream().map(t -> Quad.create(ENTITIES, t)).toList();
    }

    /** Replaces the subject's derived statements with the wanted ones, touching only those that differ; the caller holds a write transaction. */
    void rewrite(DatasetGraph dsg) {
        List<Quad> wanted = wanted();
        for (Quad q : currentDerived) {
            if (!wanted.contains(q)) {
                dsg.delete(q);
            }
        }
        for (Quad q : wanted) {
            if (!currentDerived.contains(q)) {
                dsg.add(q);
            }
        }
    }
}
