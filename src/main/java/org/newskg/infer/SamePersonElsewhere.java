package org.newskg.infer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Fact;
import org.newskg.resolve.PersonDirectory;
import org.newskg.resolve.ResolvedArticle;

/**
 * A title that names no country ("Defense Secretary Mattis") takes the country that the same
 * person's positions give elsewhere in the batch or the store, when they give exactly one.
 */
final class SamePersonElsewhere implements BatchRule {
    @Override
    public String name() {
        return "same-person-elsewhere";
    }

    @Override
    public String description() {
        return "a title with no country serves the one country the same person's positions give in other articles";
    }

    @Override
    public List<ResolvedArticle> apply(List<ResolvedArticle> articles, PersonDirectory known) {
        Map<String, Set<String>> countries = new HashMap<>();
        for (ResolvedArticle r : articles) {
            for (Fact.Position p : r.facts().facts(Fact.Position.class)) {
                p.country().ifPresent(c -> r.entityOf(p.person())
                    .ifPresent(e -> countries.computeIfAbsent(e.iri(), x -> new HashSet<>(known.positionCountries(x))).add(c)));
            }
        }
        List<ResolvedArticle> out = new ArrayList<>();
        for (ResolvedArticle r : articles) {
            List<Fact> filled = new ArrayList<>();
            boolean changed = false;
            for (Fact f : r.facts().facts()) {
                if (f instanceof Fact.Position p && p.country().isEmpty()) {
                    Set<String> elsewhere = r.entityOf(p.person()).map(e -> countries.getOrDefault(e.iri(), known.positionCountries(e.iri())))
                        .orElse(Set.of());
                    if (elsewhere.size() == 1) {
                        filled.add(p.withCountry(elsewhere.iterator().next(), name(), 0.6));
                        changed = true;
                        continue;
                    }
                }
                filled.add(f);
            }
            ArticleFacts facts = r.facts();
            out.add(changed ? new ResolvedArticle(facts.withFacts(filled), r.articleIri(), r.entities()) : r);
        }
        return out;
    }
}
