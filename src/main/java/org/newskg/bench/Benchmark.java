package org.newskg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * ratio, and the fixed reference pipeline ({@link AnnotatorProfile#REFERENCE}: tokenize, ssplit,
 * pos, lemma, ner on every sentence) run bare the same way, so that what newskg gains by not
 * running annotators where they buy nothing shows too. Build one with {@link #create()}.
 */
public final class Benchmark {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Benchmark.class);

    private final Path corpus;
    private final int threads;
    private final AnnotatorProfile profile;
    private final boolean baseline;
    private final int limit;
    private final Path store;
    private final int warmUp;
    private final int compareThreads;
    private final int repeat;

    private Benchmark(Builder b) {
        this.corpus = b.corpus;
        this.threads = b.threads;
        this.profile = b.profile;
        this.baseline = b.baseline;
        this.limit = b.limit;
        this.store = b.store;
        this.warmUp = b.warmUp;
        this.compareThreads = b.compareThreads;
        this.repeat = b.repeat;
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
        private int compareThreads;
        private int repeat = 1;

        /** Documents annotated before measuring, for the JIT (default 100). */
        public Builder warmUp(int n) {
            this.warmUp = n;
            return this;
        }

        /**
         * Also builds the corpus with this many threads, right after the measured build and after
         * the same warm-up, one after each measured build, so that thread scaling is measured in
         * one run, pair by pair (0: not).
         */
        public Builder compareThreads(int n) {
            this.compareThreads = n;
            return this;
        }

        /** Measured newskg builds, each between two bare CoreNLP passes; the median is reported (default 1). */
        public Builder repeat(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("repeat must be at least 1");
            }
            this.repeat = n;
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
        NlpPipeline reference = baseline ? NlpPipeline.withProperties(AnnotatorProfile.REFERENCE.properties()) : null;
        int rounds = warmUp(nlp, reference, files);
        // bare CoreNLP runs before and after each newskg build, and each build is compared with the
        // mean of the two around it: this machine's speed drifts over a run, and neither side
        // should get the faster half; repetitions (the pass between two builds serves both) give
        // a median that one unlucky stretch cannot move
        List<Measured> runs = new ArrayList<>();
        List<Long> otherMillis = new ArrayList<>();
        List<Double> speedUps = new ArrayList<>();
        long otherTokens = 0;
        BenchResult.Baseline before = baseline ? bareCoreNlp(nlp, files) : null;
        BenchResult.Baseline referenceBefore = baseline ? bareCoreNlp(reference, files) : null;
        for (int i = 0; i < repeat; i++) {
            resetPeaks();
            JvmCounters c0 = JvmCounters.now();
            BuildReport r = newskgBuild(nlp, files, store, threads);
            long peak = peakHeap();
            JvmCounters jvm = JvmCounters.now().since(c0);
            BenchResult.Baseline after = baseline ? bareCoreNlp(nlp, files) : null;
            BenchResult.Baseline referenceAfter = baseline ? bareCoreNlp(reference, files) : null;
            runs.add(new Measured(r, jvm, peak, baseline ? around(before, after) : null, baseline ? around(referenceBefore, referenceAfter) : null));
            before = after;
            referenceBefore = referenceAfter;
            if (compareThreads > 0) {
                // right after each measured build (and its bare pass), so that the two alternate:
                // a single build with the other threads at the end saw only the run's last stretch
                BuildReport other = newskgBuild(nlp, files, null, compareThreads);
                otherMillis.add(other.millis());
                otherTokens = other.tokens();
                speedUps.add(r.millis() == 0 ? Double.NaN : (double) other.millis() / r.millis());
            }
        }
        BenchResult.Scaling scaling = null;
        if (compareThreads > 0) {
            List<Long> sortedMillis = new ArrayList<>(otherMillis);
            java.util.Collections.sort(sortedMillis);
            scaling = new BenchResult.Scaling(compareThreads, sortedMillis.get((sortedMillis.size() - 1) / 2), otherTokens, List.copyOf(speedUps));
        }
        List<Double> ratios = runs.stream().map(m -> m.ratio(m.baseline())).toList();
        List<Double> referenceRatios = runs.stream().map(m -> m.ratio(m.reference())).toList();
        // the figures printed are those of the median repetition (by ratio, else by wall time)
        List<Measured> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingDouble(m -> baseline ? m.ratio(m.reference()) : -m.report().millis()));
        Measured m = sorted.get((sorted.size() - 1) / 2); // the lower median when the count is even
        BuildReport r = m.report();
        return new BenchResult(r.loaded(), r.tokens(), r.millis(), r.triples(), loadMillis, m.peak(), threads, profile.userName(),
            rounds, r.stages(), r.stageCpu(), m.jvm(), m.baseline(), m.reference(), scaling, baseline ? ratios : List.of(),
            baseline ? referenceRatios : List.of(), r.tokensTagged());
    }

    /** A bare pass measured before and after a build: the mean of the two. */
    private static BenchResult.Baseline around(BenchResult.Baseline before, BenchResult.Baseline after) {
        return new BenchResult.Baseline(after.documents(), after.tokens(), (before.wallMillis() + after.wallMillis()) / 2,
            before.wallMillis(), after.wallMillis(), before.jvm().mean(after.jvm()));
    }

    /** One measured newskg build, and bare CoreNLP (same annotators; the reference pipeline) around it. */
    private record Measured(BuildReport report, JvmCounters jvm, long peak, BenchResult.Baseline baseline, BenchResult.Baseline reference) {
        /** newskg's documents per second over the bare pass's. */
        double ratio(BenchResult.Baseline bare) {
            return bare == null || report.millis() == 0 ? Double.NaN : (double) bare.wallMillis() / report.millis()
                * report.loaded() / bare.documents();
        }
    }

    /** A full newskg build of the files into {@code dir}, or into a scratch store deleted afterwards when it is null. */
    private BuildReport newskgBuild(NlpPipeline nlp, List<InputFile> files, Path dir, int threads) throws IOException {
        Path where = dir != null ? dir : Files.createTempDirectory("newskg-bench");
        Tdb2Store s = Tdb2Store.open(where);
        try {
            return KnowledgeGraphBuilder.create().store(s).nlp(nlp).threads(threads).force(true).build().build(files);
        } finally {
            if (dir == null) {
                s.release();
                org.newskg.store.Folders.delete(where);
            }
        }
    }

    /**
     * JIT warm-up, in rounds over the first documents: newskg builds into a scratch store until
     * the JIT is quiet (a round in which compiling took under 2 % of the process's CPU time, or
     * {@link #MAX_ROUNDS}), then one bare CoreNLP pass (its code is CoreNLP's, which the builds
     * have warmed already). Measured: CoreNLP's first pass over 40 articles takes twice as long as
     * the second; after a CoreNLP-only warm-up, newskg's own code (extraction, Jena, SHACL, TDB2)
     * was still being compiled during the measured build (15 to 20 s of compiler time inside a
     * 23 s build on two cores), and its per-article methods run once per document, so one pass
     * over a corpus of a thousand documents is not enough to bring them to the optimising
     * compiler; with a 5 % threshold the measured build still spent 1.5 s compiling while bare
     * CoreNLP spent none.
     *
     * @return the rounds run
     */
    private int warmUp(NlpPipeline nlp, NlpPipeline reference, List<InputFile> files) throws IOException {
        List<InputFile> some = files.subList(0, Math.min(warmUp, files.size()));
        if (some.isEmpty()) {
            return 0;
        }
        int round = 1;
        for (; ; round++) {
            JvmCounters c0 = JvmCounters.now();
            newskgBuild(nlp, some, null, threads);
            JvmCounters spent = JvmCounters.now().since(c0);
            LOG.info("warm-up round {}: {} documents, {} ms CPU, {} ms compiling", round, some.size(), spent.cpuMillis(), spent.jitMillis());
            if (spent.jitMillis() < spent.cpuMillis() / 50 || round == MAX_ROUNDS) {
                break;
            }
        }
        bareCoreNlp(nlp, some);
        if (reference != null) {
            bareCoreNlp(reference, some);
        }
        return round;
    }

    /** The most warm-up rounds run before measuring anyway. */
    static final int MAX_ROUNDS = 8;

    /** Bare CoreNLP: read each file and annotate its text with the same pipeline, on the same number of threads. */
    private BenchResult.Baseline bareCoreNlp(NlpPipeline nlp, List<InputFile> files) {
        JvmCounters c0 = JvmCounters.now();
        long t0 = System.nanoTime();
        long tokens = BareReferenceRun.annotate(nlp, files.stream().map(InputFile::path).toList(), threads);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new BenchResult.Baseline(files.size(), tokens, ms, ms, ms, JvmCounters.now().since(c0));
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
