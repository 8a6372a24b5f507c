package org.newskg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

/**
 * A dataset on a running Fuseki (or any SPARQL 1.1 server), written with the Graph Store
 * Protocol: an article graph is replaced by one HTTP PUT, which the server applies atomically.
 * Used by {@code build --endpoint}, since a TDB2 folder can be open in only one process.
 */
public final class RemoteStore extends KnowledgeStore {
    private final String dataset;

    /** @param datasetUrl the dataset's URL, e.g. http://localhost:3030/kg */
    public RemoteStore(String datasetUrl) {
        this.dataset = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
    }

    /**
     * A dataset whose server asks for a login to write (newskg's {@code serve --password-file}):
     * the credentials are registered with Jena's HTTP authentication for this dataset's URL, and
     * sent when the server asks for them.
     */
    public RemoteStore(String datasetUrl, String user, String password) {
        this(datasetUrl);
        org.apache.jena.http.auth.AuthEnv.get().registerUsernamePassword(java.net.URI.create(dataset), user, password);
    }

    private RDFLink link() {
        return RDFLinkHTTP.newBuilder().destination(dataset)
            .queryEndpoint("sparql").updateEndpoint("update").gspEndpoint("data").build();
    }

    @Override
    public void replaceArticle(String graphIri, Model graph) {
        putGraph(NodeFactory.createURI(graphIri), graph.getGraph());
    }

    @Override
    public void removeArticle(String graphIri) {
        try (RDFLink link = link()) {
            link.delete(NodeFactory.createURI(graphIri));
        } catch (RuntimeException e) {
            throw new StoreException("cannot delete " + graphIri + " at " + dataset + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected <T> List<T> select(String query, Function<QuerySolution, T> row) {
        List<T> out = new ArrayList<>();
        try (QueryExecHTTP qe = QueryExecHTTP.service(dataset + "/sparql").query(query).build()) {
            RowSet rs = qe.select();
            org.apache.jena.query.ResultSet results = org.apache.jena.query.ResultSet.adapt(rs);
            while (results.hasNext()) {
                T t = row.apply(results.next());
                if (t != null) {
                    out.add(t);
                }
            }
        } catch (RuntimeException e) {
            throw new StoreException("cannot query " + dataset + "/sparql: " + e.getMessage()
                + " (is the server running, and is the URL the dataset's, e.g. http://localhost:3030/kg?)", e);
        }
        return out;
    }

    /** Computed with two SPARQL queries and written with one update, 500 subjects at a time. */
    @Override
    public void refreshDerived(java.util.Collection<String> subjects) {
        List<String> all = new ArrayList<>(new java.util.TreeSet<>(subjects));
        for (int from = 0; from < all.size(); from += 500) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 500));
            replaceDerived(part, derived(values("s", part)));
        }
    }

    /** The derived statements of the subjects a VALUES clause on ?s names ({@link DerivedStatements}). */
    private Graph derived(String values) {
        java.util.Map<String, List<String>> names = new java.util.TreeMap<>();
        select(PREFIXES + "SELECT DISTINCT ?s ?l WHERE { " + values + "GRAPH ?g { ?s a nkg:Person ; skos:altLabel ?l } }", r -> {
            names.computeIfAbsent(r.getResource("s").getURI(), k -> new ArrayList<>()).add(r.getLiteral("l").getString());
            return null;
        });
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        select(PREFIXES + "SELECT ?s (COUNT(DISTINCT ?a) AS ?n) WHERE { " + values + "GRAPH ?g { ?s nkg:reportedIn ?a } } GROUP BY ?s", r -> {
            counts.put(r.getResource("s").getURI(), r.getLiteral("n").getInt());
            return null;
        });
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        java.util.Set<String> subjects = new java.util.TreeSet<>(names.keySet());
        subjects.addAll(counts.keySet());
        for (String s : subjects) {
            DerivedStatements.of(org.apache.jena.graph.NodeFactory.createURI(s), names.getOrDefault(s, List.of()), counts.getOrDefault(s, 0))
                .forEach(g::add);
        }
        return g;
    }

    /** In the derived graph, replaces what is said of these subjects by {@code derived}, with one SPARQL Update. */
    private void replaceDerived(List<String> subjects, Graph derived) {
        StringBuilder u = new StringBuilder(PREFIXES);
        u.append("DELETE { GRAPH <").append(ENTITIES_GRAPH).append("> { ?s ?p ?o } } WHERE { ").append(values("s", subjects));
        u.append("VALUES ?p { rdfs:label nkg:reportCount } GRAPH <").append(ENTITIES_GRAPH).append("> { ?s ?p ?o } } ;\n");
        u.append("INSERT DATA { GRAPH <").append(ENTITIES_GRAPH).append("> {\n");
        derived.find().forEachRemaining(t -> u.append(org.apache.jena.riot.out.NodeFmtLib.str(t)).append(" .\n"));
        u.append("} }");
        try (RDFLink link = link()) {
            link.update(u.toString());
        } catch (RuntimeException e) {
            throw new StoreException("cannot update the derived graph at " + dataset + "/update: " + e.getMessage(), e);
        }
    }

    private void putGraph(Node name, Graph graph) {
        try (RDFLink link = link()) {
            link.put(name, graph);
        } catch (RuntimeException e) {
            throw new StoreException("cannot write " + name.getURI() + " to " + dataset + "/data: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
    }
}
