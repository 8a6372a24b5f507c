package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.newskg.extract.ArticleFacts;
import org.newskg.infer.Inference;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.GraphValidator;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.KnownPersons;
import org.newskg.resolve.PersonDirectory;
import org.newskg.resolve.ResolvedArticle;
import org.newskg.store.FileStamp;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.StoredPersons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch's way from facts to the store, on the build's one writer thread: resolve across the
 * batch, infer, map each article to its graph, validate it against the shapes, and commit the
 * valid graphs in one transaction (if that fails, one by one, so one bad article cannot lose the
 * others).
 */
final class BatchWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);

    private final KnowledgeStore store;
    private final Supplier<EntityResolver> resolver;
    private final Inference inference;
    private final Supplier<Function<ResolvedArticle, Model>> mapper;
    private final Supplier<GraphValidator> validator;

    BatchWriter(KnowledgeStore store, Supplier<EntityResolver> resolver, Inference inference,
                Supplier<Function<ResolvedArticle, Model>> mapper, Supplier<GraphValidator> validator) {
        this.store = store;
        this.resolver = resolver;
        this.inference = inference;
        this.mapper = mapper;
        this.validator = validator;
    }

    /** Resolves and infers a batch against the persons known before it. */
    List<ResolvedArticle> resolve(List<ArticleFacts> facts, PersonDirectory known) {
        return inference.infer(resolver.get().resolve(facts, known), known);
    }

    /**
     * The persons a corpus resolves against: the store's (but for the graphs this build rebuilds)
     * and every person name the corpus's articles write, all in sorted order, so that neither the
     * order of the files nor the size of the batches changes which name stands for a person.
     */
    PersonDirectory corpusDirectory(List<ArticleFacts> corpus, Set<String> exceptGraphs) {
        return corpusDirectory(corpus, store.storedPersons(), exceptGraphs);
    }

    /** The same, from what the store held when {@code stored} was read. */
    static PersonDirectory corpusDirectory(List<ArticleFacts> corpus, StoredPersons stored, Set<String> exceptGraphs) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(stored.names(exceptGraphs));
        for (ArticleFacts f : corpus) {
            names.addAll(f.personNames());
        }
        return PersonDirectory.of(KnownPersons.of(names, stored.positionCountries(exceptGraphs)));
    }

    /** Maps, validates and commits resolved articles; stored graphs by source file say which old graph each replaces. */
    void write(List<ResolvedArticle> resolved, BuildTally tally, Map<String, String> storedGraphs, StageTimes times) {
        List<KnowledgeStore.ArticleGraph> batch = graphs(resolved, storedGraphs, tally.removedGraphs, times, (source, e) -> {
            if (!(e instanceof InvalidGraphException)) {
                LOG.debug("article {} failed", source, e);
            }
            tally.skip(new BuildReport.Skipped(source, ArticleGraphs.notLoaded(e)));
        });
        commit(batch, tally, times); // one transaction a chunk: TDB2's cost is mostly per commit
    }

    /**
     * The valid graphs of resolved articles, ready to be written. First removes the old graph
     * of a file the store holds under an IRI an older newskg minted (one graph per file), and adds
     * it to {@code removed}; an article whose graph cannot be mapped or violates the shapes is told
     * to {@code failed} (by source file) and left out.
     */
    List<KnowledgeStore.ArticleGraph> graphs(List<ResolvedArticle> resolved, Map<String, String> storedGraphs, Set<String> removed, StageTimes times,
                                             java.util.function.BiConsumer<String, RuntimeException> failed) {
        List<KnowledgeStore.ArticleGraph> batch = new ArrayList<>();
        for (ResolvedArticle r : resolved) {
            String source = r.facts().article().sourceFile();
            String old = storedGraphs.get(source);
            if (old != null && !old.equals(r.articleIri())) {
                store.removeArticleAndDerived(old);
                removed.add(old);
            }
            StageTimes.Mark tm = times.mark();
            try {
                batch.add(new KnowledgeStore.ArticleGraph(source, r.articleIri(), validGraph(r)));
            } catch (RuntimeException e) {
                failed.accept(source, e);
            } finally {
                times.add(StageTimes.Stage.RDF, tm);
            }
        }
        return batch;
    }

    private void commit(List<KnowledgeStore.ArticleGraph> batch, BuildTally tally, StageTimes times) {
        if (batch.isEmpty()) {
            return;
        }
        StageTimes.Mark ts = times.mark();
        try {
            store.replaceArticlesAndDerived(batch);
            batch.forEach(g -> loaded(tally, g));
        } catch (RuntimeException batchFailure) {
            if (tally.holding()) {
                throw batchFailure; // the failure ended the build's one transaction: the build retries without it
            }
            LOG.debug("batch write failed; writing its articles one by one", batchFailure);
            for (KnowledgeStore.ArticleGraph g : batch) {
                try {
                    store.replaceArticlesAndDerived(List.of(g));
                    loaded(tally, g);
                } catch (RuntimeException e) {
                    tally.skip(new BuildReport.Skipped(g.sourceFile(), "not loaded: the store refused it: " + e.getMessage()));
                }
            }
        }
        times.add(StageTimes.Stage.STORE, ts);
    }

    private static void loaded(BuildTally tally, KnowledgeStore.ArticleGraph g) {
        tally.loaded(g.sourceFile(), g.graph().size());
    }

    /**
     * The article's graph, mapped and checked against the shapes.
     *
     * @throws InvalidGraphException when it violates them
     */
    Model validGraph(ResolvedArticle r) {
        return ArticleGraphs.valid(mapper.get(), validator.get(), r);
    }

    /**
     * A directory of the persons the store holds now, but for these graphs (read once; callers
     * grow it with what they write).
     */
    PersonDirectory storeDirectory(Set<String> exceptGraphs) {
        return storeDirectory(store.storedPersons(), exceptGraphs);
    }

    /** The same, from what the store held when {@code stored} was read. */
    static PersonDirectory storeDirectory(StoredPersons stored, Set<String> exceptGraphs) {
        return PersonDirectory.of(KnownPersons.of(stored.names(exceptGraphs), stored.positionCountries(exceptGraphs)));
    }

    /** Adds to a directory the person names and position countries an article graph wrote. */
    static void learn(PersonDirectory d, Model graph) {
        d.addNames(ArticleGraphMapper.personNames(graph));
        ArticleGraphMapper.positionCountries(graph).forEach((p, isos) -> isos.forEach(iso -> d.addPositionCountry(p, iso)));
    }
}
