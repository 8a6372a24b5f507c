package org.newskg.extract;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import java.util.List;
import java.util.Set;

/**
 * Reads facts of one or more relations from an article, sentence by sentence. Like a CoreNLP
 * {@code Annotator}, it says which annotations it reads ({@link #requires()}), so that a pipeline
 * that does not set them is refused before a build starts rather than giving empty results.
 */
public interface RelationExtractor {
    /** What the annotations every extractor reads are: tokens, sentences, POS tags, lemmas, NER tags. */
    Set<Class<? extends CoreAnnotation<?>>> TOKENS_POS_LEMMA_NER = Set.of(CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class);

    /** A short name for logs and messages ("meetings", "change-of-command"). */
    String name();

    /** The facts the article's sentences report, in text order. */
    List<? extends Fact> extract(ArticleContext ctx);

    /** The CoreNLP annotations this extractor reads. */
    default Set<Class<? extends CoreAnnotation<?>>> requires() {
        return TOKENS_POS_LEMMA_NER;
    }
}
