package org.newskg.nlp;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Questions the relation rules ask of a Penn Treebank tag, as predicates, so that
 * {@link TagsOnDemand#tagIs} can answer them from the tagger's lexicon where the word leaves no
 * doubt, without running the tagger.
 */
public final class PennTags {
    private PennTags() {
    }

    /** Any verb form: VB, VBD, VBG, VBN, VBP, VBZ. */
    public static final Predicate<String> VERB = t -> t.startsWith("VB");
    /** A verb or a modal ("will", "can"). */
    public static final Predicate<String> VERB_OR_MODAL = t -> t.startsWith("VB") || t.equals("MD");
    /** A finite verb or a modal: a verb that is no participle. */
    public static final Predicate<String> FINITE_VERB_OR_MODAL = t -> t.startsWith("VB") && !t.equals("VBG") && !t.equals("VBN") || t.equals("MD");
    /** NNP or NNPS. */
    public static final Predicate<String> PROPER_NOUN = t -> t.startsWith("NNP");
    /** Any noun: NN, NNS, NNP, NNPS. */
    public static final Predicate<String> NOUN = t -> t.startsWith("NN");
    /** Any adjective: JJ, JJR, JJS. */
    public static final Predicate<String> ADJECTIVE = t -> t.startsWith("JJ");
    /** A noun or an adjective. */
    public static final Predicate<String> NOUN_OR_ADJECTIVE = NOUN.or(ADJECTIVE);

    /** Exactly this tag. */
    public static Predicate<String> is(String tag) {
        return tag::equals;
    }

    /** One of these tags. */
    public static Predicate<String> in(Set<String> tags) {
        return tags::contains;
    }
}
