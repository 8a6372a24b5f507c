package org.newskg.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CRF model's word function (the English NER models' is CoreNLP's {@code AmericanizeFunction},
 * a map lookup and a handful of regular expressions over the word) remembered per word. The CRF's
 * feature maker asks for a token's normalised word once for each feature that reads it, a dozen
 * times a token, so the function ran on every call: 4 % of a cold build's worker samples (JFR, the
 * bench corpus) were in {@code Americanize}. The function is pure, so remembering it changes no
 * tag (the bench and dev graphs are byte-identical with and without).
 */
public final class CachedWordFunction implements Function<String, String>, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CachedWordFunction.class);
    /** Words remembered before the cache starts over: news vocabularies stay well under it. */
    static final int MAX_WORDS = 1 << 18;

    private final Function<String, String> function;
    private final transient Map<String, String> words = new ConcurrentHashMap<>();

    private CachedWordFunction(Function<String, String> function) {
        this.function = function;
    }

    /** The function, remembered; null stays null (a model without a word function). */
    public static Function<String, String> of(Function<String, String> function) {
        if (function == null || function instanceof CachedWordFunction) {
            return function;
        }
        return new CachedWordFunction(function);
    }

    @Override
    public String apply(String word) {
        if (word == null) {
            return function.apply(null);
        }
        String known = words.get(word);
        if (known != null) {
            return known;
        }
        String out = function.apply(word);
        if (out != null) {
            if (words.size() >= MAX_WORDS) {
                words.clear();
            }
            words.put(word, out);
        }
        return out;
    }

    /** A deserialised copy starts with nothing remembered. */
    private Object readResolve() {
        return new CachedWordFunction(function);
    }

    /** How many words are remembered (for tests). */
    int size() {
        return words.size();
    }

    /**
     * Gives each CRF of a {@code ner} annotator its word function remembered; returns the
     * classifiers changed. CoreNLP keeps the classifiers private; should a later CoreNLP lay them
     * out otherwise, nothing changes (the same tags, slower) and a warning says so.
     */
    public static List<AbstractSequenceClassifier<?>> install(NERCombinerAnnotator ner) {
        List<AbstractSequenceClassifier<?>> out = new ArrayList<>();
        try {
            Field combinerField = NERCombinerAnnotator.class.getDeclaredField("ner");
            combinerField.setAccessible(true);
            Field classifiersField = ClassifierCombiner.class.getDeclaredField("baseClassifiers");
            classifiersField.setAccessible(true);
            Object combiner = combinerField.get(ner);
            for (Object c : (List<?>) classifiersField.get(combiner)) {
                if (c instanceof AbstractSequenceClassifier<?> classifier && classifier.flags != null) {
                    classifier.flags.wordFunction = of(classifier.flags.wordFunction);
                    out.add(classifier);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("cannot reach the NER models of this CoreNLP version ({}): their word function runs on every call", e.toString());
        }
        return out;
    }
}
