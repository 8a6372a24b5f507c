package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.newskg.lexicon.Lazy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local TDB2 store. Each article graph is replaced in one write transaction: readers see the
 * old graph or the new one, never half of either, and a crash mid-write leaves the old one.
 *
 * <p>The TDB2 files are opened on first use, and the article hashes come from the store's
 * {@link ArticleIndex} while it is current: re-building an unchanged corpus neither starts Jena
 * nor opens the store.
 */
public final class Tdb2Store extends KnowledgeStore {
    private static final Logger LOG = LoggerFactory.getLogger(Tdb2Store.class);

    private final Path location;
    private final Lazy<Dataset> dataset;

    private Tdb2Store(Path location) {
        this.location = location;
        this.dataset = Lazy.of(() -> connect(location));
    }

    /**
     * The store in a folder (created if needed); its files are opened on first use.
     *
     * @throws StoreException when the folder cannot be created
     */
    public static Tdb2Store open(Path location) {
        try {
            Files.createDirectories(location);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store folder " + location + ": " + e.getMessage(), e);
        }
        Tdb2Store store = new Tdb2Store(location);
        if (heldByAnotherProcess(location)) {
            store.dataset(); // fails now, with TDB2's own reason, not after the build has done its work
        }
        return store;
    }

    /**
     * Whether TDB2's lock file names a live process other than this one. Only a hint (a process
     * number can be reused): opening the store is what really tells.
     */
    private static boolean heldByAnotherProcess(Path location) {
        Path lock = location.resolve("tdb.lock");
        try {
            String pid = Files.isRegularFile(lock) ? Files.readString(lock).trim() : "";
            if (pid.isEmpty() || !pid.chars().allMatch(Character::isDigit)) {
                return false;
            }
            long n = Long.parseLong(pid);
            return n != ProcessHandle.current().pid() && ProcessHandle.of(n).map(ProcessHandle::isAlive).orElse(false);
        } catch (java.io.IOException | NumberFormatException e) {
            return false;
        }
    }

    private static Dataset connect(Path location) {
        try {
            Dataset ds = TDB2Factory.connectDataset(location.toString());
            // queries see the union of article graphs as their default graph, as Fuseki serves it
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return ds;
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            throw new StoreException("cannot open the store " + location + ": " + e.getMessage()
                + " (is another newskg process, e.g. 'serve', using it? stop it, or use build --endpoint)", e);
        }
    }

    /**
     * The TDB2 dataset (opened now if it was not yet).
     *
     * @throws StoreException when the store cannot be opened (another process holds it)
     */
    public Dataset dataset() {
        return dataset.get();
    }

    /** Whether this process has opened the store's TDB2 files through this object. */
    public boolean isOpen() {
        return dataset.isMade();
    }

    @Override
    public Map<String, String> articleHashes() {
        return currentIndex().map(ArticleIndex::hashes).orElseGet(super::articleHashes);
    }

    @Override
    public Map<String, String> articleGraphs() {
        return currentIndex().map(ArticleIndex::graphs).orElseGet(super::articleGraphs);
    }

    @Override
    public Map<String, FileStamp> fileStamps() {
        return currentIndex().map(ArticleIndex::stamps).orElse(Map.of());
    }

    private volatile Optional<ArticleIndex> index;

    // only while the store is not open in this process: once it is, this process may write it
    private Optional<ArticleIndex> currentIndex() {
        if (dataset.isMade()) {
            return Optional.empty();
        }
        Optional<ArticleIndex> i = index;
        if (i == null) {
            i = ArticleIndex.readIfCurrent(location);
            index = i;
        }
        return i;
    }

    /**
     * Writes the {@link ArticleIndex}: the articles as the store holds them now (asked from the
     * store if this process opened it, else from the current index), with the given stamps and
     * those of the old index whose content is still the stored one.
     */
    @Override
    public void saveArticleIndex(Map<String, FileStamp> verified) {
        Map<String, ArticleIndex.Entry> articles = new HashMap<>();
        if (dataset.isMade()) {
            // what articleHashes() answers: an article with no content hash is not indexed
            storedArticles().forEach((f, a) -> {
                if (a.contentHash() != null) {
                    articles.put(f, a);
                }
            });
        } else {
            Optional<ArticleIndex> current = currentIndex();
            if (current.isEmpty()) {
                return; // neither opened nor indexed: nothing known to write
            }
            articles.putAll(current.get().articles());
        }
        Map<String, FileStamp> old = ArticleIndex.readAnyway(location).map(ArticleIndex::stamps).orElse(Map.of());
        boolean changed = dataset.isMade();
        for (Map.Entry<String, ArticleIndex.Entry> e : articles.entrySet()) {
            FileStamp st = verified.getOrDefault(e.getKey(), old.get(e.getKey()));
            if (st != null && st.contentHash().equals(e.getValue().contentHash()) && !st.equals(e.getValue().stamp())) {
                e.setValue(new ArticleIndex.Entry(e.getValue().contentHash(), e.getValue().graphIri(), st));
                changed = true;
            }
        }
        if (!changed) {
            return;
        }
        try {
            new ArticleIndex(articles).writeTo(location);
            index = null;
        } catch (java.io.IOException e) {
            // the index only saves time: without it the next build asks the store
            LOG.warn("could not write the article index in {}: {}", location, e.toString());
        }
    }

