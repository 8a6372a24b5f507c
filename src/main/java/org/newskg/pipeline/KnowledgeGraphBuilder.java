package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.FactExtractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.UnreadableArticleException;
import org.newskg.lexicon.Lazy;
import org.newskg.nlp.AnnotatorProfile;
import org.newskg.nlp.NlpPipeline;
import org.newskg.infer.Inference;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.relation.Relations;
import org.newskg.rdf.GraphValidator;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.PersonDirectory;
import org.newskg.resolve.ResolvedArticle;
import org.newskg.store.FileStamp;
import org.newskg.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stages over a batch of files, as a loop over its parts: the {@link ChangeDetector}
 * says what can be skipped, an {@link ArticleProcessor} takes each file through ingest, nlp and
 * extract (in a bounded pool of workers), and the {@link BatchWriter} resolves, infers, maps,
 * validates and commits each chunk. A file that fails is reported and skipped; the rest of the
 * batch goes on. Also live ingest of one article ({@link #ingest}). Build one with {@link #create()}.
 *
 * <p>Over 300 lines because its {@link Builder} of options and live ingest's duplicate and
 * replace rules live beside the build loop they configure and share.
 */
public final class KnowledgeGraphBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeGraphBuilder.class);

    private final KnowledgeStore store;
    private final ArticleReader reader;
    private final ArticleProcessor processor;
    private final BatchWriter writer;
    private final BuildListener listener;
    private final int threads;
    private final int chunk;
    private final boolean force;
    private final boolean prune;

    private KnowledgeGraphBuilder(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.reader = b.reader != null ? b.reader : ArticleReader.create();
        // made on first use: re-building an unchanged corpus loads no model and builds no rule
        NlpPipeline given = b.nlp;
        AnnotatorProfile profile = b.profile;
        Supplier<NlpPipeline> nlp = given != null ? () -> given : Lazy.of(() -> NlpPipeline.forProfile(profile));
        Lazy<FactExtractor> extractor = Lazy.of(() -> Relations.factExtractor()
            .requireAnnotations(nlp.get().annotationsSet(), nlp.get().annotators()));
        this.processor = new ArticleProcessor(reader, nlp, extractor);
        Function<ResolvedArticle, Model> givenMapper = b.mapper;
        this.writer = new BatchWriter(store, Lazy.of(EntityResolver::standard), Inference.standard(),
            Lazy.of(() -> givenMapper != null ? givenMapper : Relations.graphMapper()::map), Lazy.of(GraphValidator::standard));
        this.listener = b.listener;
        this.threads = b.threads;
        this.chunk = b.chunk;
        this.force = b.force;
        this.prune = b.prune;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of a build. */
    public static final class Builder {
        private KnowledgeStore store;
        private ArticleReader reader;
        private NlpPipeline nlp;
        private AnnotatorProfile profile = AnnotatorProfile.LEAN;
        private BuildListener listener = BuildListener.NONE;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int chunk = 200;
        private boolean force;
        private boolean prune;
        private Function<ResolvedArticle, Model> mapper;

        /** How resolved articles become graphs (default: {@link ArticleGraphMapper}). */
        public Builder mapper(Function<ResolvedArticle, Model> m) {
            this.mapper = m;
            return this;
        }

        public Builder store(KnowledgeStore s) {
            this.store = s;
            return this;
        }

        public Builder reader(ArticleReader r) {
            this.reader = r;
            return this;
        }

        public Builder nlp(NlpPipeline p) {
            this.nlp = p;
            return this;
        }

        /** The CoreNLP profile, when no pipeline is given (default {@link AnnotatorProfile#LEAN}). */
        public Builder profile(AnnotatorProfile p) {
            this.profile = p;
            return this;
        }

        public Builder listener(BuildListener l) {
            this.listener = l;
            return this;
        }

        /** Worker threads for nlp and extraction (default: the number of cores). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = n;
            return this;
        }

        /** Articles resolved together before their graphs are written (bounds memory). */
        public Builder chunk(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("chunk must be at least 1");
            }
            this.chunk = n;
            return this;
        }

        /** Rebuild articles even when their content hash is unchanged. */
        public Builder force(boolean f) {
            this.force = f;
            return this;
        }

        /** Remove from the store the articles whose files are no longer among the inputs. */
        public Builder prune(boolean p) {
            this.prune = p;
            return this;
        }

        public KnowledgeGraphBuilder build() {
            return new KnowledgeGraphBuilder(this);
        }
    }

    /** Builds the files into the store. */
    public BuildReport build(List<InputFile> files) {
        long t0 = System.nanoTime();
        StageTimes times = new StageTimes();
        Map<String, String> storedHashes = store.articleHashes();
        ChangeDetector changes = new ChangeDetector(storedHashes, store.fileStamps(), force);
        BuildTally tally = new BuildTally(listener);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<ArticleFacts> facts = new ArrayList<>();
            if (store.holdsOneTransaction()) {
                buildInOneTransaction(files, storedHashes, pool, changes, tally, times, facts);
            } else {
                read(files, storedHashes, pool, changes, tally, times, facts, null);
                finish(files, changes, tally, times, facts, null);
            }
            StageTimes.Mark ts = times.mark();
            store.saveArticleIndex(tally.verified);
            times.add(StageTimes.Stage.STORE, ts);
        } finally {
            pool.shutdownNow();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("stage times, wall {} ms, CPU {} ms", times.millis(), times.cpuMillis());
        }
        if (tally.tokensTagged > 0) {
            LOG.info("POS tagger ran on {} of {} tokens ({}%): the sentences extraction asked about", tally.tokensTagged, tally.tokens,
                Math.round(100.0 * tally.tokensTagged / Math.max(1, tally.tokens)));
        }
        return new BuildReport(files.size(), tally.loaded, tally.unchanged, tally.pruned, List.copyOf(tally.skipped),
            java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tally.duplicates)), tally.triples,
            tally.tokens, tally.tokensTagged, (System.nanoTime() - t0) / 1_000_000, times.millis(), times.cpuMillis(),
            tally.writtenAgain);
    }

    /**
     * The build as one transaction, begun at the first article to write: graphs are written
     * while the workers still read (an {@link EarlyWriter}), and none is visible, or kept should
     * the process die, before the commit. Should the store refuse a write, the transaction is
     * gone with every write of the build, and the articles are written again chunk by chunk,
     * each chunk its own transaction, so that one refused article cannot lose the others.
     */
    private void buildInOneTransaction(List<InputFile> files, Map<String, String> storedHashes, ExecutorService pool, ChangeDetector changes,
                                       BuildTally tally, StageTimes times, List<ArticleFacts> facts) {
        tally.holdLoaded();
        int skippedBefore;
        try (EarlyWriter early = new EarlyWriter(store, writer, Math.min(chunk, EARLY_SLICE),
                () -> changes.rebuiltGraphs(files, storedGraphs(tally)), storedGraphs(tally), tally.removedGraphs, times)) {
            read(files, storedHashes, pool, changes, tally, times, facts, early);
            if (!early.started()) { // nothing to write: no transaction
                tally.commitHeld();
                finish(files, changes, tally, times, facts, null);
                return;
            }
            skippedBefore = tally.skipped.size();
            try {
                early.flush();
                early.checkWritten();
                finish(files, changes, tally, times, facts, early);
                early.commit();
                tally.commitHeld();
                return;
            } catch (RuntimeException e) {
                LOG.warn("the store refused the build's transaction ({}); writing its articles chunk by chunk", e.toString());
                LOG.debug("the store's refusal", e);
            }
        }
        tally.dropHeld();
        tally.writtenAgain = 0;
        tally.skipped.subList(skippedBefore, tally.skipped.size()).clear();
        tally.duplicates.keySet().forEach(d -> removeStored(tally, d));
        finish(files, changes, tally, times, facts, null);
    }

    /** Articles written early at a time: small, so that little is left after the last article. */
    private static final int EARLY_SLICE = 50;

    /**
     * Takes every file through the workers and collects the facts of those to write; an early
     * writer, if given, writes them as they come.
     */
    private void read(List<InputFile> files, Map<String, String> storedHashes, ExecutorService pool, ChangeDetector changes, BuildTally tally, StageTimes times,
                      List<ArticleFacts> facts, EarlyWriter early) {
        // chunks overlap: while one chunk's outcomes are taken in, the workers read the next; at
        // most two chunks of annotations are in flight. Their facts (no annotations) are kept
        // until every article is extracted: persons are resolved against the names of the whole
        // corpus at once, so that batches, threads and file order do not change the graph.
        Map<String, String> byHash = ChangeDetector.storedByHash(storedHashes, files);
        List<Future<Outcome>> next = submit(pool, files, 0, changes, times);
        for (int from = 0; from < files.size(); from += chunk) {
            List<Future<Outcome>> current = next;
            int nextFrom = from + chunk;
            next = nextFrom < files.size() ? submit(pool, files, nextFrom, changes, times) : List.of();
            List<InputFile> part = files.subList(from, Math.min(files.size(), from + chunk));
            for (int i = 0; i < current.size(); i++) {
                String source = part.get(i).sourceFile();
                Outcome o = await(current.get(i), part.get(i));
                tally.done++;
                listener.processed(tally.done, files.size(), source);
                if (o instanceof Outcome.Skipped s) {
                    tally.skip(s.why());
                } else if (o instanceof Outcome.Unchanged u) {
                    if (!duplicate(tally, byHash, source, u.stamp())) {
                        tally.unchanged++;
                        tally.verified.put(source, u.stamp());
                    }
                } else if (o instanceof Outcome.Extracted x) {
                    tally.tokens += x.tokens();
                    tally.tokensTagged += x.tokensTagged();
                    if (!duplicate(tally, byHash, source, x.stamp())) {
                        facts.add(x.facts());
                        tally.pending.put(source, x.stamp());
                        if (early != null) {
                            early.take(x.facts());
                        }
                    }
                }
            }
        }
    }

    /**
     * Resolves the corpus's persons against the names of all of it and writes what is left to
     * write (with an early writer: the articles whose graph came out otherwise than guessed),
     * then prunes.
     */
    private void finish(List<InputFile> files, ChangeDetector changes, BuildTally tally, StageTimes times, List<ArticleFacts> facts,
                        EarlyWriter early) {
        if (!facts.isEmpty()) {
            StageTimes.Mark tr = times.mark();
            // with an early writer, from what the store held before it wrote: asking the store now
            // would read every graph it wrote, to leave them out
            PersonDirectory directory = early != null ? early.corpusDirectory(facts)
                : writer.corpusDirectory(facts, changes.rebuiltGraphs(files, storedGraphs(tally)));
            List<ResolvedArticle> resolved = writer.resolve(facts, directory);
            times.add(StageTimes.Stage.RESOLVE, tr);
            if (early != null) {
                resolved = early.keepUnchanged(resolved, tally);
            }
            int skippedBefore = tally.skipped.size();
            for (int from = 0; from < resolved.size(); from += chunk) {
                writer.write(resolved.subList(from, Math.min(resolved.size(), from + chunk)), tally, storedGraphs(tally), times);
            }
            if (early != null) {
                early.takeBack(tally.skipped.subList(skippedBefore, tally.skipped.size()));
            }
        }
        if (prune) {
            prune(files, tally);
        }
    }

    /** Removes the graphs of articles whose file is no longer among the input. */
    private void prune(List<InputFile> files, BuildTally tally) {
        java.util.Set<String> present = new java.util.HashSet<>();
        files.forEach(f -> present.add(f.sourceFile()));
        for (Map.Entry<String, String> e : store.articleGraphs().entrySet()) {
            if (!present.contains(e.getKey())) {
                store.removeArticleAndDerived(e.getValue());
                tally.pruned++;
            }
        }
    }

    /**
     * Whether a file has the bytes of another (the first file with them, in the store or earlier in
     * this build): then it is not loaded, and an older graph of its own (other bytes, or a copy) is removed.
     */
    private boolean duplicate(BuildTally tally, Map<String, String> byHash, String source, FileStamp stamp) {
        String original = byHash.putIfAbsent(stamp.contentHash(), source);
        if (original == null || original.equals(source)) {
            return false;
        }
        tally.duplicates.put(source, original);
        removeStored(tally, source);
        listener.skipped(source, "duplicate of " + original + " (the same bytes); not loaded again");
        return true;
    }

    /** Removes the store's graph of a source file, if it has one. */
    private void removeStored(BuildTally tally, String source) {
        String old = storedGraphs(tally).get(source);
        if (old != null) {
            store.removeArticleAndDerived(old);
            tally.removedGraphs.add(old);
        }
    }

    /** The store's graph of each source file, read once a build. */
    private Map<String, String> storedGraphs(BuildTally tally) {
        if (tally.storedGraphs == null) {
            tally.storedGraphs = store.articleGraphs();
        }
        return tally.storedGraphs;
    }

    private List<Future<Outcome>> submit(ExecutorService pool, List<InputFile> files, int from, ChangeDetector changes, StageTimes times) {
        List<Future<Outcome>> out = new ArrayList<>();
        for (InputFile f : files.subList(from, Math.min(files.size(), from + chunk))) {
            inFlight.accumulateAndGet(1, (now, d) -> {
                int n = now + d;
                maxInFlight.accumulateAndGet(n, Math::max);
                return n;
            });
            out.add(pool.submit(() -> {
                try {
                    return processor.process(f, changes, times);
                } finally {
                    inFlight.decrementAndGet();
                }
            }));
        }
        return out;
    }

    /** Articles submitted and not yet processed: never more than two chunks. */
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger maxInFlight = new java.util.concurrent.atomic.AtomicInteger();

    /** The most articles that were ever submitted and not yet processed, in this builder's builds. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    /**
     * What live ingest did with an article: built it, found it unchanged (the store has these
     * bytes under this name), or found it a duplicate of another article (nothing written).
     */
    public record Ingested(ResolvedArticle built, boolean unchanged, String duplicateOf) {
    }

    /** Another article has this name; the client did not ask to replace it. */
    public static final class ArticleExistsException extends RuntimeException {
        public ArticleExistsException(String name) {
            super("an article named " + name + " is already in the store, with other content; send replace=true to replace it");
        }
    }

    /**
     * Builds one article held in memory (live ingest): the same stages as a batch, resolved
     * against the persons known to this builder (read from the store at the first article, then
     * grown with each); nothing is written unless the whole graph is valid, and only the derived
     * statements of the persons and facts the article touches are recomputed, so an article costs
     * the same on a large store as on a small one. The same bytes under another name are
     * recognised as a duplicate (one source, one report) and an article already stored under this
     * name is replaced only when {@code replace} says so.
     *
     * @throws UnreadableArticleException when the bytes are not an article
     * @throws InvalidGraphException when the article's graph violates the shapes
     * @throws ArticleExistsException when the name is taken and {@code replace} is false
     */
    public Ingested ingest(String sourceName, byte[] bytes, boolean replace) throws UnreadableArticleException {
        Article article = reader.parse(sourceName, bytes);
        synchronized (store) {
            Ingested known = alreadyKnown(article, replace);
            if (known != null) {
                return known;
            }
        }
        ArticleFacts facts = processor.extract(article);
        synchronized (store) {
            Ingested known = alreadyKnown(article, replace); // another request may have written it meanwhile
            if (known != null) {
                return known;
            }
            if (ingestDirectory == null) {
                ingestDirectory = writer.storeDirectory(java.util.Set.of());
            }
            ResolvedArticle r = writer.resolve(List.of(facts), ingestDirectory).get(0);
            Model graph = writer.validGraph(r);
            store.replaceArticlesAndDerived(List.of(new KnowledgeStore.ArticleGraph(sourceName, r.articleIri(), graph)));
            BatchWriter.learn(ingestDirectory, graph);
            return new Ingested(r, false, null);
        }
    }

    /** What the store already says of these bytes and this name; null when the article is to be built. */
    private Ingested alreadyKnown(Article article, boolean replace) {
        Map<String, String> hashes = store.articleHashes();
        String name = article.sourceFile();
        if (article.contentHash().equals(hashes.get(name))) {
            return new Ingested(null, true, null);
        }
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(hashes).entrySet()) {
            if (e.getValue().equals(article.contentHash())) {
                return new Ingested(null, false, e.getKey());
            }
        }
        if (hashes.containsKey(name) && !replace) {
            throw new ArticleExistsException(name);
        }
        return null;
    }

    /** The persons live ingest resolves against; guarded by the store's lock. */
    private PersonDirectory ingestDirectory;

    private static Outcome await(Future<Outcome> f, InputFile file) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof org.newskg.nlp.ModelsUnavailableException m) {
                throw m; // every article would fail the same way: the build stops, and writes nothing more
            }
            LOG.debug("article {} failed", file.sourceFile(), c);
            return new Outcome.Skipped(new BuildReport.Skipped(file.sourceFile(), "failed in NLP/extraction: " + c));
        }
    }
}
