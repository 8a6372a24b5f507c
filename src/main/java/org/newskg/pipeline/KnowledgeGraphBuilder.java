package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Model;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.FactExtractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.UnreadableArticleException;
import org.newskg.nlp.AnnotatorProfile;
import org.newskg.nlp.NlpPipeline;
import java.util.function.Function;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.GraphValidator;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.KnownPersons;
import org.newskg.resolve.ResolvedArticle;
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
    private final FactExtractor finder;
    private final EntityResolver resolver;
    private final Function<ResolvedArticle, Model> mapper;
    private final GraphValidator validator;
    private final BuildListener listener;
    private final int threads;
    private final int chunk;
    private final boolean force;

    private KnowledgeGraphBuilder(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.reader = b.reader != null ? b.reader : ArticleReader.create();
        // models load on first use: re-building an unchanged corpus never loads them
        NlpPipeline given = b.nlp;
        AnnotatorProfile profile = b.profile;
        this.nlp = given != null ? () -> given : new java.util.function.Supplier<>() {
            private volatile NlpPipeline loaded;

            @Override
            public NlpPipeline get() {
                NlpPipeline p = loaded;
                if (p == null) {
                    synchronized (this) {
                        if (loaded == null) {
                            loaded = NlpPipeline.forProfile(profile);
                        }
                        p = loaded;
                    }
                }
                return p;
            }
        };
        this.finder = FactExtractor.standard();
        this.resolver = EntityResolver.standard();
        this.mapper = b.mapper != null ? b.mapper : ArticleGraphMapper.standard()::map;
        this.validator = GraphValidator.standard();
        this.listener = b.listener;
        this.threads = b.threads;
        this.chunk = b.chunk;
        this.force = b.force;
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
        private int chunk = 500;
        private boolean force;
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

        public KnowledgeGraphBuilder build() {
            return new KnowledgeGraphBuilder(this);
        }
    }

    /** Builds the files into the store. */
    public BuildReport build(List<InputFile> files) {
        long t0 = System.nanoTime();
        Map<String, String> stored = force ? Map.of() : store.articleHashes();
        List<BuildReport.Skipped> skipped = new ArrayList<>();
        int loaded = 0;
        int unchanged = 0;
        long triples = 0;
        int done = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int from = 0; from < files.size(); from += chunk) {
                List<InputFile> part = files.subList(from, Math.min(files.size(), from + chunk));
                List<Future<Outcome>> futures = new ArrayList<>();
                for (InputFile f : part) {
                    futures.add(pool.submit(() -> process(f, stored)));
                }
                List<ArticleFacts> facts = new ArrayList<>();
                for (int i = 0; i < futures.size(); i++) {
                    Outcome o = await(futures.get(i), part.get(i));
                    done++;
                    listener.processed(done, files.size(), part.get(i).sourceFile());
                    if (o.skipped != null) {
                        skipped.add(o.skipped);
                        listener.skipped(o.skipped.sourceFile(), o.skipped.reason());
                    } else if (o.facts == null) {
                        unchanged++;
                    } else {
                        facts.add(o.facts);
                    }
                }
                List<ResolvedArticle> resolved = resolver.resolve(facts, new KnownPersons() {
                    @Override
                    public java.util.Collection<String> fullNames() {
                        return store.personNames();
                    }

                    @Override
                    public Map<String, java.util.Set<String>> positionCountries() {
                        return store.positionCountries();
                    }
                });
                for (ResolvedArticle r : resolved) {
                    String source = r.facts().article().sourceFile();
                    try {
                        Model graph = mapper.apply(r);
                        List<GraphValidator.Violation> violations = validator.violations(graph.getGraph());
                        if (!violations.isEmpty()) {
                            BuildReport.Skipped s = new BuildReport.Skipped(source, "not loaded: its graph violates ontology/shapes.ttl: "
                                + String.join("; ", violations.stream().limit(5).map(Object::toString).toList())
                                + (violations.size() > 5 ? "; and " + (violations.size() - 5) + " more" : ""));
                            skipped.add(s);
                            listener.skipped(source, s.reason());
                            continue;
                        }
                        store.replaceArticle(r.articleIri(), graph);
                        loaded++;
                        triples += graph.size();
                        listener.loaded(source, graph.size());
                    } catch (RuntimeException e) {
                        LOG.debug("article {} failed", source, e);
                        BuildReport.Skipped s = new BuildReport.Skipped(source, "not loaded: " + e.getMessage());
                        skipped.add(s);
                        listener.skipped(source, s.reason());
                    }
                }
            }
            if (loaded > 0) {
                store.refreshDerived();
            }
        } finally {
            pool.shutdownNow();
        }
        return new BuildReport(files.size(), loaded, unchanged, List.copyOf(skipped), triples, (System.nanoTime() - t0) / 1_000_000);
    }

    private record Outcome(ArticleFacts facts, BuildReport.Skipped skipped) {
    }

    private Outcome process(InputFile f, Map<String, String> stored) {
        Article article;
        try {
            article = reader.read(f);
        } catch (UnreadableArticleException e) {
            return new Outcome(null, new BuildReport.Skipped(f.sourceFile(), e.getMessage().substring(f.sourceFile().length() + 2)));
        }
        if (article.contentHash().equals(stored.get(article.sourceFile()))) {
            return new Outcome(null, null);
        }
        return new Outcome(finder.extract(nlp.get().annotate(article)), null);
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
            return new Outcome(null, new BuildReport.Skipped(file.sourceFile(), "failed in NLP/extraction: " + c));
        }
    }
}
