package org.newskg.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.InputFiles;
import org.newskg.nlp.AnnotatorProfile;
import org.newskg.nlp.NlpPipeline;
import org.newskg.pipeline.BuildReport;
import org.newskg.pipeline.KnowledgeGraphBuilder;
import org.newskg.store.Tdb2Store;

/**
 * Measures newskg on a corpus: model load time, then a full build into a fresh store (documents,
 * tokens, wall time, triples, time per stage, peak heap), and optionally bare CoreNLP with the
 * same annotators, documents and threads, so that the cost of everything newskg adds shows as a
 * ratio. Build one with {@link #create()}.
 */
public final class Benchmark {
    private final Path corpus;
    private final int threads;
    private final AnnotatorProfile profile;
    private final boolean baseline;
    private final int limit;
    private final Path store;
    private final int warmUp;

    private Benchmark(Builder b) {
        this.corpus = b.corpus;
        this.threads = b.threads;
        this.profile = b.profile;
        this.baseline = b.baseline;
        this.limit = b.limit;
        this.store = b.store;
        this.warmUp = b.warmUp;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of a benchmark run. */
    public static final class Builder {
        private Path corpus;
        private int threads = Runtime.getRuntime().availableProcessors();
        private AnnotatorProfile profile = AnnotatorProfile.LEAN;
        private boolean baseline;
        private int limit = Integer.MAX_VALUE;
        private Path store;
        private int warmUp = 100;

        /** Documents annotated before measuring, for the JIT (default 100). */
        public Builder warmUp(int n) {
            this.warmUp = n;
            return this;
        }

        public Builder corpus(Path p) {
            this.corpus = p;
            return this;
        }

        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        public Builder profile(AnnotatorProfile p) {
            this.profile = p;
            return this;
        }

        public Builder baseline(boolean b) {
            this.baseline = b;
            return this;
        }

        /** Only the first n documents (in path order). */
        public Builder limit(int n) {
            this.limit = n;
            return this;
        }

        /** Where the store goes (an empty folder); default: a temporary one. */
        public Builder store(Path p) {
            this.store = p;
            return this;
        }

        public Benchmark build() {
            if (corpus == null) {
                throw new IllegalArgumentException("a corpus folder is needed");
            }
            return new Benchmark(this);
        }
    }

    public BenchResult run() throws IOException {
        List<InputFile> files = InputFiles.list(List.of(corpus));
        if (files.size() > limit) {
            files = files.subList(0, limit);
        }
        long t0 = System.nanoTime();
        NlpPipeline nlp = NlpPipeline.forProfile(profile);
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        warmUp(nlp, files);
        // the baseline runs once before newskg and once after, and counts as their mean: the JVM
        // keeps warming up over a long run, and neither side should get the warmer half
        BenchResult.Baseline before = baseline ? bareCoreNlp(nlp, files) : null;
        Path dir = store != null ? store : Files.createTempDirectory("newskg-bench");
        resetPeaks();
        BuildReport r = KnowledgeGraphBuilder.create().store(Tdb2Store.open(dir)).nlp(nlp).threads(threads).force(true)
            .build().build(files);
        long peak = peakHeap();
        BenchResult.Baseline base = null;
        if (baseline) {
            BenchResult.Baseline after = bareCoreNlp(nlp, files);
            base = new BenchResult.Baseline(after.documents(), after.tokens(), (before.wallMillis() + after.wallMillis()) / 2,
                before.wallMillis(), after.wallMillis());
        }
        return new BenchResult(r.loaded(), r.tokens(), r.millis(), r.triples(), loadMillis, peak, threads, profile.userName(),
            r.stages(), base);
    }

    /**
     * JIT warm-up on the first documents (measured: CoreNLP's first pass over 40 articles takes
     * twice as long as the second), so that neither newskg nor the baseline pays for it.
     */
    private void warmUp(NlpPipeline nlp, List<InputFile> files) {
        for (InputFile f : files.subList(0, Math.min(warmUp, files.size()))) {
            nlp.annotateText(read(f));
        }
    }

    /** Bare CoreNLP: read each file and annotate its text with the same pipeline, on the same number of threads. */
    private BenchResult.Baseline bareCoreNlp(NlpPipeline nlp, List<InputFile> files) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        long tokens = 0;
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (InputFile f : files) {
                futures.add(pool.submit(() -> {
                    CoreDocument d = nlp.annotateText(read(f));
                    return d.tokens().size();
                }));
            }
            for (Future<Integer> f : futures) {
                tokens += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("bare CoreNLP failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new BenchResult.Baseline(files.size(), tokens, ms, ms, ms);
    }

    private static String read(InputFile f) {
        try {
            return new String(Files.readAllBytes(f.path()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
