package org.newskg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        long tokens = Benchmark.annotateBare(reference, files, threads);
        long end = System.nanoTime();
        System.out.printf("bare reference pipeline (%s): %d files, %d tokens, %d threads, models %.1f s, annotation %.1f s%n",
            AnnotatorProfile.REFERENCE.annotators(), files.size(), tokens, threads, (loaded - t0) / 1e9, (end - loaded) / 1e9);
    }
}
