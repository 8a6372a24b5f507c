package org.newskg.bench;

import java.util.Map;
import org.newskg.pipeline.StageTimes;

/**
 * The figures of one benchmark run.
 *
 * @param documents       documents built
 * @param tokens          tokens CoreNLP read
 * @param wallMillis      wall time of the build (models already loaded)
 * @param triples         triples written
 * @param loadMillis      model load time
 * @param peakHeapBytes   peak heap used during the run
 * @param threads         worker threads
 * @param profile         annotator profile
 * @param warmUpRounds    JIT warm-up rounds run before measuring
 * @param stages          wall time per stage, summed over threads
 * @param stageCpu        CPU time per stage, summed over threads
 * @param jvm             what the whole JVM spent during the build (CPU, GC, JIT)
 * @param baseline        bare CoreNLP over the same documents with the same annotators (those run on every
 *                        sentence), if measured
 * @param reference       bare CoreNLP running the fixed reference pipeline (tokenize, ssplit, pos, lemma, ner)
 *                        over the same documents with the same threads, if measured
 * @param scaling         the same build with another number of threads, if measured
 * @param ratios          newskg over bare CoreNLP for each repetition, in order (empty without a baseline)
 * @param referenceRatios newskg over the bare reference pipeline for each repetition, in order
 * @param tokensTagged    tokens of the sentences the POS tagger ran on in the measured build
 */
public record BenchResult(int documents, long tokens, long wallMillis, long triples, long loadMillis, long peakHeapBytes,
                          int threads, String profile, int warmUpRounds, Map<StageTimes.Stage, Long> stages,
                          Map<StageTimes.Stage, Long> stageCpu, JvmCounters jvm, Baseline baseline, Baseline reference,
                          Scaling scaling, java.util.List<Double> ratios, java.util.List<Double> referenceRatios, long tokensTagged) {
    /**
     * Bare CoreNLP: the same documents, annotators and threads, nothing else; run before and
     * after newskg, {@code wallMillis} and {@code jvm} are the means of the two.
     */
    public record Baseline(int documents, long tokens, long wallMillis, long beforeMillis, long afterMillis, JvmCounters jvm) {
        public double tokensPerSecond() {
            return wallMillis == 0 ? 0 : tokens * 1000.0 / wallMillis;
        }

        public double documentsPerSecond() {
            return wallMillis == 0 ? 0 : documents * 1000.0 / wallMillis;
        }
    }

    /** The same build with another number of threads, measured right after the main one. */
    /**
     * The builds with another number of threads, one after each measured build.
     *
     * @param wallMillis the median of their wall times
     * @param speedUps   for each repetition, how many times faster the measured build was than the one that followed it
     */
    public record Scaling(int threads, long wallMillis, long tokens, java.util.List<Double> speedUps) {
    }

    /**
     * How many times faster the measured builds were than those with {@link Scaling#threads()}
     * threads: the median of the repetitions' pairs (each measured build against the build with
     * the other threads right after it), so that neither side gets the faster stretch of a run.
     */
    public double speedUpOverScaling() {
        if (scaling == null || scaling.speedUps().isEmpty()) {
            return Double.NaN;
        }
        java.util.List<Double> sorted = new java.util.ArrayList<>(scaling.speedUps());
        java.util.Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double tokensPerSecond() {
        return wallMillis == 0 ? 0 : tokens * 1000.0 / wallMillis;
    }

    public double documentsPerSecond() {
        return wallMillis == 0 ? 0 : documents * 1000.0 / wallMillis;
    }

    public double triplesPerSecond() {
        return wallMillis == 0 ? 0 : triples * 1000.0 / wallMillis;
    }

    /** newskg's throughput over bare CoreNLP's, in documents per second (1.0: newskg adds nothing). */
    public double ratioToBaseline() {
        return ratioTo(baseline);
    }

    /** newskg's throughput over the bare reference pipeline's, in documents per second. */
    public double ratioToReference() {
        return ratioTo(reference);
    }

    private double ratioTo(Baseline b) {
        return b == null || b.documentsPerSecond() == 0 ? Double.NaN : documentsPerSecond() / b.documentsPerSecond();
    }
}
