package org.newskg.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.NKG;

/**
 * The RDF the server answers with: an entity's concise bounded description with its incoming
 * links, the dataset's VoID description, and the SPARQL 1.1 Service Description of its endpoint.
 */
public final class Descriptions {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final List<String> COUNTED = List.of("Person", "Country", "Mission", "Place", "Article", "Meeting", "Visit",
        "Contribution", "Position", "Evidence");

    private Descriptions() {
    }

    /** Every statement about the IRI and every statement pointing to it, from all graphs, with prefixes. */
    public static Model describe(Graph g, String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(Graph.PREFIXES
            + "CONSTRUCT { ?e ?p ?o . ?s ?q ?e } WHERE { { ?e ?p ?o } UNION { ?s ?q ?e } }");
        q.setIri("e", iri);
        Model m;
        try (QueryExecution qe = QueryExecution.create(q.asQuery(), g.dataset())) {
            m = qe.execConstruct();
        }
        return prefixed(m, g.links());
    }

    static Model prefixed(Model m, Links links) {
        m.setNsPrefix("nkg", NKG.NS);
        m.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("wd", "http://www.wikidata.org/entity/");
        for (String kind : List.of("person", "country", "mission", "article", "meeting", "visit", "contribution", "position", "place", "evidence")) {
            m.setNsPrefix(kind, links.base() + kind + "/");
        }
        return m;
    }

    /**
     * The dataset's VoID description: its triples and entities per class, the SPARQL endpoint, a
     * dump, its licence, the vocabularies it uses, and when the store was created and last changed.
     */
    public static Model voidDescription(Graph g, String serverBase, Optional<Path> storeFolder, String licence) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("nkg", NKG.NS);
        Resource ds = m.createResource(serverBase + "/void#dataset").addProperty(RDF.type, m.createResource(VOID + "Dataset"))
            .addProperty(DCTerms.title, "newskg knowledge graph")
            .addProperty(DCTerms.description, "People, countries, international missions and the meetings, visits, contributions and "
                + "positions news articles report, each with the sentence that says so.")
            .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(serverBase + "/kg/sparql"))
            .addProperty(m.createProperty(VOID, "dataDump"), m.createResource(serverBase + "/dump.nq"))
            .addProperty(m.createProperty(VOID, "uriSpace"), g.links().base())
            .addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(g.links().base() + "country/AZ"))
            .addProperty(DCTerms.license, m.createResource(licence));
        for (String v : List.of(NKG.NS, "http://www.w3.org/2004/02/skos/core#", DCTerms.NS, "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#")) {
            ds.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(v));
        }
        ds.addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(Long.toString(count(g,
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")), XSDDatatype.XSDinteger));
        ds.addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(Long.toString(count(g,
            "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?t } }")), XSDDatatype.XSDinteger));
        for (String cls : COUNTED) {
            long n = count(g, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a nkg:" + cls + " } }");
            ds.addProperty(m.createProperty(VOID, "classPartition"), m.createResource()
                .addProperty(m.createProperty(VOID, "class"), m.createResource(NKG.NS + cls))
                .addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger)));
        }
        storeFolder.ifPresent(folder -> {
            try {
                BasicFileAttributes a = Files.readAttributes(folder, BasicFileAttributes.class);
                ds.addLiteral(DCTerms.created, m.createTypedLiteral(Instant.ofEpochMilli(a.creationTime().toMillis()).toString(), XSDDatatype.XSDdateTime));
                ds.addLiteral(DCTerms.modified, m.createTypedLiteral(Instant.ofEpochMilli(newest(folder)).toString(), XSDDatatype.XSDdateTime));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the store folder's dates: " + folder, e);
            }
        });
        return m;
    }

    private static long newest(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            return files.mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
        }
    }

    /** The SPARQL 1.1 Service Description of the query endpoint. */
    public static Model serviceDescription(Graph g, String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", VOID);
        Resource svc = m.createResource(endpoint + "#service").addProperty(RDF.type, m.createResource(SD + "Service"))
            .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint))
            .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
            .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle",
            "N-Triples", "RDF_XML", "JSON-LD")) {
            svc.addProperty(m.createProperty(SD, "resultFormat"), m.createResource("http://www.w3.org/ns/formats/" + f));
        }
        long graphs = count(g, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }");
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"))
            .addProperty(m.createProperty(SD, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(DCTerms.description, "the union of the article graphs and the derived graph")
                .addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(Long.toString(count(g,
                    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")), XSDDatatype.XSDinteger)));
        dataset.addProperty(DCTerms.description, graphs + " named graphs: one per article, and the derived graph");
        svc.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        return m;
    }

    private static long count(Graph g, String query) {
        return g.select(query, null).get(0).getLiteral("n").getLong();
    }
}
