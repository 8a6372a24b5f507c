package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.process.AmericanizeFunction;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.ArticleReader;

/** The NER models' word function, remembered: the same words out, each computed once. */
class CachedWordFunctionTest {
    private static final List<String> WORDS = List.of("colour", "Colour", "behaviour", "organise", "the", "Kabul", "colour", "defence", "behaviour");

    @Test
    void givesWhatTheFunctionGivesAndComputesEachWordOnce() {
        AmericanizeFunction americanize = new AmericanizeFunction();
        List<String> asked = new ArrayList<>();
        Function<String, String> counted = w -> {
            asked.add(w);
            return americanize.apply(w);
        };
        Function<String, String> cached = CachedWordFunction.of(counted);
        for (String w : WORDS) {
            assertEquals(americanize.apply(w), cached.apply(w), w);
        }
        assertEquals("color", cached.apply("colour"));
        assertEquals(List.of("colour", "Colour", "behaviour", "organise", "the", "Kabul", "defence"), asked, "each distinct word once");
    }

    @Test
    void noFunctionStaysNoneAndIsNotWrappedTwice() {
        assertNull(CachedWordFunction.of(null));
        Function<String, String> once = CachedWordFunction.of(String::toLowerCase);
        assertSame(once, CachedWordFunction.of(once));
    }

    @Test
    void startsOverPastItsLimit() {
        CachedWordFunction f = (CachedWordFunction) CachedWordFunction.of(w -> w + "!");
        for (int i = 0; i <= CachedWordFunction.MAX_WORDS; i++) {
            f.apply("w" + i);
        }
        assertTrue(f.size() <= CachedWordFunction.MAX_WORDS, "grew to " + f.size());
        assertEquals("w7!", f.apply("w7"));
    }

    @Test
    void theSharedPipelinesNerModelsRememberTheirWords() throws Exception {
        NlpPipeline.shared().annotate(ArticleReader.create().parse("t.txt",
            "KABUL — The defence minister met the Colour Guard commander on Tuesday.\n".getBytes(StandardCharsets.UTF_8)));
        WindowedNerAnnotator windowed = null;
        Field corenlp = NlpPipeline.class.getDeclaredField("corenlp");
        corenlp.setAccessible(true);
        Field annotators = AnnotationPipeline.class.getDeclaredField("annotators");
        annotators.setAccessible(true);
        for (Object a : (List<?>) annotators.get(corenlp.get(NlpPipeline.shared()))) {
            if (a instanceof WindowedNerAnnotator w) {
                windowed = w;
            }
        }
        assertTrue(windowed != null, "the lean pipeline runs the windowed NER");
        assertFalse(windowed.crfs().isEmpty(), "no NER model was reached");
        for (var crf : windowed.crfs()) {
            CachedWordFunction f = (CachedWordFunction) crf.flags.wordFunction;
            assertTrue(f.size() > 0, "the model's word function remembered nothing");
            assertEquals("color", f.apply("colour"));
        }
    }
}
