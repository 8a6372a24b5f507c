package org.newskg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;

/** A write transaction on a Jena dataset, begun on this thread, as {@link KnowledgeStore#beginOneTransaction} gives one. */
final class DatasetWriteTransaction implements KnowledgeStore.WriteTransaction {
    private final Dataset dataset;

    private DatasetWriteTransaction(Dataset dataset) {
        this.dataset = dataset;
    }

    static DatasetWriteTransaction begin(Dataset dataset) {
        dataset.begin(TxnType.WRITE);
        return new DatasetWriteTransaction(dataset);
    }

    @Override
    public void commit() {
        dataset.commit();
        dataset.end();
    }

    @Override
    public void close() {
        // a write that failed inside has aborted and ended it already (Jena's Txn)
        if (dataset.isInTransaction()) {
            dataset.abort();
            dataset.end();
        }
    }
}
