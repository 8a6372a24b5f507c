package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.bench.BenchResult;
import org.newskg.bench.Benchmark;
import org.newskg.nlp.AnnotatorProfile;
import org.newskg.pipeline.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newskg bench}: measure throughput on a corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Builds a corpus into a fresh store and prints documents, tokens, wall time, tokens/s, documents/s, triples, triples/s, model load time, peak heap and the time in each stage; --baseline also runs bare CoreNLP with the same annotators, and the fixed reference pipeline (tokenize,ssplit,pos,lemma,ner), on the same documents.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "a folder of articles, e.g. ../shared/bench")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "lean", converter = ProfileConverter.class, description = "annotator profile (default: ${DEFAULT-VALUE})")
    AnnotatorProfile profile;

    @Option(names = "--baseline", description = "also run bare CoreNLP with the same annotators, and the fixed reference pipeline "
        + "(tokenize,ssplit,pos,lemma,ner), on the same documents with the same threads, before and after each build")
    boolean baseline;

    @Option(names = "--limit", paramLabel = "N", description = "only the first N documents")
    Integer limit;

    @Option(names = "--compare-threads", paramLabel = "N",
        description = "also build with N threads right after each measured build (same warm-up), and print the speed-up: the median of the pairs")
    Integer compareThreads;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
        description = "measured newskg builds, each between two bare CoreNLP passes; the median is printed (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Option(names = "--warmup", paramLabel = "N",
        description = "documents in each JIT warm-up round (a newskg build into a scratch store), rounds repeated until compiling "
            + "takes under 2 %% of the CPU time, at most 8, then one bare CoreNLP pass (default: 100 documents; with --baseline or "
            + "--compare-threads the whole corpus, since the comparison must not depend on what the JIT has not compiled yet)")
    Integer warmUp;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new UserError("no corpus folder at " + corpus);
        }
        Benchmark.Builder b = Benchmark.create().corpus(corpus).profile(profile).baseline(baseline)
            .warmUp(warmUp != null ? warmUp : baseline || compareThreads != null ? Integer.MAX_VALUE : 100);
        if (threads != null) {
            b.threads(threads);
        }
        if (limit != null) {
            b.limit(limit);
        }
        if (repeat < 1) {
            throw new UserError("--repeat needs at least 1", 2);
        }
        b.repeat(repeat);
        if (compareThreads != null) {
            if (compareThreads < 1) {
                throw new UserError("--compare-threads needs a number of threads of at least 1", 2);
            }
            b.compareThreads(compareThreads);
        }
        BenchResult r = b.build().run();
        System.out.print(json ? json(r) : table(r));
        System.out.flush();
        return 0;
    }

    static String table(BenchResult r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "profile            %s, %d threads%n", r.profile(), r.threads()));
        s.append(String.format(Locale.ROOT, "warm-up rounds     %d%n", r.warmUpRounds()));
        s.append(String.format(Locale.ROOT, "documents          %,d%n", r.documents()));
        s.append(String.format(Locale.ROOT, "tokens             %,d%n", r.tokens()));
        if (r.tokensTagged() > 0) {
            s.append(String.format(Locale.ROOT, "POS-tagged tokens  %,d (%.0f %%: the sentences extraction asked about)%n", r.tokensTagged(),
                100.0 * r.tokensTagged() / Math.max(1, r.tokens())));
        }
        s.append(String.format(Locale.ROOT, "model load         %.1f s%n", r.loadMillis() / 1000.0));
        s.append(String.format(Locale.ROOT, "wall               %.1f s%n", r.wallMillis() / 1000.0));
        s.append(String.format(Locale.ROOT, "tokens/s           %,.0f%n", r.tokensPerSecond()));
        s.append(String.format(Locale.ROOT, "documents/s        %.2f%n", r.documentsPerSecond()));
        s.append(String.format(Locale.ROOT, "triples            %,d%n", r.triples()));
        s.append(String.format(Locale.ROOT, "triples/s          %,.0f%n", r.triplesPerSecond()));
        s.append(String.format(Locale.ROOT, "peak heap          %,d MB%n", r.peakHeapBytes() / (1024 * 1024)));
        s.append("stage times (summed over threads)   wall      cpu\n");
        for (Map.Entry<StageTimes.Stage, Long> e : r.stages().entrySet()) {
            s.append(String.format(Locale.ROOT, "  %-16s %8.1f s %8.1f s%n", e.getKey().name().toLowerCase(Locale.ROOT), e.getValue() / 1000.0,
                r.stageCpu().getOrDefault(e.getKey(), 0L) / 1000.0));
        }
        s.append(jvm("whole JVM", r.jvm()));
        if (r.scaling() != null) {
            s.append(String.format(Locale.ROOT, "with %d threads     %.1f s, %,.0f tokens/s: %d threads are %.2fx %d%s%n", r.scaling().threads(),
                r.scaling().wallMillis() / 1000.0, r.scaling().tokens() * 1000.0 / Math.max(1, r.scaling().wallMillis()), r.threads(),
                r.speedUpOverScaling(), r.scaling().threads(), medianOf(r.scaling().speedUps(), "pairs")));
        }
        if (r.baseline() != null) {
            s.append(bare("bare CoreNLP", r.baseline(), ""));
            s.append(jvm("bare, whole JVM", r.baseline().jvm()));
            s.append(String.format(Locale.ROOT, "newskg / CoreNLP   %.2fx (documents/s)%s%n", r.ratioToBaseline(), repetitions(r.ratios())));
        }
        if (r.reference() != null) {
            s.append(bare("reference CoreNLP", r.reference(), " (" + AnnotatorProfile.REFERENCE.annotators() + ")"));
            s.append(String.format(Locale.ROOT, "newskg / reference %.2fx (documents/s)%s%n", r.ratioToReference(), repetitions(r.referenceRatios())));
        }
        return s.toString();
    }

    /** One bare pass's line: the mean of the passes before and after, and its throughput. */
    private static String bare(String label, BenchResult.Baseline b, String suffix) {
        return String.format(Locale.ROOT, "%-18s %.1f s (mean of %.1f s before and %.1f s after), %,.0f tokens/s, %.2f documents/s%s%n", label,
            b.wallMillis() / 1000.0, b.beforeMillis() / 1000.0, b.afterMillis() / 1000.0, b.tokensPerSecond(), b.documentsPerSecond(), suffix);
    }

    private static String repetitions(java.util.List<Double> ratios) {
        return medianOf(ratios, "repetitions");
    }

    /** ", the median of N repetitions: 1.20x, 1.31x, …" (nothing for a single ratio). */
    private static String medianOf(java.util.List<Double> ratios, String what) {
        return ratios.size() < 2 ? "" : ", the median of " + ratios.size() + " " + what + ": "
            + String.join(", ", ratios.stream().map(x -> String.format(Locale.ROOT, "%.2fx", x)).toList());
    }

    private static String jvm(String what, org.newskg.bench.JvmCounters c) {
        return String.format(Locale.ROOT, "%-18s %.1f s CPU, %.1f s GC, %.1f s JIT%n", what, c.cpuMillis() / 1000.0, c.gcMillis() / 1000.0,
            c.jitMillis() / 1000.0);
    }

    private static String jvmJson(org.newskg.bench.JvmCounters c) {
        return String.format(Locale.ROOT, "{\"cpu_seconds\":%.3f,\"gc_seconds\":%.3f,\"jit_seconds\":%.3f}", c.cpuMillis() / 1000.0,
            c.gcMillis() / 1000.0, c.jitMillis() / 1000.0);
    }

    static String json(BenchResult r) {
        StringBuilder s = new StringBuilder("{");
        s.append(String.format(Locale.ROOT, "\"profile\":\"%s\",\"threads\":%d,\"warm_up_rounds\":%d,\"documents\":%d,\"tokens\":%d,"
                + "\"wall_seconds\":%.3f,\"tokens_per_second\":%.1f,\"documents_per_second\":%.3f,\"triples\":%d,"
                + "\"triples_per_second\":%.1f,\"model_load_seconds\":%.3f,\"peak_heap_bytes\":%d,",
            r.profile(), r.threads(), r.warmUpRounds(), r.documents(), r.tokens(), r.wallMillis() / 1000.0, r.tokensPerSecond(),
            r.documentsPerSecond(), r.triples(), r.triplesPerSecond(), r.loadMillis() / 1000.0, r.peakHeapBytes()));
        s.append(String.format(Locale.ROOT, "\"tokens_tagged\":%d,", r.tokensTagged()));
        s.append("\"stage_seconds\":").append(stagesJson(r.stages()));
        s.append(",\"stage_cpu_seconds\":").append(stagesJson(r.stageCpu()));
        s.append(",\"jvm\":").append(jvmJson(r.jvm()));
        if (r.scaling() != null) {
            s.append(String.format(Locale.ROOT, ",\"compare_threads\":{\"threads\":%d,\"wall_seconds\":%.3f,\"speed_up\":%.3f,\"speed_ups\":[%s]}",
                r.scaling().threads(), r.scaling().wallMillis() / 1000.0, r.speedUpOverScaling(), r.scaling().speedUps().stream()
                    .map(x -> String.format(Locale.ROOT, "%.3f", x)).collect(java.util.stream.Collectors.joining(","))));
        }
        if (r.baseline() != null) {
            s.append(String.format(Locale.ROOT, ",\"baseline\":{\"wall_seconds\":%.3f,\"before_seconds\":%.3f,\"after_seconds\":%.3f,"
                    + "\"tokens\":%d,\"tokens_per_second\":%.1f,\"documents_per_second\":%.3f,\"jvm\":%s},\"ratio_to_baseline\":%.3f",
                r.baseline().wallMillis() / 1000.0, r.baseline().beforeMillis() / 1000.0, r.baseline().afterMillis() / 1000.0,
                r.baseline().tokens(), r.baseline().tokensPerSecond(), r.baseline().documentsPerSecond(), jvmJson(r.baseline().jvm()),
                r.ratioToBaseline()));
            s.append(",\"repetition_ratios\":[").append(String.join(",", r.ratios().stream().map(x -> String.format(Locale.ROOT, "%.3f", x)).toList()))
                .append("]");
        }
        if (r.reference() != null) {
            s.append(String.format(Locale.ROOT, ",\"reference\":{\"annotators\":\"tokenize,ssplit,pos,lemma,ner\",\"wall_seconds\":%.3f,"
                    + "\"before_seconds\":%.3f,\"after_seconds\":%.3f,\"tokens_per_second\":%.1f,\"documents_per_second\":%.3f},"
                    + "\"ratio_to_reference\":%.3f",
                r.reference().wallMillis() / 1000.0, r.reference().beforeMillis() / 1000.0, r.reference().afterMillis() / 1000.0,
                r.reference().tokensPerSecond(), r.reference().documentsPerSecond(), r.ratioToReference()));
            s.append(",\"repetition_ratios_to_reference\":[").append(String.join(",", r.referenceRatios().stream()
                .map(x -> String.format(Locale.ROOT, "%.3f", x)).toList())).append("]");
        }
        return s.append("}\n").toString();
    }

    private static String stagesJson(Map<StageTimes.Stage, Long> millis) {
        return "{" + String.join(",", millis.entrySet().stream()
            .map(e -> String.format(Locale.ROOT, "\"%s\":%.3f", e.getKey().name().toLowerCase(Locale.ROOT), e.getValue() / 1000.0)).toList()) + "}";
    }
}
