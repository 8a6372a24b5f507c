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
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.newskg.lexicon.CountryForm;
import org.newskg.lexicon.CountryGazetteer;
import org.newskg.lexicon.FunctionWords;
import org.newskg.lexicon.Lazy;
import org.newskg.lexicon.Ranks;
import org.newskg.lexicon.Titles;

/**
 * CoreNLP's {@code ner} annotator run on the stretches of a sentence where a name can be: around
 * each word with a capital letter in it (a sentence's first word only when it is no function
 * word), {@value #DEFAULT_RADIUS} tokens either side, windows that touch merged; the tokens
 * outside are "O". The CRF reads a few words either side of a word, so a name's words see the
 * same features in a window as in the whole sentence, and a lower-case stretch far from any
 * capital holds no PERSON, LOCATION or ORGANIZATION: on the benchmark corpus this leaves out a
 * third of the tokens and changes almost no mention (README, "Speed"). newskg reads only PERSON,
 * so a window with no word in it that can be part of a person's name (only countries, offices,
 * ranks, weekdays, function words) is left out too. Registered with CoreNLP as a custom annotator
 * ({@code customAnnotatorClass.windowedner}); its properties are the {@code ner.*} ones, plus
 * {@code windowedner.radius} and {@code windowedner.windows} ({@code persons}, the default, or
 * {@code all}).
 */
public final class WindowedNerAnnotator implements Annotator {
    /** Tokens either side of a capitalised word the CRF is run on. */
    public static final int DEFAULT_RADIUS = 5;

    /** Capitalised words that are never a person's name: weekdays, and months no one is named after. */
    private static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "july", "september", "october", "november", "december");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WindowedNerAnnotator.class);
    private static final Lazy<CountryGazetteer> COUNTRIES = Lazy.of(CountryGazetteer::standard);

    private final NERCombinerAnnotator ner;
    /** The NER models, their word function remembered ({@link CachedWordFunction}) and their features looked up in a {@link FeatureLookup}. */
    private final List<edu.stanford.nlp.ie.AbstractSequenceClassifier<?>> crfs;
    /** Whether a window with no word that can be part of a person's name in it is left out (newskg reads only PERSON). */
    private final boolean personWindowsOnly;
    private final EntityMentionsAnnotator mentions;
    private final int radius;

    /** The CRF models this annotator runs, their word function remembered and their feature index replaced. */
    List<edu.stanford.nlp.ie.AbstractSequenceClassifier<?>> crfs() {
        return crfs;
    }

    /** The constructor CoreNLP calls for a custom annotator. */
    public WindowedNerAnnotator(String name, Properties props) {
        Properties p = new Properties();
        p.putAll(props);
        p.setProperty("ner.buildEntityMentions", "false"); // built below, over whole sentences
        try {
            this.ner = loadPreferringCompact(p);
            this.crfs = List.copyOf(CachedWordFunction.install(ner));
            FeatureLookup.install(crfs);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the NER model: " + e.getMessage(), e);
        }
        // as NERCombinerAnnotator makes its own when it builds the mentions
        Properties em = edu.stanford.nlp.util.PropertiesUtils.extractPrefixedProperties(props, "ner.entitymentions.", true);
        em.setProperty("ner.entitymentions.language", "ENGLISH");
        this.mentions = new EntityMentionsAnnotator("ner.entitymentions", em);
        this.radius = Integer.parseInt(props.getProperty(name + ".radius", Integer.toString(DEFAULT_RADIUS)));
        this.personWindowsOnly = !"all".equals(props.getProperty(name + ".windows", "persons"));
    }

    /**
     * CoreNLP's ner annotator over the compact copies of its models where newskg has them
     * ({@link CompactCrfModel}: the same models, read in a fraction of the time), else over
     * CoreNLP's own files; a compact copy that cannot be read is reported and CoreNLP's file read.
     */
    private static NERCombinerAnnotator loadPreferringCompact(Properties p) throws IOException {
        String models = p.getProperty("ner.model");
        if (models == null) {
            return new NERCombinerAnnotator(p);
        }
        List<String> compact = new java.util.ArrayList<>();
        for (String model : models.split(",")) {
            compact.add(CompactCrfModel.find(model.strip()).map(Path::toString).orElse(model.strip()));
        }
        String compactModels = String.join(",", compact);
        if (compactModels.equals(models)) {
            return new NERCombinerAnnotator(p);
        }
        Properties withCompact = new Properties();
        withCompact.putAll(p);
        withCompact.setProperty("ner.model", compactModels);
        try {
            return new NERCombinerAnnotator(withCompact);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not read the compact NER models {} ({}); reading CoreNLP's own, {}, which takes longer. "
                + "Running `mvn package` again writes them anew", compactModels, e, models);
            return new NERCombinerAnnotator(p);
        }
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
            tokens.forEach(t -> t.setNER("O")); // what no window covers; the CRF sets the rest
            for (int[] w : stretches(tokens.stream().map(CoreLabel::word).toList(), radius, personWindowsOnly)) {
                int i = w[0];
                int j = w[1];
                CoreMap window = new ArrayCoreMap(sentence);
                window.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(i, j));
                window.set(CoreAnnotations.TokenBeginAnnotation.class, windowTokens.size());
                windowTokens.addAll(tokens.subList(i, j));
                window.set(CoreAnnotations.TokenEndAnnotation.class, windowTokens.size());
                window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, tokens.get(i).beginPosition());
                window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, tokens.get(j - 1).endPosition());
                windows.add(window);
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

    /**
     * The stretches [from, to) of a sentence's words the CRF runs on: within {@code radius} of a
     * word a name can start with, stretches that touch merged, and with {@code personsOnly} only
     * those holding a word that can be part of a person's name.
     */
    static List<int[]> stretches(List<String> words, int radius, boolean personsOnly) {
        boolean[] in = new boolean[words.size()];
        for (int k = 0; k < words.size(); k++) {
            if (mayBeName(words.get(k), k == 0)) {
                for (int m = Math.max(0, k - radius); m <= k + radius && m < words.size(); m++) {
                    in[m] = true;
                }
            }
        }
        List<int[]> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!in[i]) {
                i++;
                continue;
            }
            int j = i;
            boolean nameWord = false;
            while (j < words.size() && in[j]) {
                nameWord |= mayBeName(words.get(j), j == 0) && !neverAPersonsName(words.get(j));
                j++;
            }
            if (nameWord || !personsOnly) {
                out.add(new int[] {i, j});
            }
            i = j;
        }
        return out;
    }

    /**
     * A capitalised word that is no part of a person's name: a country's name or adjective (not a
     * capital's: "Victoria"), an office or rank, a weekday or month, a function word ("The Hague").
     */
    private static boolean neverAPersonsName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return FunctionWords.contains(word) || CALENDAR_WORDS.contains(lower) || Titles.isOfficeWord(lower) || Ranks.isRankWord(word)
            || COUNTRIES.get().lookup(word).filter(c -> c.kind() != CountryForm.Kind.CAPITAL).isPresent(); // "Victoria" is a name too
    }

    private static boolean mayBeName(String word, boolean first) {
        if (word.chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        return !first || !FunctionWords.contains(word);
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
