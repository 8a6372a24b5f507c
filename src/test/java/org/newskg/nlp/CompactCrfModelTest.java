package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.util.Index;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.RandomAccessFile;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compact copy of the NER model is the same classifier as CoreNLP's file, is found only for
 * the model it was made from, and a damaged one is refused, CoreNLP's file read instead.
 */
class CompactCrfModelTest {
    private static final String MODEL = AnnotatorProfile.LEAN.properties().getProperty("ner.model");
    private static final List<String> SENTENCES = List.of(
        "NATO Secretary General Jens Stoltenberg met Afghan President Ashraf Ghani in Kabul on Tuesday.",
        "German troops of the Resolute Support mission left Mazar-i-Sharif, Defense Minister Ursula von der Leyen said.",
        "the talks in geneva were chaired by lakhdar brahimi , who flew to Damascus afterwards .");

    @TempDir
    static Path models;
    private static Path compact;
    private static CRFClassifier<?> original;

    @BeforeAll
    static void writeTheCompactCopy() throws Exception {
        compact = CompactCrfModel.write(MODEL, models);
        original = CRFClassifier.getClassifier(MODEL, null);
    }

    @AfterEach
    void forgetTheFolder() {
        System.clearProperty(CompactCrfModel.DIRECTORY_PROPERTY);
    }

    private static Object field(Class<?> type, String name, Object of) throws ReflectiveOperationException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(of);
    }

    private static Object lexicon(CRFClassifier<?> crf) throws ReflectiveOperationException {
        Object factory = ((List<?>) field(AbstractSequenceClassifier.class, "featureFactories", crf)).get(0);
        return field(NERFeatureFactory.class, "lexicon", factory);
    }

    @Test
    void theCompactCopyIsTheSameClassifier() throws Exception {
        CRFClassifier<?> copy = CRFClassifier.getClassifier(compact.toString(), null);

        @SuppressWarnings("unchecked")
        Index<String> names = (Index<String>) field(CRFClassifier.class, "featureIndex", original);
        Object copied = field(CRFClassifier.class, "featureIndex", copy);
        assertTrue(copied instanceof FeatureLookup, copied.getClass().toString());
        FeatureLookup lookup = (FeatureLookup) copied;
        assertEquals(346_710, names.size());
        assertEquals(names.size(), lookup.size());
        assertEquals(names.isLocked(), lookup.isLocked());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(i, lookup.indexOf(names.get(i)), names.get(i));
        }
        assertEquals(-1, lookup.indexOf("WORD-no such feature|C"));

        float[][] weights = (float[][]) field(CRFClassifier.class, "weights", original);
        float[][] copiedWeights = (float[][]) field(CRFClassifier.class, "weights", copy);
        assertEquals(weights.length, copiedWeights.length);
        for (int i = 0; i < weights.length; i++) {
            assertArrayEquals(weights[i], copiedWeights[i], "row " + i);
        }

        Object lexicon = lexicon(copy);
        assertTrue(lexicon instanceof WordClusters, lexicon.getClass().toString());
        assertEquals(lexicon(original), lexicon);
        assertEquals(original.classIndex.objectsList(), copy.classIndex.objectsList());

        for (String sentence : SENTENCES) {
            assertEquals(original.classifyToString(sentence), copy.classifyToString(sentence), sentence);
        }
        assertTrue(copy.classifyToString(SENTENCES.get(0)).contains("Stoltenberg/PERSON"), copy.classifyToString(SENTENCES.get(0)));
    }

    @Test
    void theCopyIsFoundOnlyForTheModelItWasMadeFrom() throws Exception {
        assertEquals(compact, CompactCrfModel.find(MODEL, models).orElseThrow());
        String name = compact.getFileName().toString();
        assertTrue(name.matches("english\\.all\\.3class\\.distsim\\.crf\\.[0-9a-f]{8}-[0-9]+\\.c1\\.ser"), name);
        assertTrue(CompactCrfModel.find("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz", models).isEmpty(),
            "a copy of another model");
        assertTrue(CompactCrfModel.find("no/such/model.crf.ser.gz", models).isEmpty());

        Path elsewhere = Files.createTempDirectory(models, "other");
        // a copy made from another release of the same model: its CRC differs
        Files.createFile(elsewhere.resolve(name.replaceFirst("\\.[0-9a-f]{8}-", ".00000000-")));
        assertTrue(CompactCrfModel.find(MODEL, elsewhere).isEmpty(), "a copy of another release");

        System.setProperty(CompactCrfModel.DIRECTORY_PROPERTY, models.toString());
        assertEquals(compact, CompactCrfModel.find(MODEL).orElseThrow(), "the folder the property names");
    }

    @Test
    void aDamagedCopyIsRefusedAndTheAnnotatorReadsCoreNlpsFile() throws Exception {
        Path damaged = Files.createTempDirectory(models, "damaged").resolve(compact.getFileName());
        Files.copy(compact, damaged);
        try (RandomAccessFile file = new RandomAccessFile(damaged.toFile(), "rw")) {
            long middle = file.length() / 2;
            file.seek(middle);
            int b = file.read();
            file.seek(middle);
            file.write(b ^ 0x5a);
        }
        IOException refused = assertThrows(IOException.class, () -> CRFClassifier.getClassifier(damaged.toString(), null));
        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());

        System.setProperty(CompactCrfModel.DIRECTORY_PROPERTY, damaged.getParent().toString());
        Properties p = AnnotatorProfile.LEAN.properties();
        WindowedNerAnnotator annotator = new WindowedNerAnnotator("windowedner", p);
        CRFClassifier<?> read = (CRFClassifier<?>) annotator.crfs().get(0);
        assertTrue(lexicon(read) instanceof HashMap, "CoreNLP's own file was read: " + lexicon(read).getClass());
        assertEquals(original.classifyToString(SENTENCES.get(1)), read.classifyToString(SENTENCES.get(1)));

        System.setProperty(CompactCrfModel.DIRECTORY_PROPERTY, models.toString());
        CRFClassifier<?> fast = (CRFClassifier<?>) new WindowedNerAnnotator("windowedner", p).crfs().get(0);
        assertTrue(lexicon(fast) instanceof WordClusters, "the compact copy was read: " + lexicon(fast).getClass());
    }

    @Test
    void theWordClustersAnswerAsTheMapTheyWereMadeFromAndSaveAsOne() throws Exception {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            map.put("w" + i, "c" + (i % 17));
        }
        map.put("Aa", "x");
        map.put("BB", "y"); // the same hash as "Aa"
        map.put("", "z");
        WordClusters clusters = WordClusters.of(map);
        assertEquals(map, clusters);
        assertEquals(map.size(), clusters.size());
        assertEquals("c3", clusters.get("w3"));
        assertEquals("y", clusters.get("BB"));
        assertEquals(null, clusters.get("w5000"));
        assertEquals(null, clusters.get(7));
        assertFalse(clusters.containsKey("AaBB"));
        assertTrue(clusters.containsKey(""));
        assertThrows(UnsupportedOperationException.class, () -> clusters.put("new", "c1"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(clusters);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Object read = in.readObject();
            assertEquals(HashMap.class, read.getClass(), "a model saved with them writes CoreNLP's own map");
            assertEquals(map, read);
        }
    }
}
