package org.newskg.web;

import java.util.List;

/** Chooses an entity's page by what it is: a person, country, mission, fact, article, or anything else. */
public final class EntityView {
    private final Graph g;

    public EntityView(Graph g) {
        this.g = g;
    }

    public String page(String iri) {
        List<String> types = g.types(iri);
        if (types.contains("Person")) {
            return new EntityPages(g).person(iri);
        }
        if (types.contains("Country")) {
            return new EntityPages(g).country(iri);
        }
        if (types.contains("Mission")) {
            return new EntityPages(g).mission(iri);
        }
        for (String fact : List.of("Meeting", "Visit", "Contribution", "Position")) {
            if (types.contains(fact)) {
                return new FactPages(g).fact(iri, fact);
            }
        }
        if (types.contains("Article")) {
            return new FactPages(g).article(iri);
        }
        return new FactPages(g).generic(iri);
    }
}
