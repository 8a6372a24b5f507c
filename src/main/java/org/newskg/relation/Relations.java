package org.newskg.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.extract.ChangeOfCommandExtractor;
import org.newskg.extract.ContributionExtractor;
import org.newskg.extract.EntityMentionFinder;
import org.newskg.extract.Fact;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.MeetingExtractor;
import org.newskg.extract.PositionExtractor;
import org.newskg.extract.RelationExtractor;
import org.newskg.extract.VisitExtractor;
import org.newskg.lexicon.CountryGazetteer;
import org.newskg.lexicon.MissionGazetteer;
import org.newskg.rdf.ArticleGraphMapper;

/**
 * The registry of relations, as RDF4J's Rio registers formats: the one place that lists them.
 * Extraction, mapping to RDF, {@code explain}, ingest's summary and the tests that hold each
 * relation to the ontology and the shapes enumerate {@link #all()}. To add a relation, see the
 * README's "Adding a relation".
 */
public final class Relations {
    private static final List<Relation<?>> ALL;

    static {
        ChangeOfCommandExtractor changeOfCommand = new ChangeOfCommandExtractor(); // reads contributions and positions
        ALL = List.of(
            new MeetingRelation(new MeetingExtractor()),
            new VisitRelation(new VisitExtractor()),
            new ContributionRelation(new ContributionExtractor(), changeOfCommand),
            new PositionRelation(new PositionExtractor(), changeOfCommand));
    }

    private Relations() {
    }

    /** Every relation, in the order their facts are kept, mapped and explained. */
    public static List<Relation<?>> all() {
        return ALL;
    }

    /** The relation of a fact record. */
    public static Optional<Relation<?>> of(Class<? extends Fact> type) {
        return ALL.stream().filter(r -> r.type().equals(type)).findFirst();
    }

    /**
     * The extractors, each once, in the order they run: those that read one relation in registry
     * order, then those that read several (a change of command is a contribution and a position),
     * which see what the others found and do not report it again.
     */
    public static List<RelationExtractor> extractors() {
        Map<RelationExtractor, Integer> uses = new LinkedHashMap<>();
        ALL.forEach(r -> r.extractors().forEach(x -> uses.merge(x, 1, Integer::sum)));
        List<RelationExtractor> out = new ArrayList<>();
        uses.forEach((x, n) -> {
            if (n == 1) {
                out.add(x);
            }
        });
        uses.forEach((x, n) -> {
            if (n > 1) {
                out.add(x);
            }
        });
        return out;
    }

    /** The extract stage over every registered relation. */
    public static FactExtractor factExtractor() {
        return new FactExtractor(EntityMentionFinder.standard(), CountryGazetteer.standard(), ALL, extractors());
    }

    /** The map stage: article graphs with every registered relation's facts. */
    public static ArticleGraphMapper graphMapper() {
        return new ArticleGraphMapper(CountryGazetteer.standard(), MissionGazetteer.standard(), ALL);
    }

    /** How many facts of each relation an article has, by relation name, in registry order. */
    public static Map<String, Integer> counts(org.newskg.extract.ArticleFacts facts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        ALL.forEach(r -> out.put(r.name(), facts.facts(r.type()).size()));
        return out;
    }
}