    public DatasetGraph datasetGraph() {
        return dataset().asDatasetGraph();
    }

    public Path location() {
        return location;
    }

    @Override
    public void replaceArticle(String graphIri, Model graph) {
        Txn.executeWrite(dataset(), () -> replace(NodeFactory.createURI(graphIri), graph.getGraph()));
    }

    @Override
    public void replaceArticles(List<ArticleGraph> graphs) {
        Txn.executeWrite(dataset(), () -> graphs.forEach(g -> replace(NodeFactory.createURI(g.graphIri()), g.graph().getGraph())));
    }

    @Override
    public void replaceArticlesAndDerived(List<ArticleGraph> graphs) {
        Txn.executeWrite(dataset(), () -> super.replaceArticlesAndDerived(graphs));
    }

    @Override
    public boolean holdsOneTransaction() {
        return true;
    }

    @Override
    public WriteTransaction beginOneTransaction() {
        return DatasetWriteTransaction.begin(dataset());
    }

    @Override
    public void removeArticleAndDerived(String graphIri) {
        Txn.executeWrite(dataset(), () -> super.removeArticleAndDerived(graphIri));
    }

    /** Replaces a named graph by what differs ({@link GraphReplacement}); the caller holds the write transaction. */
    private void replace(Node name, Graph graph) {
        GraphReplacement.replace(dataset().asDatasetGraph(), name, graph);
    }

    @Override
    public void removeArticle(String graphIri) {
        Txn.executeWrite(dataset(), () -> dataset().asDatasetGraph().removeGraph(NodeFactory.createURI(graphIri)));
    }

    @Override
    protected <T> List<T> select(String query, Function<QuerySolution, T> row) {
        return Txn.calculateRead(dataset(), () -> {
            List<T> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(query, dataset())) {
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

    /**
     * The derived statements of these subjects, read straight from TDB2's subject-first index
     * rather than through SPARQL: one range scan a subject gives its names, the articles that
     * report it and its current derived statements, and only those that change are written (the
     * same statements as {@link RemoteStore#refreshDerived}'s queries give: the bench corpus's
     * export is byte-identical either way).
     */
    @Override
    public void refreshDerived(java.util.Collection<String> subjects) {
        Txn.executeWrite(dataset(), () -> {
            DatasetGraph dsg = dataset().asDatasetGraph();
            for (String iri : new java.util.TreeSet<>(subjects)) {
                DerivedScan d = DerivedScan.of(dsg, NodeFactory.createURI(iri));
                d.rewrite(dsg);
            }
        });
    }

    /** The subjects the named graphs give derived statements to, read from the graph-first indexes. */
    @Override
    public List<String> derivedSubjects(java.util.Collection<String> graphIris) {
        return Txn.calculateRead(dataset(), () -> {
            DatasetGraph dsg = dataset().asDatasetGraph();
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            for (String iri : graphIris) {
                Node g = NodeFactory.createURI(iri);
                dsg.find(g, Node.ANY, DerivedScan.TYPE, DerivedScan.PERSON).forEachRemaining(q -> out.add(q.getSubject().getURI()));
                dsg.find(g, Node.ANY, DerivedScan.REPORTED_IN, Node.ANY).forEachRemaining(q -> {
                    if (q.getSubject().isURI()) {
                        out.add(q.getSubject().getURI());
                    }
                });
            }
            return new ArrayList<>(out);
        });
    }

    /**
     * Releases the process-wide connection to the folder, so that its files can be deleted (the
     * benchmark's scratch stores); this store must not be used afterwards.
     */
    public void release() {
        if (dataset.isMade()) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.get().asDatasetGraph());
        }
    }

    @Override
    public void close() {
        // TDB2 keeps one connection per folder for the whole process; nothing to release here.
    }
}
