package org.newskg.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

/**
 * A local store seen through another face, for tests of the build's writes: without its one
 * transaction (so a build writes chunk by chunk, as into a remote store), or refusing the
 * transactions that write a given article's graph the way TDB2 refuses a write (the transaction
 * aborted).
 */
public final class DelegatingStore extends KnowledgeStore {
    private final Tdb2Store store;
    private final boolean oneTransaction;
    private final Predicate<String> refuseGraph;

    private DelegatingStore(Tdb2Store store, boolean oneTransaction, Predicate<String> refuseGraph) {
        this.store = store;
        this.oneTransaction = oneTransaction;
        this.refuseGraph = refuseGraph;
    }

    /** The store, written without one transaction for the build. */
    public static DelegatingStore withoutOneTransaction(Tdb2Store store) {
        return new DelegatingStore(store, false, g -> false);
    }

    /** The store, refusing every write of a graph whose IRI {@code refuse} accepts. */
    public static DelegatingStore refusing(Tdb2Store store, Predicate<String> refuse) {
        return new DelegatingStore(store, true, refuse);
    }

    private void refuseIfAsked(Collection<String> graphIris) {
        for (String g : graphIris) {
            if (refuseGraph.test(g)) {
                throw new StoreException("refused " + g + " (a test's store)");
            }
        }
    }

    @Override
    public boolean holdsOneTransaction() {
        return oneTransaction;
    }

    @Override
    public WriteTransaction beginOneTransaction() {
        if (!oneTransaction) {
            return super.beginOneTransaction();
        }
        return store.beginOneTransaction();
    }

    @Override
    public void replaceArticle(String graphIri, Model graph) {
        Txn.executeWrite(store.dataset(), () -> {
            refuseIfAsked(List.of(graphIri));
            store.replaceArticle(graphIri, graph);
        });
    }

    @Override
    public void replaceArticles(List<ArticleGraph> graphs) {
        Txn.executeWrite(store.dataset(), () -> {
            refuseIfAsked(graphs.stream().map(ArticleGraph::graphIri).toList());
            store.replaceArticles(graphs);
        });
    }

    @Override
    public void replaceArticlesAndDerived(List<ArticleGraph> graphs) {
        Txn.executeWrite(store.dataset(), () -> {
            refuseIfAsked(graphs.stream().map(ArticleGraph::graphIri).toList());
            store.replaceArticlesAndDerived(graphs);
        });
    }

    @Override
    public void removeArticleAndDerived(String graphIri) {
        store.removeArticleAndDerived(graphIri);
    }

    @Override
    public void removeArticle(String graphIri) {
        store.removeArticle(graphIri);
    }

    @Override
    protected <T> List<T> select(String query, Function<QuerySolution, T> row) {
        return store.select(query, row);
    }

    @Override
    public void refreshDerived(Collection<String> subjects) {
        store.refreshDerived(subjects);
    }

    @Override
    public List<String> derivedSubjects(Collection<String> graphIris) {
        return store.derivedSubjects(graphIris);
    }

    @Override
    public Map<String, String> articleHashes() {
        return store.articleHashes();
    }

    @Override
    public Map<String, String> articleGraphs() {
        return store.articleGraphs();
    }

    @Override
    public Map<String, FileStamp> fileStamps() {
        return store.fileStamps();
    }

    @Override
    public void saveArticleIndex(Map<String, FileStamp> verified) {
        store.saveArticleIndex(verified);
    }

    @Override
    public void close() {
        store.close();
    }
}
