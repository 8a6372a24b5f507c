package org.newskg.relation;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.newskg.extract.Fact;
import org.newskg.extract.RelationExtractor;
import org.newskg.extract.ResolvedDate;
import org.newskg.extract.VisitExtractor;
import org.newskg.rdf.FactGraph;
import org.newskg.rdf.NKG;

/** Person visited country: an {@code nkg:Visit} node (visitor, destination, date) and {@code nkg:visited}. */
public final class VisitRelation implements Relation<Fact.Visit> {
    private final List<RelationExtractor> extractors;

    VisitRelation(VisitExtractor extractor) {
        this.extractors = List.of(extractor);
    }

    @Override
    public String name() {
        return "visits";
    }

    @Override
    public Class<Fact.Visit> type() {
        return Fact.Visit.class;
    }

    @Override
    public Resource ontologyClass() {
        return NKG.Visit;
    }

    @Override
    public List<RelationExtractor> extractors() {
        return extractors;
    }

    @Override
    public List<Role> roles() {
        return List.of(new Role(NKG.destination, false, " to "), new Role(NKG.visitor, false, " by "));
    }

    @Override
    public void write(Fact.Visit f, FactGraph g) {
        Optional<String> person = g.iri(f.person());
        if (person.isEmpty()) {
            return;
        }
        Resource country = g.country(f.country());
        String date = f.date().map(ResolvedDate::value).orElse("");
        Resource visit = g.fact("visit", person.get(), f.country(), date).addProperty(RDF.type, NKG.Visit)
            .addProperty(NKG.visitor, g.resource(person.get())).addProperty(NKG.destination, country);
        g.resource(person.get()).addProperty(NKG.visited, country);
        f.date().ifPresent(d -> g.dated(visit, NKG.date, d));
        g.reported(visit, f.evidence());
    }
}
