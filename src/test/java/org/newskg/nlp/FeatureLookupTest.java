package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The CRF's feature index laid out for lookups answers as CoreNLP's own index does. */
class FeatureLookupTest {
    private static Index<String> features(int n) {
        Index<String> index = new HashIndex<>();
        for (int i = 0; i < n; i++) {
            index.add("W-" + i + "|C");
        }
        // names whose hashes collide ("Aa" and "BB" hash alike), and the empty name
        index.add("Aa");
        index.add("BB");
        index.add("AaBB");
        index.add("BBAa");
        index.add("");
        return index;
    }

    @Test
    void everyNameGetsTheIndexOwnAnswer() {
        Index<String> original = features(50_000);
        FeatureLookup lookup = new FeatureLookup(original);
        assertEquals(original.size(), lookup.size());
        for (int i = 0; i < original.size(); i++) {
            String name = original.get(i);
            assertEquals(i, lookup.indexOf(name), name);
        }
        Random random = new Random(7);
        List<String> absent = new ArrayList<>(List.of("AaAa", "BBBB", "W-50000|C", "W-1|c", "w-1|C", "W-1"));
        for (int i = 0; i < 10_000; i++) {
            absent.add("X-" + random.nextInt());
        }
        for (String name : absent) {
            assertEquals(original.indexOf(name), lookup.indexOf(name), name);
            assertEquals(-1, lookup.indexOf(name), name);
        }
        assertEquals(-1, lookup.indexOf(null));
    }

    @Test
    void aChangedIndexIsAnsweredByTheOriginal() {
        Index<String> original = features(10);
        FeatureLookup lookup = new FeatureLookup(original);
        assertEquals(-1, lookup.indexOf("NEW"));
        int added = lookup.addToIndex("NEW");
        assertEquals(original.size() - 1, added);
        assertEquals(added, lookup.indexOf("NEW"), "a name added after the lookup was laid out");
        assertEquals(3, lookup.indexOf("W-3|C"));
    }

    @Test
    void aLookupFromStoredNamesAnswersAndMakesCoreNlpsIndexWhenAChangeComes() throws Exception {
        String[] names = {"W-0|C", "Aa", "BB", ""};
        StringSlots slots = new StringSlots(names.length);
        for (int i = 0; i < names.length; i++) {
            slots.putIfAbsent(names[i], i);
        }
        FeatureLookup lookup = new FeatureLookup(names, StringSlots.laidOut(slots.layout().clone(), names), false);
        assertEquals(4, lookup.size());
        assertEquals("BB", lookup.get(2));
        assertEquals(1, lookup.indexOf("Aa"));
        assertEquals(-1, lookup.indexOf("AaBB"));
        assertEquals(List.of(names), lookup.objectsList());
        assertEquals(4, lookup.addToIndex("NEW"));
        assertEquals(4, lookup.indexOf("NEW"));
        assertEquals(5, lookup.size());

        FeatureLookup locked = new FeatureLookup(names, StringSlots.laidOut(slots.layout().clone(), names), true);
        assertTrue(locked.isLocked());
        assertEquals(-1, locked.indexOf("NEW", true), "a locked index takes no new name");
        assertEquals(4, locked.size());
    }

    @Test
    void aModelSavedWithTheLookupSavesCoreNlpsOwnIndex() throws Exception {
        Index<String> original = features(100);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new FeatureLookup(original));
        }
        Object read;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            read = in.readObject();
        }
        assertTrue(read instanceof HashIndex, read.getClass().toString());
        @SuppressWarnings("unchecked")
        Index<String> index = (Index<String>) read;
        assertEquals(original.objectsList(), index.objectsList());
        assertEquals(7, index.indexOf("W-7|C"));
    }

    @Test
    void theSharedPipelinesNerModelsLookTheirFeaturesUpThere() throws Exception {
        Field corenlp = NlpPipeline.class.getDeclaredField("corenlp");
        corenlp.setAccessible(true);
        Field annotators = AnnotationPipeline.class.getDeclaredField("annotators");
        annotators.setAccessible(true);
        Field featureIndex = CRFClassifier.class.getDeclaredField("featureIndex");
        featureIndex.setAccessible(true);
        int crfs = 0;
        for (Object a : (List<?>) annotators.get(corenlp.get(NlpPipeline.shared()))) {
            if (a instanceof WindowedNerAnnotator w) {
                for (var crf : w.crfs()) {
                    Object index = featureIndex.get(crf);
                    assertTrue(index instanceof FeatureLookup, "the model looks its features up in " + index.getClass());
                    FeatureLookup lookup = (FeatureLookup) index;
                    assertTrue(lookup.size() > 100_000, "features: " + lookup.size());
                    for (int i = 0; i < lookup.size(); i += 997) {
                        assertEquals(i, lookup.indexOf(lookup.get(i)));
                    }
                    crfs++;
                }
            }
        }
        assertTrue(crfs > 0, "no NER model was reached");
    }
}
