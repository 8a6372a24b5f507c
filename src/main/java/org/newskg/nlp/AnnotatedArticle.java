package org.newskg.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.newskg.ingest.Article;

/**
 * An article with CoreNLP's annotations of its cleaned text (tokens, sentences, POS, lemmas, NER,
 * normalised dates resolved against the publication date).
 */
public record AnnotatedArticle(Article article, CoreDocument document) {
}
