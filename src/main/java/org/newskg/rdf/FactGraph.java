package org.newskg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.extract.Evidence;
import org.newskg.extract.Mention;
import org.newskg.extract.Place;
import org.newskg.extract.ResolvedDate;
import org.newskg.lexicon.CountryGazetteer;
import org.newskg.resolve.Entity;
import org.newskg.resolve.Iris;
import org.newskg.resolve.ResolvedArticle;

/**
 * What a relation's mapping writes its facts with, for one article's graph: the IRIs of the
 * entities its mentions resolved to, fact IRIs minted from what makes two reports the same fact
 * (so one meeting reported by two articles is one node), countries and places as every graph
 * describes them, dates typed by precision with their bounds and how they were resolved, and the
 * evidence of every fact.
 */
public final class FactGraph {
    private final Iris iris;
    private final CountryGazetteer countries;
    private final ResolvedArticle r;
    private final Model m;
    private final Resource article;

    FactGraph(Iris iris, CountryGazetteer countries, ResolvedArticle r, Model m, Resource article) {
        this.iris = iris;
        this.countries = countries;
        this.r = r;
        this.m = m;
        this.article = article;
    }

    /** The graph being written. */
    public Model model() {
        return m;
    }

    /** The IRI of the entity a mention resolved to; empty for a mention no entity took. */
    public Optional<String> iri(Mention mention) {
        return r.entityOf(mention).map(Entity::iri);
    }

    /** A fact node, its IRI minted from its kind and the parts that make two reports one fact. */
    public Resource fact(String kind, String... parts) {
        return m.createResource(iris.fact(kind, parts));
    }

    /** A mission (gazetteer or text id). */
    public Resource mission(String id) {
        return m.createResource(iris.mission(id));
    }

    public Resource resource(String iri) {
        return m.createResource(iri);
    }

    /** a p b, for IRIs. */
    public void link(String a, Property p, String b) {
        m.createResource(a).addProperty(p, m.createResource(b));
    }

    /** A country as every graph describes it: type, gazetteer label, ISO code, its Wikidata item. */
    public Resource country(String iso2) {
        return country(iris, countries, m, iso2);
    }

    static Resource country(Iris iris, CountryGazetteer countries, Model m, String iso2) {
        Resource c = m.createResource(iris.country(iso2)).addProperty(RDF.type, NKG.Country);
        countries.byIso2(iso2).ifPresent(x -> {
            c.addProperty(RDFS.label, x.name());
            c.addProperty(NKG.isoCode, x.iso2());
        });
        org.newskg.lexicon.WikidataLinks.country(iso2).ifPresent(q -> c.addProperty(org.apache.jena.vocabulary.OWL.sameAs, m.createResource(q)));
        return c;
    }

    /** A city, in its country. */
    public Resource place(Place p) {
        return m.createResource(iris.place(p.city(), p.country())).addProperty(RDF.type, NKG.Place)
            .addProperty(RDFS.label, p.city()).addProperty(NKG.locatedIn, country(p.country()));
    }

    /** The date literal, typed by precision, its day bounds, and how it was resolved. */
    public void dated(Resource fact, Property p, ResolvedDate d) {
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

    /** The fact's evidence: the sentence, the span, the rule and its confidence, in this article. */
    public void reported(Resource fact, Evidence e) {
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
