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

    /** Strings by number and the table they are looked up in: the strings, then the table as laid out. */
    private static void putLookup(DataOutputStream out, String[] strings, StringSlots slots) throws IOException {
        putStrings(out, strings);
        int[] layout = slots.layout();
        out.writeInt(layout.length);
        putInts(out, layout);
    }

    private record Lookup(String[] strings, StringSlots slots) {
    }

    private static Lookup getLookup(ByteBuffer in) throws InvalidObjectException {
        String[] strings = getStrings(in);
        int[] layout = getInts(in, in.getInt());
        return new Lookup(strings, StringSlots.laidOut(layout, strings));
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

    /** A compact form: written in place of a value, and read back as it ({@code readResolve}). */
    abstract static class Form<T> implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        /** The value: given when written, made by the subclass's {@code readObject} when read. */
        transient T value;

        Form(T value) {
            this.value = value;
        }

        @Serial
        protected final Object readResolve() {
            return value;
        }
    }

    /** The feature index: its names in order, and their lookup table; read back as a {@link FeatureLookup}. */
    static final class FeatureIndexForm extends Form<FeatureLookup> {
        @Serial
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("unchecked")
        FeatureIndexForm(Index<?> index) {
            super(new FeatureLookup((Index<String>) index));
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            writeBlock(out, block(data -> {
                data.writeBoolean(value.locked());
                putLookup(data, value.names(), value.slots());
            }));
        }

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            ByteBuffer block = readBlock(in, "feature index");
            boolean locked = block.get() != 0;
            Lookup names = getLookup(block);
            value = new FeatureLookup(names.strings(), names.slots(), locked);
        }
    }

    /** The weights: each row's length, then every row end to end; read back as the {@code float[][]}. */
    static final class WeightsForm extends Form<float[][]> {
        @Serial
        private static final long serialVersionUID = 1L;

        WeightsForm(float[][] rows) {
            super(rows);
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            writeBlock(out, block(data -> {
                data.writeInt(value.length);
                for (float[] row : value) {
                    data.writeInt(row.length);
                }
                for (float[] row : value) {
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
            float[][] rows = new float[lengths.length][];
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
            value = rows;
        }
    }

    /** The word-cluster lexicon: words, the distinct clusters, each word's cluster; read back as {@link WordClusters}. */
    static final class WordClustersForm extends Form<WordClusters> {
        @Serial
        private static final long serialVersionUID = 1L;

        WordClustersForm(Map<?, ?> map) throws InvalidObjectException {
            super(WordClusters.of(map));
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            writeBlock(out, block(data -> {
                putLookup(data, value.words(), value.slots());
                putStrings(data, value.clusters());
                putInts(data, value.clusterOf());
            }));
        }

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            ByteBuffer block = readBlock(in, "word clusters");
            Lookup words = getLookup(block);
            String[] clusters = getStrings(block);
            int[] clusterOf = getInts(block, words.strings().length);
            for (int c : clusterOf) {
                if (c < 0 || c >= clusters.length) {
                    throw new InvalidObjectException("a word of cluster " + c + " of " + clusters.length);
                }
            }
            value = new WordClusters(words.strings(), clusters, clusterOf, words.slots());
        }
    }
}
