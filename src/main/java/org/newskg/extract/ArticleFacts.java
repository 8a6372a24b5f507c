package org.newskg.extract;

import java.util.List;
import java.util.Map;
import org.newskg.ingest.Article;
import org.newskg.lexicon.Mission;

/**
 * What extraction found in one article: entity mentions, the article's sentences (for evidence),
 * and missions the article itself defines (an acronym definition not in the gazetteer). It keeps
 * no CoreNLP annotations, so a batch of thousands fits in memory until it is resolved.
 */
public record ArticleFacts(Article article, List<Sentence> sentences, List<Mention> mentions, Map<String, Mission> textMissions) {
}
