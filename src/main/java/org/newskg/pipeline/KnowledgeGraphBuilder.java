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
import org.apache.jena.rdf.model.Model;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.FactExtractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.UnreadableArticleException;
import org.newskg.lexicon.Lazy;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotatorProfile;
import org.newskg.nlp.NlpPipeline;
import org.newskg.infer.Inference;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.relation.Relations;
import org.newskg.rdf.GraphValidator;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.KnownPersons;
import org.newskg.resolve.PersonDirectory;
import org.newskg.resolve.ResolvedArticle;
import org.newskg.store.FileStamp;
import org.newskg.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stages over a batch of files: ingest, nlp and extract per article (in a bounded pool
 * of workers), then resolve across the batch, map to RDF and replace each article's graph in the
 * store. A file that fails is reported and skipped; the rest of the batch goes on. Build one with
 * {@link #create()}.
 */
public final class KnowledgeGraphBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeGraphBuilder.class);

    private final KnowledgeStore store;
    private final ArticleReader reader;
    private final java.util.function.Supplier<NlpPipeline> nlp;
    // made on first use: re-building an unchanged corpus needs none of them
    private final Lazy<FactExtractor> finder;
    private final Lazy<EntityResolver> resolver;
    private final Inference inference = Inference.standard();
    private final Lazy<Function<ResolvedArticle, Model>> mapper;
    private final Lazy<GraphValidator> validator;
    private final BuildListener listener;
    private final int threads;
    private final int chunk;
    private final boolean force;
    private final boolean prune;

    private KnowledgeGraphBuilder(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.reader = b.reader != null ? b.reader : ArticleReader.create();
        // models load on first use: re-building an unchanged corpus never loads them
        NlpPipeline given = b.nlp;
        AnnotatorProfile profile = b.profile;
        this.nlp = given != null ? () -> given : Lazy.of(() -> NlpPipeline.forProfile(profile));
        this.finder = Lazy.of(() -> Relations.factExtractor().requireAnnotations(nlp.get().annotationsSet(), nlp.get().properties().getProperty("annotators")));
        this.resolver = Lazy.of(EntityResolver::standard);
        Function<ResolvedArticle, Model> givenMapper = b.mapper;
        this.mapper = Lazy.of(() -> givenMapper != null ? givenMapper : Relations.graphMapper()::map);
        this.validator = Lazy.of(GraphValidator::standard);
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
        Map<String, String> skipIfSame = force ? Map.of() : storedHashes;
        Map<String, FileStamp> stamps = force ? Map.of() : store.fileStamps();
        Counts counts = new Counts();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            // chunks overlap: while one chunk is resolved and written, the workers read the next;
            // at most two chunks are in flight, so memory stays bounded on any corpus size
            Known known = new Known(skipIfSame, stamps);
            Map<String, String> byHash = storedByHash(storedHashes, files);
            List<Future<Outcome>> next = submit(pool, files, 0, known, times);
            for (int from = 0; from < files.size(); from += chunk) {
                List<Future<Outcome>> current = next;
                int nextFrom = from + chunk;
                next = nextFrom < files.size() ? submit(pool, files, nextFrom, known, times) : List.of();
                List<InputFile> part = files.subList(from, Math.min(files.size(), from + chunk));
                List<ArticleFacts> facts = new ArrayList<>();
                for (int i = 0; i < current.size(); i++) {
                    Outcome o = await(current.get(i), part.get(i));
                    counts.done++;
                    listener.processed(counts.done, files.size(), part.get(i).sourceFile());
                    String source = part.get(i).sourceFile();
                    if (o instanceof SkippedFile skipped) {
                        skip(counts, skipped.why());
                        continue;
                    }
                    FileStamp stamp = o instanceof Extracted x ? x.stamp() : ((Unchanged) o).stamp();
                    String original = byHash.putIfAbsent(stamp.contentHash(), source);
                    if (o instanceof Extracted x) {
                        counts.tokens += x.tokens();
                    }
                    if (original != null && !original.equals(source)) {
                        duplicate(counts, source, original);
                    } else if (o instanceof Extracted x) {
                        facts.add(x.facts());
                        counts.pending.put(source, stamp);
                    } else {
                        counts.unchanged++;
                        counts.verified.put(source, stamp);
                    }
                }
                if (facts.isEmpty()) {
                    continue; // all unchanged or skipped: nothing to resolve or write
                }
                StageTimes.Mark tr = times.mark();
                if (counts.directory == null) {
                    counts.directory = storeDirectory(rebuiltGraphs(files, known, storedGraphs(counts)));
                }
                List<ResolvedArticle> resolved = inference.infer(resolver.get().resolve(facts, counts.directory), counts.directory);
                times.add(StageTimes.Stage.RESOLVE, tr);
                write(resolved, counts, times);
            }
            if (prune) {
                java.util.Set<String> present = new java.util.HashSet<>();
                files.forEach(f -> present.add(f.sourceFile()));
                Map<String, String> graphs = store.articleGraphs();
                for (Map.Entry<String, String> e : graphs.entrySet()) {
                    if (!present.contains(e.getKey())) {
                        store.removeArticleAndDerived(e.getValue());
                        counts.pruned++;
                    }
                }
            }
            StageTimes.Mark ts = times.mark();
            store.saveArticleIndex(counts.verified);
            times.add(StageTimes.Stage.STORE, ts);
        } finally {
            pool.shutdownNow();
        }
        return new BuildReport(files.size(), counts.loaded, counts.unchanged, counts.pruned, List.copyOf(counts.skipped),
            java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts.duplicates)), counts.triples,
            counts.tokens, (System.nanoTime() - t0) / 1_000_000, times.millis(), times.cpuMillis());
    }

    /** Running totals of a build. */
    private static final class Counts {
        int done;
        int loaded;
        int unchanged;
        int pruned;
        long triples;
        long tokens;
        final List<BuildReport.Skipped> skipped = new ArrayList<>();
        final Map<String, String> duplicates = new java.util.LinkedHashMap<>();
        /** The store's graph of each source file as the build found it, read on first use ({@link #storedGraphs}). */
        Map<String, String> storedGraphs;
        /** The persons known so far: the store's when the first batch was resolved, and each batch's since. */
        PersonDirectory directory;
        /** Stamps of files read for this build, until their article is written. */
        final Map<String, FileStamp> pending = new java.util.HashMap<>();
        /** Stamps of files whose article the store now holds with the content they were read with. */
        final Map<String, FileStamp> verified = new java.util.HashMap<>();
    }

    /** What the store already holds: content hash and file stamp by source file. */
    private record Known(Map<String, String> hashes, Map<String, FileStamp> stamps) {
    }

    /**
     * The store's articles by content hash, except those this build reads again (they register
     * themselves, in file order, as their outcome comes in): the first file with given bytes is
     * the article, later ones are duplicates of it.
     */
    private static Map<String, String> storedByHash(Map<String, String> stored, List<InputFile> files) {
        java.util.Set<String> rebuilt = new java.util.HashSet<>();
        files.forEach(f -> rebuilt.add(f.sourceFile()));
        Map<String, String> byHash = new java.util.HashMap<>();
        new java.util.TreeMap<>(stored).forEach((source, hash) -> {
            if (!rebuilt.contains(source)) {
                byHash.putIfAbsent(hash, source);
            }
        });
        return byHash;
    }

    /** A file with the bytes of another: not loaded, and an older graph of its own (other bytes, or a copy) removed. */
    private void duplicate(Counts counts, String source, String original) {
        counts.duplicates.put(source, original);
        String old = storedGraphs(counts).get(source);
        if (old != null) {
            store.removeArticleAndDerived(old);
        }
        listener.skipped(source, "duplicate of " + original + " (the same bytes); not loaded again");
    }

    /** The store's graph of each source file, read once a build. */
    private Map<String, String> storedGraphs(Counts counts) {
        if (counts.storedGraphs == null) {
            counts.storedGraphs = store.articleGraphs();
        }
        return counts.storedGraphs;
    }

    private void skip(Counts counts, BuildReport.Skipped s) {
        counts.skipped.add(s);
        listener.skipped(s.sourceFile(), s.reason());
    }

    /**
     * A directory of the persons the store holds now, but for these graphs (read once; callers
     * grow it with what they write).
     */
    private PersonDirectory storeDirectory(java.util.Set<String> exceptGraphs) {
        return PersonDirectory.of(new KnownPersons() {
            @Override
            public java.util.Collection<String> fullNames() {
                return store.personNames(exceptGraphs);
            }

            @Override
            public Map<String, java.util.Set<String>> positionCountries() {
                return store.positionCountries(exceptGraphs);
            }
        });
    }

    /**
     * The stored graphs of the input files this build may rebuild: all of them with --force, else
     * those whose file the index does not vouch for as unchanged. They are left out of the person
     * directory, so that an article is never resolved against its own old graph (which made a
     * forced rebuild of unchanged input change the graph once).
     */
    private java.util.Set<String> rebuiltGraphs(List<InputFile> files, Known known, Map<String, String> graphs) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (InputFile f : files) {
            String g = graphs.get(f.sourceFile());
            if (g == null) {
                continue;
            }
            FileStamp old = known.stamps().get(f.sourceFile());
            String stored = known.hashes().get(f.sourceFile());
            boolean vouched = !force && stored != null && old != null && old.contentHash().equals(stored) && old.vouchesFor(lookAt(f));
            if (!vouched) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * The article's graph, mapped and checked against the shapes.
     *
     * @throws InvalidGraphException when it violates them
     */
    private Model validGraph(ResolvedArticle r) {
        Model graph = mapper.get().apply(r);
        List<GraphValidator.Violation> violations = validator.get().violations(graph.getGraph());
        if (!violations.isEmpty()) {
            throw new InvalidGraphException(violations);
        }
        return graph;
    }

    private List<Future<Outcome>> submit(ExecutorService pool, List<InputFile> files, int from, Known known, StageTimes times) {
        List<Future<Outcome>> out = new ArrayList<>();
        for (InputFile f : files.subList(from, Math.min(files.size(), from + chunk))) {
            inFlight.accumulateAndGet(1, (now, d) -> {
                int n = now + d;
                maxInFlight.accumulateAndGet(n, Math::max);
                return n;
            });
            out.add(pool.submit(() -> {
                try {
                    return process(f, known, times);
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
     * Maps, validates and writes a chunk's articles: valid graphs go to the store in one
     * transaction (an article is never half written); if it fails, the articles are written one
     * by one so that one bad article cannot lose the others.
     */
    private void write(List<ResolvedArticle> resolved, Counts counts, StageTimes times) {
        List<KnowledgeStore.ArticleGraph> batch = new ArrayList<>();
        Map<String, String> storedGraphs = storedGraphs(counts);
        for (ResolvedArticle r : resolved) {
            String source = r.facts().article().sourceFile();
            String old = storedGraphs.get(source);
            if (old != null && !old.equals(r.articleIri())) {
                // the store has this file under an IRI an older newskg minted: one graph per file
                store.removeArticleAndDerived(old);
            }
            StageTimes.Mark tm = times.mark();
            try {
                batch.add(new KnowledgeStore.ArticleGraph(source, r.articleIri(), validGraph(r)));
            } catch (InvalidGraphException e) {
                skip(counts, new BuildReport.Skipped(source, "not loaded: its graph " + GraphValidator.describe(e.violations())));
            } catch (RuntimeException e) {
                LOG.debug("article {} failed", source, e);
                skip(counts, new BuildReport.Skipped(source, "not loaded: " + e));
            } finally {
                times.add(StageTimes.Stage.RDF, tm);
            }
        }
        commit(batch, counts, times); // one transaction a chunk: TDB2's cost is mostly per commit
    }

    private void commit(List<KnowledgeStore.ArticleGraph> batch, Counts counts, StageTimes times) {
        if (batch.isEmpty()) {
            return;
        }
        StageTimes.Mark ts = times.mark();
        try {
            store.replaceArticlesAndDerived(batch);
            batch.forEach(g -> loaded(counts, g));
        } catch (RuntimeException batchFailure) {
            LOG.debug("batch write failed; writing its articles one by one", batchFailure);
            for (KnowledgeStore.ArticleGraph g : batch) {
                try {
                    store.replaceArticlesAndDerived(List.of(g));
                    loaded(counts, g);
                } catch (RuntimeException e) {
                    skip(counts, new BuildReport.Skipped(g.sourceFile(), "not loaded: the store refused it: " + e.getMessage()));
                }
            }
        }
        times.add(StageTimes.Stage.STORE, ts);
    }

    private void loaded(Counts counts, KnowledgeStore.ArticleGraph g) {
        counts.loaded++;
        if (counts.directory != null) {
            learn(counts.directory, g.graph());
        }
        FileStamp st = counts.pending.remove(g.sourceFile());
        if (st != null) {
            counts.verified.put(g.sourceFile(), st);
        }
        counts.triples += g.graph().size();
        listener.loaded(g.sourceFile(), g.graph().size());
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
        ArticleFacts facts = finder.get().extract(nlp.get().annotate(article));
        synchronized (store) {
            Ingested known = alreadyKnown(article, replace); // another request may have written it meanwhile
            if (known != null) {
                return known;
            }
            if (ingestDirectory == null) {
                ingestDirectory = storeDirectory(java.util.Set.of());
            }
            ResolvedArticle r = inference.infer(resolver.get().resolve(List.of(facts), ingestDirectory), ingestDirectory).get(0);
            Model graph = validGraph(r);
            store.replaceArticlesAndDerived(List.of(new KnowledgeStore.ArticleGraph(sourceName, r.articleIri(), graph)));
            learn(ingestDirectory, graph);
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

    /** Adds to a directory the person names and position countries an article graph wrote. */
    private static void learn(PersonDirectory d, Model graph) {
        d.addNames(ArticleGraphMapper.personNames(graph));
        ArticleGraphMapper.positionCountries(graph).forEach((p, isos) -> isos.forEach(iso -> d.addPositionCountry(p, iso)));
    }

    /** A file's outcome: its facts, or why it was skipped, or neither when it is unchanged; and its stamp. */
    /** What became of one file: unchanged (its stamp vouches for it), skipped (and why), or read and extracted. */
    private sealed interface Outcome permits Unchanged, SkippedFile, Extracted {
    }

    private record Unchanged(FileStamp stamp) implements Outcome {
    }

    private record SkippedFile(BuildReport.Skipped why) implements Outcome {
    }

    private record Extracted(ArticleFacts facts, long tokens, FileStamp stamp) implements Outcome {
    }

    private Outcome process(InputFile f, Known known, StageTimes times) {
        StageTimes.Mark t0 = times.mark();
        Article article;
        FileStamp stamp;
        try {
            String stored = known.hashes().get(f.sourceFile());
            FileStamp.Look look = lookAt(f);
            FileStamp old = known.stamps().get(f.sourceFile());
            if (stored != null && old != null && old.contentHash().equals(stored) && old.vouchesFor(look)) {
                return new Unchanged(old); // unchanged, as its size and time say: not even read
            }
            ArticleReader.Raw raw = reader.readRaw(f);
            stamp = look.withHash(raw.contentHash());
            if (raw.contentHash().equals(stored)) {
                return new Unchanged(stamp); // unchanged: read and hashed, not parsed
            }
            article = reader.parse(raw);
        } catch (UnreadableArticleException e) {
            return new SkippedFile(new BuildReport.Skipped(f.sourceFile(), e.reason()));
        } finally {
            times.add(StageTimes.Stage.INGEST, t0);
        }
        StageTimes.Mark t1 = times.mark();
        AnnotatedArticle annotated = nlp.get().annotate(article);
        times.add(StageTimes.Stage.NLP, t1);
        StageTimes.Mark t2 = times.mark();
        ArticleFacts facts = finder.get().extract(annotated);
        times.add(StageTimes.Stage.EXTRACT, t2);
        return new Extracted(facts, annotated.document().tokens().size(), stamp);
    }

    /** The file's attributes, or a look that vouches for nothing when they cannot be read (reading it then says why). */
    private static FileStamp.Look lookAt(InputFile f) {
        try {
            return FileStamp.look(f.path());
        } catch (java.io.IOException e) {
            return new FileStamp.Look("", -1, -1, 0);
        }
    }

    private static Outcome await(Future<Outcome> f, InputFile file) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            LOG.debug("article {} failed", file.sourceFile(), c);
            return new SkippedFile(new BuildReport.Skipped(file.sourceFile(), "failed in NLP/extraction: " + c));
        }
    }
}
