package org.newskg.infer;

import java.util.Optional;
import org.newskg.extract.ArticleSetting;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Fact;
import org.newskg.extract.Mention;

/**
 * "HANOI, Vietnam, Oct. 9, 2006 — Defense Secretary Donald H. Rumsfeld said today …": the first
 * person of a dateline's sentence, an official of another country than the dateline's (and of the
 * publisher's, where the article says who published it), is there: a visit, dated by the
 * dateline when it has a date.
 */
final class TravellerAtDateline implements ArticleRule {
    @Override
    public String name() {
        return "dateline-of-traveller";
    }

    @Override
    public String description() {
        return "the first person of a dateline's sentence, an official of another country, visited the dateline's country";
    }

    @Override
    public void apply(WorkingFacts facts) {
        Optional<ArticleSetting.Dateline> d = facts.setting().dateline();
        if (d.isEmpty()) {
            return;
        }
        ArticleSetting.Dateline at = d.get();
        Optional<Mention> first = facts.article.mentions().stream()
            .filter(m -> m.type() == EntityType.PERSON && m.sentence() == at.sentence()).findFirst();
        if (first.isEmpty()) {
            return;
        }
        Mention traveller = first.get();
        Optional<String> home = facts.countryOf(traveller);
        Optional<String> publisher = facts.setting().publisherCountry();
        boolean official = home.isPresent() && !home.get().equals(at.country()) && (publisher.isEmpty() || publisher.equals(home));
        boolean known = facts.visits.stream().anyMatch(v -> WorkingFacts.sameName(v.person(), traveller) && v.country().equals(at.country()));
        if (official && !known) {
            facts.visits.add(new Fact.Visit(traveller, at.country(), at.date(),
                new Evidence(at.sentence(), at.sentenceBegin(), traveller.end(), name(), 0.6)));
        }
    }
}
