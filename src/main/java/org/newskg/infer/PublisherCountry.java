package org.newskg.infer;

import org.newskg.extract.Fact;
import org.newskg.lexicon.Titles;

/**
 * A title that names no country, held by one of the story's actors (a meeting's subject, a
 * visitor) in a government's own release, serves the publisher's country, unless the person is
 * visiting it. An unmarked foreign title ("Prime Minister Singh" in a U.S. release) is not an
 * actor's and stays without a country.
 */
final class PublisherCountry implements ArticleRule {
    @Override
    public String name() {
        return "publisher-country";
    }

    @Override
    public String description() {
        return "a title with no country, of a meeting's subject, a visitor or a spokesperson, serves the publisher's country";
    }

    @Override
    public void apply(WorkingFacts facts) {
        if (facts.setting().publisherCountry().isEmpty()) {
            return;
        }
        String home = facts.setting().publisherCountry().get();
        for (int i = 0; i < facts.positions.size(); i++) {
            Fact.Position p = facts.positions.get(i);
            boolean visitsHome = facts.visits.stream().anyMatch(v -> WorkingFacts.sameName(v.person(), p.person()) && v.country().equals(home));
            boolean actor = facts.meetings.stream().anyMatch(x -> WorkingFacts.sameName(x.subject(), p.person()))
                || facts.visits.stream().anyMatch(v -> WorkingFacts.sameName(v.person(), p.person()));
            // "The below is attributable to Spokesperson Ned Price": an unmarked spokesperson of a government release speaks for it
            actor |= Titles.head(p.title()).startsWith("spokes");
            if (p.country().isEmpty() && !visitsHome && actor) {
                facts.positions.set(i, p.withCountry(home, name(), 0.6));
            }
        }
    }
}
