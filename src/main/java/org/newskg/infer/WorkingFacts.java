package org.newskg.infer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.ArticleSetting;
import org.newskg.extract.Fact;
import org.newskg.extract.Mention;

/**
 * One article's facts while article rules complete them: a list per relation that rules edit in
 * place, and the article they came from. {@link #result()} gives the facts back in their order.
 */
public final class WorkingFacts {
    final ArticleFacts article;
    final List<Fact.Meeting> meetings;
    final List<Fact.Visit> visits;
    final List<Fact.Contribution> contributions;
    final List<Fact.Position> positions;

    WorkingFacts(ArticleFacts article) {
        this.article = article;
        this.meetings = new ArrayList<>(article.facts(Fact.Meeting.class));
        this.visits = new ArrayList<>(article.facts(Fact.Visit.class));
        this.contributions = new ArrayList<>(article.facts(Fact.Contribution.class));
        this.positions = new ArrayList<>(article.facts(Fact.Position.class));
    }

    ArticleSetting setting() {
        return article.setting();
    }

    String text() {
        return article.article().text();
    }

    /** The facts as they now stand, each relation's in its order, relations in the order they came. */
    ArticleFacts result() {
        Map<Class<? extends Fact>, List<? extends Fact>> working = new LinkedHashMap<>();
        working.put(Fact.Meeting.class, meetings);
        working.put(Fact.Visit.class, visits);
        working.put(Fact.Contribution.class, contributions);
        working.put(Fact.Position.class, positions);
        Set<Class<? extends Fact>> order = new LinkedHashSet<>();
        article.facts().forEach(f -> order.add(f.getClass()));
        order.addAll(working.keySet()); // a relation the article had none of, that a rule added to
        List<Fact> out = new ArrayList<>();
        for (Class<? extends Fact> k : order) {
            // a relation no article rule reads keeps its facts as they came
            out.addAll(working.containsKey(k) ? working.get(k) : article.facts(k));
        }
        return article.withFacts(out);
    }

    /** Two mentions of one person: the same surname, and titles that do not disagree. */
    static boolean sameName(Mention a, Mention b) {
        return Mention.sameName(a, b);
    }

    /** The country the person's positions in this article give, if one does. */
    Optional<String> countryOf(Mention person) {
        return positions.stream().filter(x -> sameName(x.person(), person) && x.country().isPresent()).map(x -> x.country().get()).findFirst();
    }
}
