package org.newskg.relation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.newskg.extract.ChangeOfCommandExtractor;
import org.newskg.extract.Fact;
import org.newskg.extract.PositionExtractor;
import org.newskg.extract.RelationExtractor;
import org.newskg.lexicon.InternationalBodies;
import org.newskg.rdf.FactGraph;
import org.newskg.rdf.NKG;

/**
 * Person holds a post: an {@code nkg:Position} node (title, country) that the person
 * {@code nkg:holdsPosition}. A title whose country no rule could tell is not written: users and
 * the gold standard read a position as "who serves which country", and a guess would be a wrong
 * fact; an international body's post ("NATO Secretary General") serves none, and is written so.
 */
public final class PositionRelation implements Relation<Fact.Position> {
    private final List<RelationExtractor> extractors;

    PositionRelation(PositionExtractor extractor, ChangeOfCommandExtractor changeOfCommand) {
        this.extractors = List.of(extractor, changeOfCommand);
    }

    @Override
    public String name() {
        return "positions";
    }

    @Override
    public Class<Fact.Position> type() {
        return Fact.Position.class;
    }

    @Override
    public Resource ontologyClass() {
        return NKG.Position;
    }

    @Override
    public List<RelationExtractor> extractors() {
        return extractors;
    }

    @Override
    public List<Role> roles() {
        return List.of(new Role(NKG.country, false, " of "), new Role(NKG.holdsPosition, true, " held by "));
    }

    @Override
    public void write(Fact.Position f, FactGraph g) {
        Optional<String> person = g.iri(f.person());
        if (person.isEmpty() || f.country().isEmpty() && !InternationalBodies.namedIn(f.title())) {
            return;
        }
        String title = f.title();
        Resource pos = g.fact("position", person.get(), title.toLowerCase(Locale.ROOT), f.country().orElse(""))
            .addProperty(RDF.type, NKG.Position);
        if (!pos.hasProperty(NKG.title)) {
            pos.addProperty(NKG.title, title); // "President" and "president" are one post: the first spelling names it
        }
        f.country().ifPresent(c -> pos.addProperty(NKG.country, g.country(c)));
        g.resource(person.get()).addProperty(NKG.holdsPosition, pos);
        g.reported(pos, f.evidence());
    }
}
