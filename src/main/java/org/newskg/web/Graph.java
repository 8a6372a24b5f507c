package org.newskg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.rdf.NKG;

/**
 * Read access for the pages: SPARQL over the served dataset (its default graph is the union of
 * the article graphs and the derived graph), with the names the pages show.
 */
public final class Graph {
    static final String PREFIXES = "PREFIX nkg: <" + NKG.NS + ">\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
        + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";

    private final Dataset dataset;
    private final Links links;

    public Graph(Dataset dataset, Links links) {
        this.dataset = dataset;
        this.links = links;
    }

    Dataset dataset() {
        return dataset;
    }

    Links links() {
        return links;
    }

    /** Rows of a SELECT with {@code ?e} bound to an IRI (callers run inside a read transaction). */
    List<QuerySolution> select(String query, String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + query);
        if (iri != null) {
            q.setIri("e", iri);
        }
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(q.asQuery(), dataset)) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }

    /** The entity's preferred name: its rdfs:label, else a skos:altLabel, else the end of its IRI. */
    String label(String iri) {
        List<QuerySolution> r = select("SELECT ?l WHERE { { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l } } ORDER BY DESC(STRLEN(?l)) LIMIT 1", iri);
        return r.isEmpty() ? iri.substring(iri.lastIndexOf('/') + 1) : r.get(0).getLiteral("l").getString();
    }

    /** The entity's rdf:types' local names. */
    List<String> types(String iri) {
        return select("SELECT DISTINCT ?t WHERE { ?e a ?t }", iri).stream().map(r -> r.getResource("t").getURI())
            .map(t -> t.startsWith(NKG.NS) ? t.substring(NKG.NS.length()) : t).toList();
    }

    /** True when the store says anything about the IRI, as subject or object. */
    public boolean knows(String iri) {
        return !select("SELECT ?x WHERE { { ?e ?p ?x } UNION { ?x ?p ?e } } LIMIT 1", iri).isEmpty();
    }

    static Optional<String> string(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        if (n == null) {
            return Optional.empty();
        }
        return Optional.of(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI());
    }
}
