package org.newskg.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.util.Index;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CRF NER model stored to load fast. Reading CoreNLP's {@code english.all.3class} file takes
 * about 1.2 s in a fresh JVM, on the path of every build's first article: it is one Java-serialised
 * object graph, gzipped, in which the 346,710 feature names are a {@code HashMap} rebuilt entry by
 * entry (0.47 s), the word-cluster lexicon another of 533,629 entries (0.27 s, with the feature
 * factory) and the weights 346,710 arrays read one by one (0.26 s). The compact file is the same
 * classifier, written by CoreNLP's own {@code serializeClassifier} and read by its own loader
 * ({@code ner.model} names it), with those three stored as flat arrays, uncompressed: the names
 * as one UTF-8 block with their lookup table already laid out ({@link FeatureLookup}), the
 * lexicon likewise ({@link WordClusters}), the weights as one {@code float[]} (the forms:
 * {@link CompactForms}). Each block carries a CRC-32 that is checked when it is read.
 *
 * <p>{@code mvn package} writes the compact copies into {@value #DIRECTORY} beside
 * {@code newskg.jar} ({@code org.newskg.cli.CompactModels}). A copy's file name holds the CRC and
 * size of the model file it was made from, as the model jar lists them, so a copy made from other
 * models is never found; where there is none, or it cannot be read, the NER annotator loads
 * CoreNLP's file ({@link WindowedNerAnnotator}).
 */
public final class CompactCrfModel {
    private static final Logger LOG = LoggerFactory.getLogger(CompactCrfModel.class);
    /** The folder of compact models, beside newskg.jar. */
    public static final String DIRECTORY = "newskg-models";
    /** A system property naming another folder of compact models (tests; an operator's own). */
    public static final String DIRECTORY_PROPERTY = "newskg.compactModels";
    /** This layout's version, in every file name: a newskg that stores them otherwise finds none of the old. */
    static final String FORMAT = "c1";

    private CompactCrfModel() {
    }

    /**
     * Loads the model at {@code resource} (a class-path name, as {@code ner.model} gives it) and
     * writes its compact copy into {@code directory}; returns the file. The file appears whole or
     * not at all.
     */
    public static Path write(String resource, Path directory) throws IOException {
        String name = fileName(resource)
            .orElseThrow(() -> new IOException("no model " + resource + " in a jar on the class path: nothing to make a compact copy of"));
        CRFClassifier<?> crf;
        try {
            crf = CRFClassifier.getClassifier(resource, null);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("could not read the CRF model " + resource + ": " + e, e);
        }
        Files.createDirectories(directory);
        Path file = directory.resolve(name);
        Path partial = directory.resolve(name + ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                write(crf, out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }

    /** Writes the classifier through CoreNLP's own {@code serializeClassifier}, its three large parts in compact form. */
    static void write(CRFClassifier<?> crf, OutputStream out) throws IOException {
        Map<Object, Object> compact = new IdentityHashMap<>();
        try {
            Object index = field(CRFClassifier.class, "featureIndex").get(crf);
            if (index instanceof Index<?> features) {
                compact.put(features, new CompactForms.FeatureIndexForm(features));
            }
            if (field(CRFClassifier.class, "weights").get(crf) instanceof float[][] weights) {
                compact.put(weights, new CompactForms.WeightsForm(weights));
            }
            Field lexicon = field(edu.stanford.nlp.ie.NERFeatureFactory.class, "lexicon");
            for (Object factory : (List<?>) field(AbstractSequenceClassifier.class, "featureFactories").get(crf)) {
                if (factory instanceof edu.stanford.nlp.ie.NERFeatureFactory<?> && lexicon.get(factory) instanceof Map<?, ?> map) {
                    compact.put(map, new CompactForms.WordClustersForm(map));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IOException("this CoreNLP lays its CRF out otherwise (" + e + "): no compact copy can be made", e);
        }
        try (ObjectOutputStream oos = new CompactingOutputStream(out, compact)) {
            crf.serializeClassifier(oos);
        }
    }

    /** The compact copy of the model at {@code resource} in newskg's folder of them, if there is one. */
    public static Optional<Path> find(String resource) {
        return directory().flatMap(dir -> find(resource, dir));
    }

    static Optional<Path> find(String resource, Path directory) {
        return fileName(resource).map(directory::resolve).filter(Files::isReadable);
    }

    /** {@value #DIRECTORY_PROPERTY} if set; else {@value #DIRECTORY} beside the jar this class is in; none when it runs from classes. */
    static Optional<Path> directory() {
        String set = System.getProperty(DIRECTORY_PROPERTY);
        if (set != null && !set.isBlank()) {
            return Optional.of(Path.of(set));
        }
        try {
            var source = CompactCrfModel.class.getProtectionDomain().getCodeSource();
            Path jar = source == null ? null : Path.of(source.getLocation().toURI());
            return jar != null && Files.isRegularFile(jar) && jar.getParent() != null
                ? Optional.of(jar.getParent().resolve(DIRECTORY)) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            LOG.debug("no folder of compact models: {}", e.toString());
            return Optional.empty();
        }
    }

    /**
     * The compact copy's file name for the model at {@code resource}: its name, then the CRC-32 and
     * size of the model's entry in its jar (read from the jar's directory, not from the model) and
     * the layout's version. Empty when the model is not an entry of a jar on the class path.
     */
    static Optional<String> fileName(String resource) {
        URL url = CompactCrfModel.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            connection.setUseCaches(true);
            JarEntry entry = jar.getJarEntry();
            if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
                return Optional.empty();
            }
            String base = resource.substring(resource.lastIndexOf('/') + 1).replaceFirst("\\.ser\\.gz$|\\.ser$", "");
            return Optional.of(String.format("%s.%08x-%d.%s.ser", base, entry.getCrc(), entry.getSize(), FORMAT));
        } catch (IOException e) {
            LOG.debug("cannot read the jar entry of {}: {}", resource, e.toString());
            return Optional.empty();
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** Writes each object given a compact form as that form. */
    private static final class CompactingOutputStream extends ObjectOutputStream {
        private final Map<Object, Object> compact;

        CompactingOutputStream(OutputStream out, Map<Object, Object> compact) throws IOException {
            super(out);
            this.compact = compact;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object o) {
            Object form = compact.get(o);
            return form == null ? o : form;
        }
    }
}
