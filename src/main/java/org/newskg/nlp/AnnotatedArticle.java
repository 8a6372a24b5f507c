package org.newskg.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.newskg.ingest.Article;

/**
 * An article with CoreNLP's annotations of its cleaned text (tokens, sentences, NER), and its POS
 * tags and lemmas, which {@link TagsOnDemand} runs on the sentences extraction asks about (or
 * which the tokens carry already, when an eager profile ran them).
 */
public record AnnotatedArticle(Article article, CoreDocument document, TagsOnDemand tags) {
    /** An article whose tokens already carry their tags and lemmas. */
    public AnnotatedArticle(Article article, CoreDocument document) {
        this(article, document, TagsOnDemand.preset());
    }
}
