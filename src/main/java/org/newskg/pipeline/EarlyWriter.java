package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.ArticleFacts;
import org.newskg.resolve.PersonDirectory;
import org.newskg.resolve.ResolvedArticle;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.StoredPersons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes articles' graphs while the workers still read the rest of the corpus, inside one write
 * transaction ({@link KnowledgeStore#beginOneTransaction}, begun at the first article to write and
 * committed by {@link #commit} after the build's last write), so that little is left to do
 * after the last article. Persons are resolved against the names of the whole corpus, known only
 * at the end; so each slice of articles is resolved, as a guess, against the names read so far,
 * and its graphs written. At the end the corpus is resolved as a whole, as without this, and
 * {@link #keepUnchanged} keeps each graph whose article came out the same and takes back the
 * others, to be written again: the graph is the same as if nothing had been written early (the
 * build's tests compare them), and nothing is visible before the transaction commits.
 */
final class EarlyWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EarlyWriter.class);

    private final KnowledgeStore store;
    private final BatchWriter writer;
    private final int slice;
    private final java.util.function.Supplier<Set<String>> rebuilt;
    private final Map<String, String> storedGraphs;
    /** The store's graphs the build removed, which the corpus's persons must not be read from. */
    private final Set<String> removedGraphs;
    private final StageTimes times;
    /** What the store's graphs said of persons before the first write, and the graphs the build rebuilds. */
    private StoredPersons stored;
    private Set<String> rebuiltGraphs;
    private KnowledgeStore.WriteTransaction transaction;
    /** The store's persons but for the graphs the build rebuilds, and the names of the articles taken so far. */
    private PersonDirectory guess;
    private final List<ArticleFacts> pending = new ArrayList<>();
    /** What was written early, by source file. */
    private final Map<String, Written> written = new HashMap<>();
    /** Early graphs whose article came out otherwise, by source file, until it is written again. */
    private final Map<String, String> stale = new HashMap<>();
    /** A write the store refused: it ended the transaction, and nothing more is written early. */
    private RuntimeException failure;

    private record Written(ResolvedArticle resolved, String graphIri, long triples) {
    }

    /**
     * @param rebuilt the store's graphs this build rebuilds (their persons do not count)
     * @param storedGraphs the store's graph of each source file before the build
     * @param removedGraphs the store's graphs the build removes, as it removes them
     */
    EarlyWriter(KnowledgeStore store, BatchWriter writer, int slice, java.util.function.Supplier<Set<String>> rebuilt,
                Map<String, String> storedGraphs, Set<String> removedGraphs, StageTimes times) {
        this.store = store;
        this.writer = writer;
        this.slice = slice;
        this.rebuilt = rebuilt;
        this.storedGraphs = storedGraphs;
        this.removedGraphs = removedGraphs;
        this.times = times;
    }

    /** Whether the transaction was begun: an article was taken to be written. */
    boolean started() {
        return transaction != null;
    }

    /** Commits every write since the first article was taken. */
    void commit() {
        StageTimes.Mark ts = times.mark();
        transaction.commit();
        transaction = null;
        times.add(StageTimes.Stage.STORE, ts);
    }

    /** Abandons the transaction, if it was begun and not committed: nothing it wrote is kept. */
    @Override
    public void close() {
        if (transaction != null) {
            transaction.close();
            transaction = null;
        }
    }

    /** Takes an extracted article; writes a slice once enough have come. */
    void take(ArticleFacts facts) {
        if (failure != null) {
            return;
        }
        if (transaction == null) {
            transaction = store.beginOneTransaction();
            stored = store.storedPersons(); // read before anything is written
            rebuiltGraphs = rebuilt.get();
            guess = BatchWriter.storeDirectory(stored, rebuiltGraphs);
        }
        pending.add(facts);
        if (pending.size() >= slice) {
            flush();
        }
    }

    /**
     * Writes the articles taken and not yet written.
     *
     * @throws RuntimeException the store's refusal of this or an earlier slice: the transaction is gone
     */
    void flush() {
        if (failure == null && !pending.isEmpty()) {
            try {
                write();
            } catch (RuntimeException e) {
                // the store's transaction is aborted: reading goes on; the build then writes without it
                failure = e;
                pending.clear();
                written.clear();
            }
        }
    }

    /** Throws the store's refusal of an early write, if there was one: the build must write without its transaction. */
    void checkWritten() {
        if (failure != null) {
            throw failure;
        }
    }

    private void write() {
        StageTimes.Mark tr = times.mark();
        pending.forEach(f -> guess.addNames(f.personNames()));
        List<ResolvedArticle> resolved = writer.resolve(pending, guess);
        pending.clear();
        times.add(StageTimes.Stage.RESOLVE, tr);
        // an article whose graph fails is left to the end, where it is resolved for good and the failure reported
        List<KnowledgeStore.ArticleGraph> batch = writer.graphs(resolved, storedGraphs, removedGraphs, times,
            (source, e) -> LOG.debug("article {} not written early", source, e));
        StageTimes.Mark ts = times.mark();
        store.replaceArticlesAndDerived(batch);
        times.add(StageTimes.Stage.STORE, ts);
        Map<String, ResolvedArticle> bySource = new HashMap<>();
        resolved.forEach(r -> bySource.put(r.facts().article().sourceFile(), r));
        batch.forEach(g -> written.put(g.sourceFile(), new Written(bySource.get(g.sourceFile()), g.graphIri(), g.graph().size())));
    }

    /**
     * The persons the corpus resolves against: what the store held before the first write, but
     * for the graphs the build rebuilds or removed, and every person name the corpus writes (what
     * {@link BatchWriter#corpusDirectory(List, Set)} would read from the store, less the graphs
     * written early).
     */
    PersonDirectory corpusDirectory(List<ArticleFacts> corpus) {
        Set<String> except = new java.util.HashSet<>(rebuiltGraphs);
        except.addAll(removedGraphs);
        return BatchWriter.corpusDirectory(corpus, stored, except);
    }

    /**
     * Given the corpus resolved as a whole, keeps each early graph whose article came out the
     * same (reported written to the tally) and returns the others, to be written again: their
     * new graph replaces the early one (the store recomputes what both touched), and
     * {@link #takeBack} removes the early graph of any that is not written.
     */
    List<ResolvedArticle> keepUnchanged(List<ResolvedArticle> resolved, BuildTally tally) {
        List<ResolvedArticle> again = new ArrayList<>();
        for (ResolvedArticle r : resolved) {
            String source = r.facts().article().sourceFile();
            Written w = written.remove(source);
            if (w != null && w.resolved().equals(r)) {
                tally.loaded(source, w.triples());
            } else {
                if (w != null) {
                    stale.put(source, w.graphIri());
                    tally.writtenAgain++;
                }
                again.add(r);
            }
        }
        written.clear(); // every article written early is among the corpus's
        LOG.debug("{} articles kept as written early, {} written again", resolved.size() - again.size(), again.size());
        return again;
    }

    /** Removes the early graphs of articles that were then not written again (their graph failed its shapes). */
    void takeBack(java.util.Collection<BuildReport.Skipped> skipped) {
        StageTimes.Mark ts = times.mark();
        for (BuildReport.Skipped s : skipped) {
            String iri = stale.remove(s.sourceFile());
            if (iri != null) {
                store.removeArticleAndDerived(iri);
            }
        }
        stale.clear();
        times.add(StageTimes.Stage.STORE, ts);
    }
}
