package org.newskg.store;

import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/**
 * Where the read-only commands ({@code query}, {@code explain}, {@code export}, {@code validate})
 * read: the local TDB2 store, or a running newskg server (its SPARQL endpoint, and its Graph Store
 * Protocol for the whole dataset), so that they work while {@code serve} holds the store.
 */
public interface StoreReader extends AutoCloseable {
    /** A query execution against the store's default graph, the union of its graphs. */
    QueryExecution execute(Query query);

    /** Runs reads in a read transaction where the store has them. */
    <T> T read(Supplier<T> action);

    /** Every quad of the store's named graphs (a remote store's are fetched once). */
    DatasetGraph quads();

    /** What to call the store in messages: its folder or its URL. */
    String name();

    @Override
    void close();

    static StoreReader local(Tdb2Store store, String name) {
        return new StoreReader() {
            public QueryExecution execute(Query query) {
                return QueryExecution.create(query, store.dataset());
            }

            public <T> T read(Supplier<T> action) {
                return Txn.calculateRead(store.dataset(), action);
            }

            public DatasetGraph quads() {
                return store.datasetGraph();
            }

            public String name() {
                return name;
            }

            public void close() {
                store.close();
            }
        };
    }

    /** A server's dataset URL ({@code http://localhost:3030/kg}): queries go to {@code /sparql}, the dump comes from the dataset itself. */
    static StoreReader remote(String datasetUrl) {
        String url = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        return new StoreReader() {
            private DatasetGraph fetched;

            public QueryExecution execute(Query query) {
                return QueryExecutionHTTP.service(url + "/sparql").query(query).build();
            }

            public <T> T read(Supplier<T> action) {
                return action.get();
            }

            public DatasetGraph quads() {
                if (fetched == null) {
                    // the server's default graph is the union of the named graphs: only the named graphs are the store
                    DatasetGraph all = DSP.service(url).GET();
                    fetched = DatasetGraphFactory.createTxnMem();
                    DatasetGraph into = fetched;
                    Txn.executeWrite(into, () -> all.listGraphNodes().forEachRemaining(g -> all.getGraph(g).find()
                        .forEachRemaining(t -> into.add(g, t.getSubject(), t.getPredicate(), t.getObject()))));
                }
                return fetched;
            }

            public String name() {
                return url;
            }

            public void close() {
                // nothing held open
            }
        };
    }
}
