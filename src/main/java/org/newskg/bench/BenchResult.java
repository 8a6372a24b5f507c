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
 * @param stages          time per stage, summed over threads
 * @param baseline        bare CoreNLP over the same documents with the same annotators, if measured
 */
public record BenchResult(int documents, long tokens, long wallMillis, long triples, long loadMillis, long peakHeapBytes,
                          int threads, String profile, Map<StageTimes.Stage, Long> stages, Baseline baseline) {
    /**
     * Bare CoreNLP: the same documents, annotators and threads, nothing else; run before and
     * after newskg, {@code wallMillis} is the mean of the two.
     */
    public record Baseline(int documents, long tokens, long wallMillis, long beforeMillis, long afterMillis) {
        public double tokensPerSecond() {
            return wallMillis == 0 ? 0 : tokens * 1000.0 / wallMillis;
        }

        public double documentsPerSecond() {
            return wallMillis == 0 ? 0 : documents * 1000.0 / wallMillis;
        }
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
        return baseline == null || baseline.documentsPerSecond() == 0 ? Double.NaN : documentsPerSecond() / baseline.documentsPerSecond();
    }
}
