package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.util.CoreMap;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * One article's POS tags and lemmas, run sentence by sentence the first time extraction asks for
 * a token's tag or lemma. The tagger costs more than tokenising and NER together (see the
 * README's profile table) and extraction needs it only where a relation cue or a name stands, so
 * the cheap pass (tokens, sentences, NER) runs everywhere and CoreNLP's own {@code pos} and
 * {@code lemma} annotators run here on the sentences asked for: a tag read here is the tag the
 * eager pipeline would have set. Confined to the thread that extracts the article.
 */
public final class TagsOnDemand {
    private final AnnotationPipeline posLemma;
    private final PossibleTags possible;
    private final List<CoreMap> sentences;
    private final BitSet tagged = new BitSet();
    private int tokensTagged;
    private long wallNanos;
    private long cpuNanos;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private TagsOnDemand(AnnotationPipeline posLemma, PossibleTags possible, List<CoreMap> sentences) {
        this.posLemma = posLemma;
        this.possible = possible;
        this.sentences = sentences;
    }

    /** Tags that the tokens already carry: an eager pipeline ran pos and lemma, or a test set them by hand. */
    public static TagsOnDemand preset() {
        return new TagsOnDemand(null, PossibleTags.unknown(), List.of());
    }

    /**
     * Tags run by {@code posLemma} (CoreNLP's pos and lemma annotators) on the document's sentences
     * as asked, where {@code possible} (the tagger's own lexicon; {@link PossibleTags#unknown()}
     * for none) does not already tell the answer to a question about a tag.
     */
    public static TagsOnDemand of(AnnotationPipeline posLemma, PossibleTags possible, List<CoreMap> sentences) {
        return new TagsOnDemand(posLemma, possible, sentences);
    }

    /** The token's POS tag, tagging its sentence first if it has not been; null only where no tagger ran at all. */
    public String tag(CoreLabel token) {
        if (token.tag() == null) {
            ensure(token);
        }
        return token.tag();
    }

    /**
     * Whether the token's POS tag passes the test. Where every tag the tagger can give the word
     * passes it, or none does ({@link PossibleTags}), that is the answer and the sentence is not
     * tagged for it; otherwise the test is put to {@link #tag} ("" where no tagger ran at all).
     */
    public boolean tagIs(CoreLabel token, java.util.function.Predicate<String> test) {
        if (token.tag() == null && posLemma != null) {
            Boolean decided = possible.decides(token.word(), test);
            if (decided != null) {
                return decided;
            }
        }
        String tag = tag(token);
        return test.test(tag == null ? "" : tag);
    }

    /**
     * Every lemma (lower-cased) the token can have, without tagging: its lemma where its sentence
     * is tagged; else the lemmas under the tags the tagger's lexicon allows the word; null where
     * the lexicon does not narrow them ({@link PossibleTags#lemmas}).
     */
    public Set<String> possibleLemmas(CoreLabel token) {
        if (token.lemma() != null) {
            return Set.of(token.lemma().toLowerCase(java.util.Locale.ROOT));
        }
        return posLemma == null ? null : possible.lemmas(token.word());
    }

    /** The token's lemma, tagging and lemmatising its sentence first if it has not been. */
    public String lemma(CoreLabel token) {
        if (token.lemma() == null) {
            ensure(token);
        }
        return token.lemma();
    }

    private void ensure(CoreLabel token) {
        Integer sentence = token.get(CoreAnnotations.SentenceIndexAnnotation.class);
        if (posLemma != null && sentence != null) {
            ensure(sentence);
        }
    }

    /** Tags and lemmatises one sentence (by its index in the document) unless it was already. */
    private void ensure(int sentence) {
        if (posLemma == null || tagged.get(sentence)) {
            return;
        }
        tagged.set(sentence);
        long w0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        CoreMap s = sentences.get(sentence);
        Annotation one = new Annotation(s.get(CoreAnnotations.TextAnnotation.class));
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
        one.set(CoreAnnotations.TokensAnnotation.class, s.get(CoreAnnotations.TokensAnnotation.class));
        posLemma.annotate(one);
        tokensTagged += s.get(CoreAnnotations.TokensAnnotation.class).size();
        wallNanos += System.nanoTime() - w0;
        cpuNanos += THREADS.getCurrentThreadCpuTime() - c0;
    }

    /** Wall time spent tagging on demand, in nanoseconds (NLP time that extraction's clock saw). */
    public long wallNanos() {
        return wallNanos;
    }

    /** CPU time spent tagging on demand, in nanoseconds. */
    public long cpuNanos() {
        return cpuNanos;
    }

    /** The indexes of the sentences tagged on demand so far, in order. */
    public java.util.List<Integer> taggedSentences() {
        return tagged.stream().boxed().toList();
    }

    /** Tokens in the sentences tagged on demand so far. */
    public int tokensTagged() {
        return tokensTagged;
    }
}
