package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.newskg.lexicon.ResourceLines;

/**
 * CoreNLP's {@code ner} annotator run on the stretches of a sentence where a name can be: around
 * each word with a capital letter in it (a sentence's first word only when it is no function
 * word), {@value #DEFAULT_RADIUS} tokens either side, windows that touch merged; the tokens
 * outside are "O". The CRF reads a few words either side of a word, so a name's words see the
 * same features in a window as in the whole sentence, and a lower-case stretch far from any
 * capital holds no PERSON, LOCATION or ORGANIZATION: on the benchmark corpus this leaves out a
 * third of the tokens and changes almost no mention (README, "Speed"). Registered with CoreNLP
 * as a custom annotator ({@code customAnnotatorClass.windowedner}); its properties are the
 * {@code ner.*} ones, plus {@code windowedner.radius}.
 */
public final class WindowedNerAnnotator implements Annotator {
    /** Tokens either side of a capitalised word the CRF is run on. */
    public static final int DEFAULT_RADIUS = 5;
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(ResourceLines.read("/org/newskg/lexicon/function-words.txt"));

    private final NERCombinerAnnotator ner;
    private final EntityMentionsAnnotator mentions;
    private final int radius;

    /** The constructor CoreNLP calls for a custom annotator. */
    public WindowedNerAnnotator(String name, Properties props) {
        Properties p = new Properties();
        p.putAll(props);
        p.setProperty("ner.buildEntityMentions", "false"); // built below, over whole sentences
        try {
            this.ner = new NERCombinerAnnotator(p);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the NER model: " + e.getMessage(), e);
        }
        // as NERCombinerAnnotator makes its own when it builds the mentions
        Properties em = edu.stanford.nlp.util.PropertiesUtils.extractPrefixedProperties(props, "ner.entitymentions.", true);
        em.setProperty("ner.entitymentions.language", "ENGLISH");
        this.mentions = new EntityMentionsAnnotator("ner.entitymentions", em);
        this.radius = Integer.parseInt(props.getProperty(name + ".radius", Integer.toString(DEFAULT_RADIUS)));
    }

    /**
     * Runs CoreNLP's ner annotator, all of it (its own tokenisation of hyphenated words, its
     * document date, its clean-up), over a document whose sentences are the windows: the window
     * tokens are the document's own, so the tags land on them.
     */
    @Override
    public void annotate(Annotation doc) {
        List<CoreLabel> windowTokens = new java.util.ArrayList<>();
        List<CoreMap> windows = new java.util.ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            boolean[] in = windows(tokens, radius);
            int i = 0;
            while (i < tokens.size()) {
                if (!in[i]) {
                    tokens.get(i).setNER("O");
                    i++;
                    continue;
                }
                int j = i;
                while (j < tokens.size() && in[j]) {
                    j++;
                }
                CoreMap window = new ArrayCoreMap(sentence);
                window.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(i, j));
                window.set(CoreAnnotations.TokenBeginAnnotation.class, windowTokens.size());
                windowTokens.addAll(tokens.subList(i, j));
                window.set(CoreAnnotations.TokenEndAnnotation.class, windowTokens.size());
                window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, tokens.get(i).beginPosition());
                window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, tokens.get(j - 1).endPosition());
                windows.add(window);
                i = j;
            }
        }
        Annotation stretches = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        stretches.set(CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
        stretches.set(CoreAnnotations.DocIDAnnotation.class, doc.get(CoreAnnotations.DocIDAnnotation.class));
        stretches.set(CoreAnnotations.TokensAnnotation.class, windowTokens);
        stretches.set(CoreAnnotations.SentencesAnnotation.class, windows);
        ner.annotate(stretches);
        mentions.annotate(doc);
    }

    /** Which tokens the CRF runs on: within {@code radius} of a token a name can start with. */
    static boolean[] windows(List<CoreLabel> tokens, int radius) {
        boolean[] in = new boolean[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            if (mayBeName(tokens.get(k).word(), k == 0)) {
                for (int m = Math.max(0, k - radius); m <= k + radius && m < tokens.size(); m++) {
                    in[m] = true;
                }
            }
        }
        return in;
    }

    private static boolean mayBeName(String word, boolean first) {
        if (word.chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        return !first || !FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CoreAnnotations.NamedEntityTagAnnotation.class, CoreAnnotations.MentionsAnnotation.class);
    }
}
