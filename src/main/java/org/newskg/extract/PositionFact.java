package org.newskg.extract;

import java.util.Optional;

/** A person's post: the title as written (no rank, no name) and the country it serves (ISO alpha-2), when known. */
public record PositionFact(Mention person, String title, Optional<String> country, Evidence evidence) {
    /** The post with a country an article-level rule gave it, its evidence derived by that rule. */
    public PositionFact withCountry(String iso2, String rule, double cap) {
        return new PositionFact(person, title, Optional.of(iso2), evidence.derived(rule, cap));
    }
}
