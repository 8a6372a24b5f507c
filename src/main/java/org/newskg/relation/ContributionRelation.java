package org.newskg.relation;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.newskg.extract.ChangeOfCommandExtractor;
import org.newskg.extract.ContributionExtractor;
import org.newskg.extract.Fact;
import org.newskg.extract.RelationExtractor;
import org.newskg.rdf.FactGraph;
import org.newskg.rdf.NKG;

/**
 * Country contributed to mission: an {@code nkg:Contribution} node (contributor, mission, troops,
 * since; one per country and mission) and {@code nkg:contributedTo}.
 */
public final class ContributionRelation implements Relation<Fact.Contribution> {
    private final List<RelationExtractor> extractors;

    ContributionRelation(ContributionExtractor extractor, ChangeOfCommandExtractor changeOfCommand) {
        this.extractors = List.of(extractor, changeOfCommand);
    }

    @Override
    public String name() {
        return "contributions";
    }

    @Override
    public Class<Fact.Contribution> type() {
        return Fact.Contribution.class;
    }

    @Override
    public Resource ontologyClass() {
        return NKG.Contribution;
    }

    @Override
    public List<RelationExtractor> extractors() {
        return extractors;
    }

    @Override
    public List<Role> roles() {
        return List.of(new Role(NKG.mission, false, " to "), new Role(NKG.contributor, false, " by "));
    }

    @Override
    public void write(Fact.Contribution f, FactGraph g) {
        Resource country = g.country(f.country());
        Resource mission = g.mission(f.mission());
        if (!g.model().contains(mission, RDF.type, NKG.Mission)) {
            return; // the mission is not an entity of this article (an anaphor to another article's mission)
        }
        Resource c = g.fact("contribution", f.country(), f.mission()).addProperty(RDF.type, NKG.Contribution)
            .addProperty(NKG.contributor, country).addProperty(NKG.mission, mission);
        country.addProperty(NKG.contributedTo, mission);
        f.troops().ifPresent(n -> c.addLiteral(NKG.troops, g.model().createTypedLiteral(Integer.toString(n), XSDDatatype.XSDinteger)));
        f.since().ifPresent(d -> g.dated(c, NKG.since, d));
        g.reported(c, f.evidence());
    }
}
