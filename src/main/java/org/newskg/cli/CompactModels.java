package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newskg.nlp.AnnotatorProfile;
import org.newskg.nlp.CompactCrfModel;

/**
 * What {@code mvn package} runs to write the compact copies of the NER models newskg loads
 * ({@link CompactCrfModel}) into {@code target/newskg-models}, beside the jar, where the NER
 * annotator finds them. Any failure ends the run with status 1 and the reason, and the build says so.
 *
 * <p>{@code java -cp target/newskg.jar org.newskg.cli.CompactModels target/newskg-models [MODEL...]} (by
 * default the models of newskg's default profile, {@link AnnotatorProfile#LEAN})
 */
public final class CompactModels {
    private CompactModels() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: CompactModels DIRECTORY [MODEL-RESOURCE...]");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        List<String> models = args.length > 1 ? List.of(args).subList(1, args.length)
            : List.of(AnnotatorProfile.LEAN.properties().getProperty("ner.model").split(","));
        for (String model : models) {
            long t0 = System.nanoTime();
            try {
                Path file = CompactCrfModel.write(model.strip(), directory);
                System.out.printf("compact copy of %s: %s (%,d bytes, %d ms)%n", model.strip(), file, file.toFile().length(),
                    (System.nanoTime() - t0) / 1_000_000);
            } catch (IOException | RuntimeException e) {
                System.err.println("could not make a compact copy of " + model.strip() + ": " + e.getMessage());
                System.exit(1);
            }
        }
    }
}
