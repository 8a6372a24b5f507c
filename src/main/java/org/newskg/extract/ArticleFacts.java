package org.newskg.extract;

import java.util.List;
import java.util.Map;
import org.newskg.ingest.Article;
import org.newskg.lexicon.Mission;

/**
 * What extraction found in one article: entity mentions, the facts it reports (each with its
 * evidence), the article's sentences, missions the article itself defines (an acronym definition
 * not in the gazetteer), and its setting (publisher's country, dateline) for the inference stage.
 * It keeps no CoreNLP annotations, so a batch of thousands fits in memory until it is resolved.
 */
public record ArticleFacts(Article article, List<Sentence> sentences, List<Mention> mentions, Map<String, Mission> textMissions,
                           ArticleSetting setting, List<Fact> facts) {
    public ArticleFacts {
        facts = List.copyOf(facts);
    }

    /** Facts with entities only (no relations found yet). */
    public ArticleFacts(Article article, List<Sentence> sentences, List<Mention> mentions, Map<String, Mission> textMissions) {
        this(article, sentences, mentions, textMissions, ArticleSetting.NONE, List.of());
    }

    /** A copy with these facts and this setting. */
    public ArticleFacts withFacts(ArticleSetting s, List<? extends Fact> f) {
        return new ArticleFacts(article, sentences, mentions, textMissions, s, List.copyOf(f));
    }

    /** A copy with these facts. */
    public ArticleFacts withFacts(List<? extends Fact> f) {
        return withFacts(setting, f);
    }

    /** The names the article writes for persons, as written, each once (what a corpus's person directory is made of). */
    public List<String> personNames() {
        return mentions.stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::text).distinct().toList();
    }

    /** The facts of one relation, in the order they were found. */
    public <F extends Fact> List<F> facts(Class<F> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
