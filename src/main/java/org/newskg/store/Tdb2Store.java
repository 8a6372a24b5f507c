package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A local TDB2 store. Each article graph is replaced in one write transaction: readers see the
 * old graph or the new one, never half of either, and a crash mid-write leaves the old one.
 */
public final class Tdb2Store extends KnowledgeStore {
    private final Dataset dataset;
    private final Path location;

    private Tdb2Store(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the store in a folder. */
    public static Tdb2Store open(Path location) {
        try {
            Files.createDirectories(location);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store folder " + location + ": " + e.getMessage(), e);
        }
        Dataset ds = TDB2Factory.connectDataset(location.toString());
        // queries see the union of article graphs as their default graph, as Fuseki serves it
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Tdb2Store(location, ds);
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    public Path location() {
        return location;
    }

    @Override
    public void replaceArticle(String graphIri, Model graph) {
        Txn.executeWrite(dataset, () -> replace(NodeFactory.createURI(graphIri), graph.getGraph()));
    }

    @Override
    public void replaceArticles(List<ArticleGraph> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach(g -> replace(NodeFactory.createURI(g.graphIri()), g.graph().getGraph())));
    }

    /** Replaces a named graph; the caller holds the write transaction. */
    private void replace(Node name, Graph graph) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.removeGraph(name);
        dsg.addGraph(name, graph);
    }

    @Override
    public void removeArticle(String graphIri) {
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(graphIri)));
    }

    @Override
    protected <T> List<T> select(String query, Function<QuerySolution, T> row) {
        return Txn.calculateRead(dataset, () -> {
            List<T> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(query, dataset)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    T t = row.apply(rs.next());
                    if (t != null) {
                        out.add(t);
                    }
                }
            }
            return out;
        });
    }

    @Override
    protected void putGraph(Node name, Graph graph) {
        Txn.executeWrite(dataset, () -> replace(name, graph));
    }

    /**
     * Releases the process-wide connection to the folder, so that its files can be deleted (the
     * benchmark's scratch stores); this store must not be used afterwards.
     */
    public void release() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }

    @Override
    public void close() {
        // TDB2 keeps one connection per folder for the whole process; nothing to release here.
    }
}
