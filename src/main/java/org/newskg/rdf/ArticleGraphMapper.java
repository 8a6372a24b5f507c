package org.newskg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.extract.EntityType;
import org.newskg.ingest.Article;
import org.newskg.lexicon.CountryGazetteer;
import org.newskg.lexicon.MissionGazetteer;
import org.newskg.extract.Fact;
import org.newskg.resolve.Entity;
import org.newskg.resolve.Iris;
import org.newskg.resolve.PersonName;
import org.newskg.resolve.ResolvedArticle;

/**
 * Maps one resolved article to its named graph: the article's description, the entities it
 * mentions with the names it uses for them, and its facts with their evidence, each written by
 * its relation's {@link FactMapping}.
 * Person labels are not written here: a person's preferred label depends on every article that
 * names them, so the store keeps it in a derived graph that it recomputes after each build.
 */
public final class ArticleGraphMapper {
    private final CountryGazetteer countries;
    private final MissionGazetteer missions;
    private final Iris iris = Iris.standard();
    private final Map<Class<?>, FactMapping<?>> mappings = new LinkedHashMap<>();

    /** @param mappings how each relation's facts are written (the relation registry's) */
    public ArticleGraphMapper(CountryGazetteer countries, MissionGazetteer missions, List<? extends FactMapping<?>> mappings) {
        this.countries = countries;
        this.missions = missions;
        mappings.forEach(x -> this.mappings.put(x.type(), x));
    }

    /** The article's graph; its name is {@link ResolvedArticle#articleIri()}. */
    public Model map(ResolvedArticle resolved) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("nkg", NKG.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("rdfs", RDFS.uri);
        Article article = resolved.facts().article();
        Resource a = m.createResource(resolved.articleIri()).addProperty(RDF.type, NKG.Article)
            .addProperty(NKG.sourceFile, article.sourceFile())
            .addProperty(NKG.contentHash, article.contentHash())
            .addProperty(NKG.text, article.text()); // what evidence offsets count in: the article page highlights them
        article.title().ifPresent(t -> a.addProperty(DCTerms.title, t));
        article.published().ifPresent(d -> a.addProperty(DCTerms.date, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
        for (Entity e : resolved.entities()) {
            Resource r = m.createResource(e.iri());
            a.addProperty(NKG.mentions, r);
            switch (e.type()) {
                case PERSON -> {
                    r.addProperty(RDF.type, NKG.Person);
                    r.addProperty(SKOS.altLabel, e.label());
                }
                case COUNTRY -> FactGraph.country(iris, countries, m, e.key());
                case MISSION -> {
                    r.addProperty(RDF.type, NKG.Mission).addProperty(RDFS.label, e.label());
                    missions.byId(e.key()).ifPresent(ms -> {
                        if (!ms.ledBy().isBlank()) {
                            r.addProperty(NKG.ledBy, ms.ledBy());
                        }
                        r.addProperty(DCTerms.source, m.createResource(ms.source()));
                    });
                }
                default -> throw new IllegalStateException("unmapped entity type " + e.type());
            }
            e.altLabels().stream().filter(l -> e.type() != EntityType.PERSON || !isBareSurname(l, e.label()))
                .forEach(l -> r.addProperty(SKOS.altLabel, l));
        }
        Optional<Entity> author = resolved.author();
        author.ifPresent(e -> a.addProperty(DCTerms.creator, m.createResource(e.iri())));
        FactGraph g = new FactGraph(iris, countries, resolved, m, a);
        for (Fact f : resolved.facts().facts()) {
            write(f, g);
        }
        return m;
    }

    private <F extends Fact> void write(F fact, FactGraph g) {
        @SuppressWarnings("unchecked") // registered by the class it writes
        FactMapping<F> x = (FactMapping<F>) mappings.get(fact.getClass());
        if (x == null) {
            throw new IllegalStateException("no mapping to RDF is registered for " + fact.getClass().getSimpleName()
                + " (register its relation in org.newskg.relation.Relations)");
        }
        x.write(fact, g);
    }

    /**
     * "Harris" beside "Kamala Harris": a surname alone names the person only inside the article
     * that introduced the full name; as a label it would make every Harris of the store answer to
     * it (and the resolver never joins on it), so it is not written. The evidence keeps the form.
     */
    static boolean isBareSurname(String alt, String label) {
        return !alt.contains(" ") && label.contains(" ") && PersonName.parse(label).surname().equalsIgnoreCase(PersonName.parse(alt).surname());
    }

    /** The names an article graph writes for persons (what the store's person names come from). */
    public static List<String> personNames(Model graph) {
        List<String> out = new ArrayList<>();
        graph.listSubjectsWithProperty(RDF.type, NKG.Person)
            .forEachRemaining(p -> p.listProperties(SKOS.altLabel).forEachRemaining(st -> out.add(st.getString())));
        return out;
    }

    /** The countries (ISO codes) an article graph's positions give, by person IRI. */
    public static Map<String, Set<String>> positionCountries(Model graph) {
        Map<String, Set<String>> out = new HashMap<>();
        graph.listStatements(null, NKG.holdsPosition, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st ->
            st.getObject().asResource().listProperties(NKG.country).forEachRemaining(c -> {
                String iri = c.getObject().asResource().getURI();
                out.computeIfAbsent(st.getSubject().getURI(), k -> new HashSet<>()).add(iri.substring(iri.lastIndexOf('/') + 1));
            }));
        return out;
    }
}
