package org.newskg.nlp;

import edu.stanford.nlp.util.Index;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The compact forms a {@link CompactCrfModel} writes in place of a CRF's three large parts, each
 * one block of bytes with its CRC-32, and reads back as the part itself ({@code readResolve}): the
 * feature index as a {@link FeatureLookup}, the weights as their {@code float[][]}, the word
 * clusters as {@link WordClusters}. A block whose CRC does not match is refused.
 */
final class CompactForms {
    private CompactForms() {
    }

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

    /** The feature index: its names in order, and their lookup table; read back as a {@link FeatureLookup}. */
    static final class FeatureIndexForm implements Serializable {
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
    static final class WeightsForm implements Serializable {
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
    static final class WordClustersForm implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private transient WordClusters lexicon;

        WordClustersForm(Map<?, ?> map) throws InvalidObjectException {
            this.lexicon = WordClusters.of(map);
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            writeBlock(out, block(data -> {
                putStrings(data, lexicon.words());
                putStrings(data, lexicon.clusters());
                putInts(data, lexicon.clusterOf());
                int[] layout = lexicon.slots().layout();
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
}
