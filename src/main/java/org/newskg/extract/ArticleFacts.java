package org.newskg.extract;

import java.util.List;
import java.util.Map;
import org.newskg.ingest.Article;
import org.newskg.lexicon.Mission;

/**
 * What extraction found in one article: entity mentions, the facts it reports (each with its
 * evidence), the article's sentences, and missions the article itself defines (an acronym
 * definition not in the gazetteer). It keeps no CoreNLP annotations, so a batch of thousands fits
 * in memory until it is resolved.
 */
public record ArticleFacts(Article article, List<Sentence> sentences, List<Mention> mentions, Map<String, Mission> textMissions,
                           List<MeetingFact> meetings, List<VisitFact> visits, List<ContributionFact> contributions,
                           List<PositionFact> positions) {
    /** Facts with entities only (no relations found yet). */
    public ArticleFacts(Article article, List<Sentence> sentences, List<Mention> mentions, Map<String, Mission> textMissions) {
        this(article, sentences, mentions, textMissions, List.of(), List.of(), List.of(), List.of());
    }

    /** A copy with the relations found. */
    public ArticleFacts withRelations(List<MeetingFact> m, List<VisitFact> v, List<ContributionFact> c, List<PositionFact> p) {
        return new ArticleFacts(article, sentences, mentions, textMissions, List.copyOf(m), List.copyOf(v), List.copyOf(c), List.copyOf(p));
    }
}
