package org.newskg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.NKG;

/**
 * What the derived graph says of a subject, defined once for both stores (a local store reads its
 * inputs from TDB2's indexes, a remote one with SPARQL): a person's preferred label is the fullest
 * of the names articles give it (most words, then longest, then first in alphabetical order), and
 * a fact's report count is the number of articles that report it.
 */
public final class DerivedStatements {
    /** A person's preferred label is the first of its names in this order. */
    static final Comparator<String> FULLEST = Comparator.<String>comparingInt(s -> s.split("\\s+").length)
        .thenComparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());

    private DerivedStatements() {
    }

    /**
     * @param personNames  the names the articles that type the subject a person give it (empty for a fact)
     * @param reportCount  how many articles report it (0 for a person)
     */
    public static List<Triple> of(Node subject, Collection<String> personNames, int reportCount) {
        List<Triple> out = new ArrayList<>(2);
        personNames.stream().min(FULLEST).ifPresent(l -> out.add(Triple.create(subject, RDFS.label.asNode(), NodeFactory.createLiteralString(l))));
        if (reportCount > 0) {
            out.add(Triple.create(subject, NKG.reportCount.asNode(),
                NodeFactory.createLiteralDT(Integer.toString(reportCount), XSDDatatype.XSDinteger)));
        }
        return out;
    }
}
