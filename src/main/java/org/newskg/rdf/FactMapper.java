package org.newskg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.extract.ContributionFact;
import org.newskg.extract.Evidence;
import org.newskg.extract.MeetingFact;
import org.newskg.extract.Mention;
import org.newskg.extract.Place;
import org.newskg.extract.PositionFact;
import org.newskg.extract.ResolvedDate;
import org.newskg.extract.VisitFact;
import org.newskg.lexicon.CountryGazetteer;
import org.newskg.resolve.Entity;
import org.newskg.resolve.Iris;
import org.newskg.resolve.ResolvedArticle;

/**
 * Writes an article's facts into its graph: n-ary nodes for meetings, visits, contributions and
 * positions (IRIs minted from what makes two reports the same fact, so one meeting reported by two
 * articles is one node), the direct links the scorer and simple queries use (metWith, visited,
 * contributedTo, holdsPosition), and for every fact its evidence and, for dates, how they were
 * resolved.
 */
final class FactMapper {
    private final Iris iris;
    private final CountryGazetteer countries;

    FactMapper(Iris iris, CountryGazetteer countries) {
        this.iris = iris;
        this.countries = countries;
    }

    void map(ResolvedArticle r, Model m, Resource article) {
        for (MeetingFact f : r.facts().meetings()) {
            meeting(r, m, article, f);
        }
        for (VisitFact f : r.facts().visits()) {
            visit(r, m, article, f);
        }
        for (ContributionFact f : r.facts().contributions()) {
            contribution(r, m, article, f);
        }
        for (PositionFact f : r.facts().positions()) {
            position(r, m, article, f);
        }
    }

    private void meeting(ResolvedArticle r, Model m, Resource article, MeetingFact f) {
        Optional<String> subject = iri(r, f.subject());
        List<String> others = new ArrayList<>();
        f.counterparts().forEach(c -> iri(r, c).ifPresent(others::add));
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
        Resource meeting = m.createResource(iris.fact("meeting", String.join(",", sorted), date)).addProperty(RDF.type, NKG.Meeting);
        sorted.forEach(p -> meeting.addProperty(NKG.participant, m.createResource(p)));
        // nkg:metWith is symmetric; both directions are written so that queries need no reasoner
        for (String o : others) {
            link(m, subject.get(), NKG.metWith, o);
            link(m, o, NKG.metWith, subject.get());
        }
        if (f.joint()) {
            for (String a : others) {
                for (String b : others) {
                    if (!a.equals(b)) {
                        link(m, a, NKG.metWith, b);
                    }
                }
            }
        }
        f.date().ifPresent(d -> dated(r, m, meeting, NKG.date, d));
        f.place().ifPresent(p -> meeting.addProperty(NKG.place, place(m, p)));
        reported(r, m, article, meeting, f.evidence());
    }

    private void visit(ResolvedArticle r, Model m, Resource article, VisitFact f) {
        Optional<String> person = iri(r, f.person());
        if (person.isEmpty()) {
            return;
        }
        Resource country = country(m, f.country());
        String date = f.date().map(ResolvedDate::value).orElse("");
        Resource visit = m.createResource(iris.fact("visit", person.get(), f.country(), date)).addProperty(RDF.type, NKG.Visit)
            .addProperty(NKG.visitor, m.createResource(person.get())).addProperty(NKG.destination, country);
        m.createResource(person.get()).addProperty(NKG.visited, country);
        f.date().ifPresent(d -> dated(r, m, visit, NKG.date, d));
        reported(r, m, article, visit, f.evidence());
    }

