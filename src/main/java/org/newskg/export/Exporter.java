package org.newskg.export;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.rdf.NKG;

/**
 * Writes a store as linked data. Quad formats keep the article graphs; triple formats write their
 * union. Statements come sorted (N-Quads, N-Triples) so that two exports of one store are equal byte for byte.
 */
public final class Exporter {
    private Exporter() {
    }

    public static void export(Dataset dataset, ExportFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph source = dataset.asDatasetGraph();
            if (format == ExportFormat.NQUADS || format == ExportFormat.NTRIPLES) {
                SortedLines.write(source, format == ExportFormat.NQUADS, out);
                return;
            }
            if (format.quads()) {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                source.find().forEachRemaining(copy::add);
                prefixes(copy.getDefaultGraph());
                copy.prefixes().putAll(copy.getDefaultGraph().getPrefixMapping().getNsPrefixMap());
                RDFWriter.source(copy).format(format.rdfFormat()).output(out);
            } else {
                Graph union = GraphFactory.createDefaultGraph();
                source.find().forEachRemaining(q -> union.add(q.asTriple()));
                prefixes(union);
                RDFDataMgr.write(out, union, format.rdfFormat());
            }
        });
    }

    private static void prefixes(Graph g) {
        g.getPrefixMapping().setNsPrefix("nkg", NKG.NS).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("person", "https://w3id.org/newskg/id/person/")
            .setNsPrefix("country", "https://w3id.org/newskg/id/country/")
            .setNsPrefix("mission", "https://w3id.org/newskg/id/mission/")
            .setNsPrefix("article", "https://w3id.org/newskg/id/article/");
    }
}
