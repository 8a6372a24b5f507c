package org.newskg.infer;

import java.util.Optional;
import org.newskg.extract.Fact;
import org.newskg.lexicon.NationalOffices;

/** "Secretary of Defense Lloyd J. Austin": a title that names no country, of an office only one country has. */
final class NationalOffice implements ArticleRule {
    @Override
    public String name() {
        return "national-office";
    }

    @Override
    public String description() {
        return "a title with no country, of an office only one country has (lexicon/national-offices.tsv), serves that country";
    }

    @Override
    public void apply(WorkingFacts facts) {
        for (int i = 0; i < facts.positions.size(); i++) {
            Fact.Position p = facts.positions.get(i);
            Optional<String> served = p.country().isEmpty() ? NationalOffices.countryOf(p.title()) : Optional.empty();
            if (served.isPresent()) {
                facts.positions.set(i, p.withCountry(served.get(), name(), 0.8));
            }
        }
    }
}