    private void contribution(ResolvedArticle r, Model m, Resource article, ContributionFact f) {
        Resource country = country(m, f.country());
        Resource mission = m.createResource(iris.mission(f.mission()));
        if (!m.contains(mission, RDF.type, NKG.Mission)) {
            return; // the mission is not an entity of this article (an anaphor to another article's mission)
        }
        Resource c = m.createResource(iris.fact("contribution", f.country(), f.mission())).addProperty(RDF.type, NKG.Contribution)
            .addProperty(NKG.contributor, country).addProperty(NKG.mission, mission);
        country.addProperty(NKG.contributedTo, mission);
        f.troops().ifPresent(n -> c.addLiteral(NKG.troops, m.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDinteger)));
        f.since().ifPresent(d -> dated(r, m, c, NKG.since, d));
        reported(r, m, article, c, f.evidence());
    }

    private void position(ResolvedArticle r, Model m, Resource article, PositionFact f) {
        Optional<String> person = iri(r, f.person());
        if (person.isEmpty() || f.country().isEmpty() && !org.newskg.lexicon.InternationalBodies.namedIn(f.title())) {
            // a title whose country no rule could tell is not written: the gold standard and users
            // read a position as "who serves which country", and a guess would be a wrong fact;
            // an international body's post ("NATO Secretary General") serves none, and is written so
            return;
        }
        String title = f.title();
        Resource pos = m.createResource(iris.fact("position", person.get(), title.toLowerCase(Locale.ROOT), f.country().orElse("")))
            .addProperty(RDF.type, NKG.Position);
        if (!pos.hasProperty(NKG.title)) {
            pos.addProperty(NKG.title, title); // "President" and "president" are one post: the first spelling names it
        }
        f.country().ifPresent(c -> pos.addProperty(NKG.country, country(m, c)));
        m.createResource(person.get()).addProperty(NKG.holdsPosition, pos);
        reported(r, m, article, pos, f.evidence());
    }

    private Optional<String> iri(ResolvedArticle r, Mention mention) {
        return r.entityOf(mention).map(Entity::iri);
    }

    private static void link(Model m, String a, org.apache.jena.rdf.model.Property p, String b) {
        m.createResource(a).addProperty(p, m.createResource(b));
    }

    /** A country as every graph describes it: type, gazetteer label, ISO code. */
    Resource country(Model m, String iso2) {
        Resource c = m.createResource(iris.country(iso2)).addProperty(RDF.type, NKG.Country);
        countries.byIso2(iso2).ifPresent(x -> {
            c.addProperty(RDFS.label, x.name());
            c.addProperty(NKG.isoCode, x.iso2());
        });
        org.newskg.lexicon.WikidataLinks.country(iso2).ifPresent(q -> c.addProperty(org.apache.jena.vocabulary.OWL.sameAs, m.createResource(q)));
        return c;
    }

    private Resource place(Model m, Place p) {
        return m.createResource(iris.place(p.city(), p.country())).addProperty(RDF.type, NKG.Place)
            .addProperty(RDFS.label, p.city()).addProperty(NKG.locatedIn, country(m, p.country()));
    }

    /** The date literal, typed by precision, and how it was resolved. */
    private void dated(ResolvedArticle r, Model m, Resource fact, org.apache.jena.rdf.model.Property p, ResolvedDate d) {
        Literal value = literal(m, d);
        fact.addLiteral(p, value);
        // the day range a month or a year covers, so that an xsd:date range filter keeps it
        java.time.LocalDate[] range = bounds(d);
        fact.addLiteral(NKG.earliest, m.createTypedLiteral(range[0].toString(), XSDDatatype.XSDdate));
        fact.addLiteral(NKG.latest, m.createTypedLiteral(range[1].toString(), XSDDatatype.XSDdate));
        Resource how = m.createResource(iris.fact("date", r.articleIri(), fact.getURI(), d.text(), d.rule())).addProperty(RDF.type, NKG.DateResolution)
            .addProperty(NKG.dateText, d.text()).addProperty(NKG.dateRule, d.rule()).addLiteral(NKG.resolvedDate, value);
        d.anchor().ifPresent(a -> how.addLiteral(NKG.anchorDate, m.createTypedLiteral(a.toString(), XSDDatatype.XSDdate)));
        fact.addProperty(NKG.dateResolution, how);
    }

    /** The first and last day of a date of its precision: 2017-02 is 2017-02-01 … 2017-02-28. */
    static java.time.LocalDate[] bounds(ResolvedDate d) {
        return switch (d.precision()) {
            case DAY -> new java.time.LocalDate[] {java.time.LocalDate.parse(d.value()), java.time.LocalDate.parse(d.value())};
            case MONTH -> {
                java.time.YearMonth ym = java.time.YearMonth.parse(d.value());
                yield new java.time.LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            case YEAR -> {
                int y = Integer.parseInt(d.value());
                yield new java.time.LocalDate[] {java.time.LocalDate.of(y, 1, 1), java.time.LocalDate.of(y, 12, 31)};
            }
        };
    }

    static Literal literal(Model m, ResolvedDate d) {
        XSDDatatype type = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return m.createTypedLiteral(d.value(), type);
    }

    private void reported(ResolvedArticle r, Model m, Resource article, Resource fact, Evidence e) {
        String text = r.facts().article().text();
        String sentence = r.facts().sentences().get(e.sentence()).text(text);
        Resource ev = m.createResource(iris.evidence(r.articleIri(), e.begin(), e.end(), e.rule())).addProperty(RDF.type, NKG.Evidence)
            .addProperty(NKG.inArticle, article)
            .addProperty(NKG.sentenceText, sentence)
            .addLiteral(NKG.beginOffset, m.createTypedLiteral(Integer.toString(e.begin()), XSDDatatype.XSDinteger))
            .addLiteral(NKG.endOffset, m.createTypedLiteral(Integer.toString(e.end()), XSDDatatype.XSDinteger))
            .addProperty(NKG.extractor, e.rule())
            .addLiteral(NKG.confidence, m.createTypedLiteral(BigDecimal.valueOf(e.confidence()).setScale(2, RoundingMode.HALF_UP)));
        fact.addProperty(NKG.evidence, ev).addProperty(NKG.reportedIn, article);
    }
}
