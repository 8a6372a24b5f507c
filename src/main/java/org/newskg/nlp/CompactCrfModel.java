package org.newskg.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.util.Index;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
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
 * lexicon likewise ({@link WordClusters}), the weights as one {@code float[]}. Each block carries
 * a CRC-32 that is checked when it is read.
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
                compact.put(features, new FeatureIndexForm(features));
            }
            if (field(CRFClassifier.class, "weights").get(crf) instanceof float[][] weights) {
                compact.put(weights, new WeightsForm(weights));
            }
            Field lexicon = field(edu.stanford.nlp.ie.NERFeatureFactory.class, "lexicon");
            for (Object factory : (List<?>) field(AbstractSequenceClassifier.class, "featureFactories").get(crf)) {
                if (factory instanceof edu.stanford.nlp.ie.NERFeatureFactory<?> && lexicon.get(factory) instanceof Map<?, ?> map) {
                    compact.put(map, new WordClustersForm(map));
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

    // ---- blocks: a byte[] and its CRC-32, read as one array ----

    private static void writeBlock(ObjectOutputStream out, byte[] block) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(block);
        out.writeLong(crc.getValue());
        out.writeObject(block);
    }

    private static ByteBuffer readBlock(ObjectInputStream in, String what) throws IOException, ClassNotFoundException {
        long expected = in.readLong();
        if (!(in.readObject() instanceof byte[] block)) {
            throw new InvalidObjectException("the " + what + " block of a compact model is not there");
        }
        CRC32 crc = new CRC32();
        crc.update(block);
        if (crc.getValue() != expected) {
            throw new InvalidObjectException("the " + what + " block of a compact model is damaged (CRC-32 "
                + Long.toHexString(crc.getValue()) + ", stored " + Long.toHexString(expected) + ")");
        }
        return ByteBuffer.wrap(block);
    }

    /** Strings as their count, the end offset of each in one UTF-8 block, then the block. */
    private static void putStrings(DataOutputStream out, String[] strings) throws IOException {
        byte[][] bytes = new byte[strings.length][];
        out.writeInt(strings.length);
        int end = 0;
        for (int i = 0; i < strings.length; i++) {
            bytes[i] = strings[i].getBytes(StandardCharsets.UTF_8);
            end += bytes[i].length;
            out.writeInt(end);
        }
        for (byte[] b : bytes) {
            out.write(b);
        }
    }

    private static String[] getStrings(ByteBuffer in) throws InvalidObjectException {
        int n = in.getInt();
        int[] ends = getInts(in, n);
        int start = in.position();
        if (n > 0 && (ends[n - 1] < 0 || ends[n - 1] > in.remaining())) {
            throw new InvalidObjectException("strings that run past their block");
        }
        byte[] block = in.array();
        String[] out = new String[n];
        int from = 0;
        for (int i = 0; i < n; i++) {
            if (ends[i] < from) {
                throw new InvalidObjectException("string " + i + " ends before it starts");
            }
            out[i] = new String(block, start + from, ends[i] - from, StandardCharsets.UTF_8);
            from = ends[i];
        }
        in.position(start + from);
        return out;
    }

    private static void putInts(DataOutputStream out, int[] ints) throws IOException {
        for (int v : ints) {
            out.writeInt(v);
        }
    }

    private static int[] getInts(ByteBuffer in, int n) throws InvalidObjectException {
        if (n < 0 || (long) n * Integer.BYTES > in.remaining()) {
            throw new InvalidObjectException(n + " numbers where the block has room for " + in.remaining() / Integer.BYTES);
        }
        int[] out = new int[n];
        in.asIntBuffer().get(out);
        in.position(in.position() + n * Integer.BYTES);
        return out;
    }

    private static byte[] block(BlockWriter writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        }
        return bytes.toByteArray();
    }

    @FunctionalInterface
    private interface BlockWriter {
        void write(DataOutputStream out) throws IOException;
    }

    // ---- the compact forms: written in place of the object, read back as its replacement ----

    /** The feature index: its names in order, and their lookup table; read back as a {@link FeatureLookup}. */
    private static final class FeatureIndexForm implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private transient FeatureLookup lookup;

        FeatureIndexForm(Index<?> index) {
            @SuppressWarnings("unchecked")
            Index<String> names = (Index<String>) index;
            this.lookup = new FeatureLookup(names);
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            writeBlock(out, block(data -> {
                data.writeBoolean(lookup.locked());
                putStrings(data, lookup.names());
                int[] layout = lookup.slots().layout();
                data.writeInt(layout.length);
                putInts(data, layout);
            }));
        }

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            ByteBuffer block = readBlock(in, "feature index");
            boolean locked = block.get() != 0;
            String[] names = getStrings(block);
            int[] layout = getInts(block, block.getInt());
            lookup = new FeatureLookup(names, StringSlots.laidOut(layout, names), locked);
        }

        @Serial
        private Object readResolve() {
            return lookup;
        }
    }

    /** The weights: each row's length, then every row end to end; read back as the {@code float[][]}. */
    private static final class WeightsForm implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private transient float[][] rows;

        WeightsForm(float[][] rows) {
            this.rows = rows;
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            writeBlock(out, block(data -> {
                data.writeInt(rows.length);
                for (float[] row : rows) {
                    data.writeInt(row.length);
                }
                for (float[] row : rows) {
                    for (float w : row) {
                        data.writeFloat(w);
                    }
                }
            }));
        }

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            ByteBuffer block = readBlock(in, "weights");
            int[] lengths = getInts(block, block.getInt());
            var floats = block.asFloatBuffer();
            rows = new float[lengths.length][];
            for (int i = 0; i < lengths.length; i++) {
                if (lengths[i] < 0 || lengths[i] > floats.remaining()) {
                    throw new InvalidObjectException("weight row " + i + " runs past its block");
                }
                rows[i] = new float[lengths[i]];
                floats.get(rows[i]);
            }
            if (floats.hasRemaining()) {
                throw new InvalidObjectException(floats.remaining() + " weights more than the rows hold");
            }
        }

        @Serial
        private Object readResolve() {
            return rows;
        }
    }

    /** The word-cluster lexicon: words, the distinct clusters, each word's cluster; read back as {@link WordClusters}. */
    private static final class WordClustersForm implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private transient WordClusters lexicon;

        WordClustersForm(Map<?, ?> map) throws InvalidObjectException {
            this.lexicon = WordClusters.of(map);
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            writeBlock(out, block(data -> {
                putStrings(data, lexicon.words);
                putStrings(data, lexicon.clusters);
                putInts(data, lexicon.clusterOf);
                int[] layout = lexicon.slots.layout();
                data.writeInt(layout.length);
                putInts(data, layout);
            }));
        }

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            ByteBuffer block = readBlock(in, "word clusters");
            String[] words = getStrings(block);
            String[] clusters = getStrings(block);
            int[] clusterOf = getInts(block, words.length);
            for (int c : clusterOf) {
                if (c < 0 || c >= clusters.length) {
                    throw new InvalidObjectException("a word of cluster " + c + " of " + clusters.length);
                }
            }
            int[] layout = getInts(block, block.getInt());
            lexicon = new WordClusters(words, clusters, clusterOf, StringSlots.laidOut(layout, words));
        }

        @Serial
        private Object readResolve() {
            return lexicon;
        }
    }

    /**
     * The CRF feature factory's word-cluster lexicon (word to cluster), read-only, looked up in
     * {@link StringSlots}. A model saved with it writes a {@code HashMap}, as CoreNLP's does.
     */
    static final class WordClusters extends AbstractMap<String, String> implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String[] words;
        private final String[] clusters;
        private final int[] clusterOf;
        private final StringSlots slots;

        private WordClusters(String[] words, String[] clusters, int[] clusterOf, StringSlots slots) {
            this.words = words;
            this.clusters = clusters;
            this.clusterOf = clusterOf;
            this.slots = slots;
        }

        static WordClusters of(Map<?, ?> map) throws InvalidObjectException {
            String[] words = new String[map.size()];
            int[] clusterOf = new int[map.size()];
            Map<String, Integer> clusterNumbers = new HashMap<>();
            StringSlots slots = new StringSlots(map.size());
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String word) || !(e.getValue() instanceof String cluster)) {
                    throw new InvalidObjectException("a lexicon entry that is not two strings: " + e);
                }
                words[i] = word;
                clusterOf[i] = clusterNumbers.computeIfAbsent(cluster, c -> clusterNumbers.size());
                slots.putIfAbsent(word, i);
                i++;
            }
            String[] clusters = new String[clusterNumbers.size()];
            clusterNumbers.forEach((c, n) -> clusters[n] = c);
            return new WordClusters(words, clusters, clusterOf, slots);
        }

        @Override
        public String get(Object key) {
            if (!(key instanceof String word)) {
                return null;
            }
            int n = slots.find(word);
            return n < 0 ? null : clusters[clusterOf[n]];
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String word && slots.find(word) >= 0;
        }

        @Override
        public int size() {
            return words.length;
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < words.length;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (next >= words.length) {
                                throw new NoSuchElementException();
                            }
                            int n = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(words[n], clusters[clusterOf[n]]);
                        }
                    };
                }

                @Override
                public int size() {
                    return words.length;
                }
            };
        }

        @Serial
        private Object writeReplace() {
            return new HashMap<>(this);
        }
    }
}
