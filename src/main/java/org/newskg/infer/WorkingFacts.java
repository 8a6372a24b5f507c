package org.newskg.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        List<Fact> out = new ArrayList<>();
        List<Class<? extends Fact>> order = new ArrayList<>();
        article.facts().forEach(f -> {
            if (!order.contains(f.getClass())) {
                order.add(f.getClass());
            }
        });
        for (Class<? extends Fact> k : List.of(Fact.Meeting.class, Fact.Visit.class, Fact.Contribution.class, Fact.Position.class)) {
            if (!order.contains(k)) {
                order.add(k);
            }
        }
        for (Class<? extends Fact> k : order) {
            out.addAll(listOf(k));
        }
        return article.withFacts(out);
    }

    private List<? extends Fact> listOf(Class<? extends Fact> k) {
        if (k == Fact.Meeting.class) {
            return meetings;
        } else if (k == Fact.Visit.class) {
            return visits;
        } else if (k == Fact.Contribution.class) {
            return contributions;
        } else if (k == Fact.Position.class) {
            return positions;
        }
        return article.facts().stream().filter(k::isInstance).toList(); // a relation no article rule reads
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
