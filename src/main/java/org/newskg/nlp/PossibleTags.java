package org.newskg.nlp;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The POS tags CoreNLP's tagger can give a word, read from its own model: a word the model was
 * trained on gets one of the tags it was seen with (expanded as the tagger expands them, VBD with
 * VBN), any other word one of the open-class tags. The tagger never picks a tag outside these (its
 * {@code TestSentence.stringTagsAt} offers it no other; measured: 0 of 187,802 bench tokens), so
 * where every possible tag answers a rule's question alike — "Minister" [NNP, NN] is never a verb,
 * "said" [VBD, VBN] never a proper noun — the answer is known without running the tagger
 * ({@link TagsOnDemand#tagIs}); likewise the lemmas a word can have ({@link #lemmas}).
 *
 * <p>CoreNLP keeps the model's lexicon package-private; it is read here by reflection, once per
 * process. Should a CoreNLP version lay it out differently, {@link #unknown()} stands in (every
 * question goes to the tagger: the same facts, slower) and a warning says so; a test pins the
 * bundled version.
 */
public final class PossibleTags {
    private static final Logger LOG = LoggerFactory.getLogger(PossibleTags.class);
    private static final PossibleTags UNKNOWN = new PossibleTags(null, null);

    /** The word's possible tags; null when the model cannot tell (every tag possible). */
    private final Function<String, String[]> lexicon;
    /** Which words the model was trained on (their tags are the ones it saw); null: every word the lexicon answers for. */
    private final Predicate<String> seen;
    /** Each seen word's possible lemmas, lower-cased. */
    private final WordLemmas lemmas = new WordLemmas();

    private PossibleTags(Function<String, String[]> lexicon, Predicate<String> seen) {
        this.lexicon = lexicon;
        this.seen = seen;
    }

    /** No lexicon: every tag is possible for every word, so every question is the tagger's. */
    public static PossibleTags unknown() {
        return UNKNOWN;
    }

    /** A lexicon given as a function (a test's stand-in tagger knows its hand tags). */
    public static PossibleTags of(Function<String, String[]> lexicon) {
        return new PossibleTags(lexicon, null);
    }

    /** The lexicon of the tagger that a pipeline's {@code pos} annotator runs; {@link #unknown()} if it has none or it cannot be read. */
    public static PossibleTags of(AnnotationPipeline pipeline) {
        try {
            Field annotators = AnnotationPipeline.class.getDeclaredField("annotators");
            annotators.setAccessible(true);
            for (Object a : (List<?>) annotators.get(pipeline)) {
                if (a instanceof POSTaggerAnnotator pos) {
                    Field tagger = POSTaggerAnnotator.class.getDeclaredField("pos");
                    tagger.setAccessible(true);
                    return of((MaxentTagger) tagger.get(pos));
                }
            }
            return UNKNOWN;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("cannot read the POS annotator of this CoreNLP version ({}): the tagger will run on every sentence a rule asks about", e.toString());
            return UNKNOWN;
        }
    }

    /** The lexicon of a loaded tagger model; {@link #unknown()} if it cannot be read. */
    public static PossibleTags of(MaxentTagger tagger) {
        try {
            Field dictField = MaxentTagger.class.getDeclaredField("dict");
            dictField.setAccessible(true);
            Field tagsField = MaxentTagger.class.getDeclaredField("tags");
            tagsField.setAccessible(true);
            Object dict = dictField.get(tagger);
            Object tags = tagsField.get(tagger);
            Method isUnknown = dict.getClass().getDeclaredMethod("isUnknown", String.class);
            Method getTags = dict.getClass().getDeclaredMethod("getTags", String.class);
            Method openTags = tags.getClass().getMethod("getOpenTagsArray");
            Method expand = tags.getClass().getDeclaredMethod("deterministicallyExpandTags", String[].class);
            isUnknown.setAccessible(true);
            getTags.setAccessible(true);
            expand.setAccessible(true);
            String[] open = (String[]) openTags.invoke(tags);
            Predicate<String> known = word -> !(Boolean) invoke(isUnknown, dict, word, word);
            return new PossibleTags(word -> {
                String[] seen = known.test(word) ? (String[]) invoke(getTags, dict, word, word) : open;
                return (String[]) invoke(expand, tags, (Object) seen, word);
            }, known);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("cannot read the POS model's lexicon in this CoreNLP version ({}): the tagger will run on every sentence a rule asks about", e.toString());
            return UNKNOWN;
        }
    }

    /** One reflective call into the model's lexicon, about a word. */
    private static Object invoke(Method m, Object target, Object arg, String word) {
        try {
            return m.invoke(target, arg);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("reading the POS model's lexicon for '" + word + "'", e);
        }
    }

    /** Whether the lexicon was read (false for {@link #unknown()}). */
    public boolean known() {
        return lexicon != null;
    }

    /** The tags the tagger can give the word; every tag ({@code null}) when the lexicon is unknown. */
    public Set<String> of(String word) {
        return lexicon == null ? null : Set.copyOf(java.util.Arrays.asList(lexicon.apply(word)));
    }

    /**
     * Every lemma (lower-cased) the word can have: CoreNLP's lemmatiser under each tag the tagger
     * can give it, as the lemma annotator runs it. Null where the lexicon does not narrow the tags
     * (it is unknown, or the model never saw the word and any open-class tag is possible: the
     * caller's own, cheaper, account of every tag serves there) and for a word with "_" in it,
     * which the annotator lemmatises as a phrasal verb.
     */
    public Set<String> lemmas(String word) {
        if (lexicon == null || word.indexOf('_') >= 0 || seen != null && !seen.test(word)) {
            return null;
        }
        return lemmas.get(word, w -> {
            Set<String> out = new java.util.HashSet<>();
            for (String tag : lexicon.apply(w)) {
                out.add(WordLemmas.lemma(w, tag));
            }
            return Set.copyOf(out);
        });
    }

    /**
     * What the test answers for every tag the word can have: {@link Boolean#TRUE} if it holds for
     * all of them, {@link Boolean#FALSE} for none, null when it depends on the tag (or the lexicon is unknown).
     */
    public Boolean decides(String word, Predicate<String> test) {
        if (lexicon == null) {
            return null;
        }
        boolean any = false;
        boolean all = true;
        for (String tag : lexicon.apply(word)) {
            boolean holds = test.test(tag);
            any |= holds;
            all &= holds;
        }
        return !any ? Boolean.FALSE : all ? Boolean.TRUE : null;
    }
}
