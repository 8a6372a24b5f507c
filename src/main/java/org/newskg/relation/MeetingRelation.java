package org.newskg.relation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.newskg.extract.Fact;
import org.newskg.extract.MeetingExtractor;
import org.newskg.extract.RelationExtractor;
import org.newskg.extract.ResolvedDate;
import org.newskg.rdf.FactGraph;
import org.newskg.rdf.NKG;

/**
 * Person met with person: an {@code nkg:Meeting} node with every participant (its IRI minted
 * from the sorted participants and the date, so two articles' reports of one meeting are one
 * node), and {@code nkg:metWith} both ways between the subject and each counterpart (and between
 * counterparts when the meeting was joint).
 */
public final class MeetingRelation implements Relation<Fact.Meeting> {
    private final List<RelationExtractor> extractors;

    MeetingRelation(MeetingExtractor extractor) {
        this.extractors = List.of(extractor);
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public Class<Fact.Meeting> type() {
        return Fact.Meeting.class;
    }

    @Override
    public Resource ontologyClass() {
        return NKG.Meeting;
    }

    @Override
    public List<RelationExtractor> extractors() {
        return extractors;
    }

    @Override
    public List<Role> roles() {
        return List.of(new Role(NKG.participant, false, " with "));
    }

    @Override
    public void write(Fact.Meeting f, FactGraph g) {
        Optional<String> subject = g.iri(f.subject());
        List<String> others = new ArrayList<>();
        f.counterparts().forEach(c -> g.iri(c).ifPresent(others::add));
        if (subject.isEmpty()) {
            return;
        }
        others.remove(subject.get());
        Set<String> all = new LinkedHashSet<>(others);
        all.add(subject.get());
        if (all.size() < 2) {
            return; // a person does not meet themselves: two names resolved to one person
        }
        List<String> sorted = all.stream().sorted().toList();
        String date = f.date().map(ResolvedDate::value).orElse("");
        Resource meeting = g.fact("meeting", String.join(",", sorted), date).addProperty(RDF.type, NKG.Meeting);
        sorted.forEach(p -> meeting.addProperty(NKG.participant, g.resource(p)));
        // nkg:metWith is symmetric; both directions are written so that queries need no reasoner
        for (String o : others) {
            g.link(subject.get(), NKG.metWith, o);
            g.link(o, NKG.metWith, subject.get());
        }
        if (f.joint()) {
            for (String a : others) {
                for (String b : others) {
                    if (!a.equals(b)) {
                        g.link(a, NKG.metWith, b);
                    }
                }
            }
        }
        f.date().ifPresent(d -> g.dated(meeting, NKG.date, d));
        f.place().ifPresent(p -> meeting.addProperty(NKG.place, g.place(p)));
        g.reported(meeting, f.evidence());
    }
}
