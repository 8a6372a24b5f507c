package org.newskg.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.newskg.nlp.AnnotatorProfile;
import org.newskg.nlp.NlpPipeline;

/**
 * Bare CoreNLP as a process of its own: loads the fixed reference pipeline ({@link
 * AnnotatorProfile#REFERENCE}: tokenize, ssplit, pos, lemma, ner, newskg's NER settings) and
 * annotates every file under a folder on N threads, writing nothing; what a whole {@code newskg
 * build} process is compared with ({@code tools/bench-vs-reference.sh}), JVM start and model
 * loading included on both sides.
 *
 * <p>{@code java -cp target/newskg.jar org.newskg.bench.BareReferenceRun DIR [THREADS]}
 */
public final class BareReferenceRun {
    private BareReferenceRun() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length < 1) {
            System.err.println("usage: BareReferenceRun DIR [THREADS]");
            System.exit(2);
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        long t0 = System.nanoTime();
        NlpPipeline reference = NlpPipeline.withProperties(AnnotatorProfile.REFERENCE.properties());
        long loaded = System.nanoTime();
        long tokens = annotate(reference, files, threads);
        long end = System.nanoTime();
        System.out.printf("bare reference pipeline (%s): %d files, %d tokens, %d threads, models %.1f s, annotation %.1f s%n",
            AnnotatorProfile.REFERENCE.annotators(), files.size(), tokens, threads, (loaded - t0) / 1e9, (end - loaded) / 1e9);
    }

    /** Reads each file and annotates its text with the pipeline on {@code threads} threads, keeping nothing; the tokens read. */
    static long annotate(NlpPipeline nlp, List<Path> files, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long tokens = 0;
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Path f : files) {
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
        return tokens;
    }

    private static String read(Path f) {
        try {
            return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
