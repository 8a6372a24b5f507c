package org.newskg.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.newskg.rdf.NKG;

/**
 * Where article graphs go: a local TDB2 store ({@link Tdb2Store}) or a running Fuseki reached
 * over the SPARQL protocols ({@link RemoteStore}). One named graph per article, replaced whole,
 * so that re-building an article changes nothing and a failure leaves the previous graph.
 */
public abstract class KnowledgeStore implements AutoCloseable {
    /** The graph of what is derived from all article graphs: person labels, report counts. */
    public static final String ENTITIES_GRAPH = "https://w3id.org/newskg/id/graph/entities";

    static final String PREFIXES = "PREFIX nkg: <" + NKG.NS + ">\n"
        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";

    /** An article's graph ready to be written. */
    public record ArticleGraph(String sourceFile, String graphIri, Model graph) {
    }

    /** Replaces (or creates) an article's named graph, atomically. */
    public abstract void replaceArticle(String graphIri, Model graph);

    /**
     * Replaces several articles' graphs. A local store does it in one transaction (all or none);
     * this default writes them one by one, each atomic.
     */
    public void replaceArticles(List<ArticleGraph> graphs) {
        graphs.forEach(g -> replaceArticle(g.graphIri(), g.graph()));
    }

    /** Removes an article's named graph. */
    public abstract void removeArticle(String graphIri);

    /**
     * Whether {@link #beginOneTransaction} can hold a whole build's writes (a local store can; a
     * remote one commits each request).
     */
    public boolean holdsOneTransaction() {
        return false;
    }

    /**
     * Begins a write transaction on this thread: what the store's methods write from here on
     * becomes visible, and durable, together at {@link WriteTransaction#commit}, and none of it
     * if the transaction is closed first, a write fails, or the process dies.
     *
     * @throws UnsupportedOperationException unless {@link #holdsOneTransaction()}
     */
    public WriteTransaction beginOneTransaction() {
        throw new UnsupportedOperationException("this store commits each write on its own");
    }

    /** A write transaction begun by {@link #beginOneTransaction}; closing it uncommitted abandons its writes. */
    public interface WriteTransaction extends AutoCloseable {
        void commit();

        @Override
        void close();
    }

    /** Runs a SELECT query over the store (union default graph and named graphs) and maps each row. */
    protected abstract <T> List<T> select(String query, Function<QuerySolution, T> row);

    /** Content hash of every stored article, by source file. */
    public Map<String, String> articleHashes() {
        Map<String, String> out = new HashMap<>();
        storedArticles().forEach((f, a) -> {
            if (a.contentHash() != null) {
                out.put(f, a.contentHash());
            }
        });
        return out;
    }

    /** Graph names of stored articles, by source file. */
    public Map<String, String> articleGraphs() {
        Map<String, String> out = new HashMap<>();
        storedArticles().forEach((f, a) -> out.put(f, a.graphIri()));
        return out;
    }

    /** Every stored article by source file: its content hash (null if it has none) and graph name; no file stamps. */
    protected Map<String, ArticleIndex.Entry> storedArticles() {
        Map<String, ArticleIndex.Entry> out = new HashMap<>();
        select(PREFIXES + "SELECT ?f ?h ?g WHERE { GRAPH ?g { ?a a nkg:Article ; nkg:sourceFile ?f OPTIONAL { ?a nkg:contentHash ?h } } }",
            r -> out.put(r.getLiteral("f").getString(),
                new ArticleIndex.Entry(r.contains("h") ? r.getLiteral("h").getString() : null, r.getResource("g").getURI(), null)));
        return out;
    }

    /** A SPARQL VALUES clause binding {@code var} to each IRI. */
    static String values(String var, java.util.Collection<String> iris) {
        return "VALUES ?" + var + " { " + iris.stream().map(iri -> "<" + iri + ">").collect(java.util.stream.Collectors.joining(" ")) + " }\n";
    }

    /** Every name written for a person in any article, once each. */
    public List<String> personNames() {
        StoredPersons.Reader out = new StoredPersons.Reader();
        readPersonNames(out);
        return out.read().names(java.util.Set.of());
    }

    /**
     * What every article graph says of persons, graph by graph: the names written for them and
     * the countries their positions give. Read once before a build writes, it tells what the store
     * held without any set of graphs ({@link StoredPersons}): a build resolves the articles it
     * rebuilds without their own old graphs, so that rebuilding the same input gives the same graph.
     */
    public StoredPersons storedPersons() {
        StoredPersons.Reader out = new StoredPersons.Reader();
        readPersonNames(out);
        readPositionCountries(out);
        return out.read();
    }

    private void readPersonNames(StoredPersons.Reader out) {
        select(PREFIXES + "SELECT DISTINCT ?g ?l WHERE { GRAPH ?g { ?p a nkg:Person ; skos:altLabel ?l } }", r -> {
            out.name(r.getResource("g").getURI(), r.getLiteral("l").getString());
            return null;
        });
    }

    private void readPositionCountries(StoredPersons.Reader out) {
        select(PREFIXES + "SELECT DISTINCT ?g ?p ?c WHERE { GRAPH ?g { ?p nkg:holdsPosition ?pos . ?pos nkg:country ?c } }", r -> {
            String c = r.getResource("c").getURI();
            out.country(r.getResource("g").getURI(), r.getResource("p").getURI(), c.substring(c.lastIndexOf('/') + 1));
            return null;
        });
    }

    /**
     * Recomputes the derived statements of these subjects (persons and facts that articles' old
     * or new graphs name): each person's preferred label is the fullest name any article uses for
     * them (most words, then longest, then first in alphabetical order: {@link DerivedStatements}), and
     * each fact's report count is the number of articles that report it. Only these subjects, so
     * that writing an article costs the same on a large store as on a small one.
     */
    public abstract void refreshDerived(java.util.Collection<String> subjects);

    /** The subjects article graphs in the store give derived statements to: their persons and their facts. */
    public List<String> derivedSubjects(java.util.Collection<String> graphIris) {
        if (graphIris.isEmpty()) {
            return List.of();
        }
        return select(PREFIXES + "SELECT DISTINCT ?s WHERE { " + values("g", graphIris) + "GRAPH ?g { { ?s a nkg:Person } UNION { ?s nkg:reportedIn ?a } } }",
            r -> r.getResource("s").getURI());
    }

    /** The subjects an article graph gives derived statements to: its persons and its facts. */
    public static java.util.Set<String> derivedSubjects(Model graph) {
        java.util.Set<String> out = new java.util.HashSet<>();
        graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, NKG.Person).forEachRemaining(r -> out.add(r.getURI()));
        graph.listSubjectsWithProperty(NKG.reportedIn).forEachRemaining(r -> out.add(r.getURI()));
        return out;
    }

    /**
     * Replaces articles' graphs and recomputes the derived statements of the persons and facts
     * their old and new graphs name, so that a build's cost does not grow with the store. A
     * local store does it all in one transaction.
     */
    public void replaceArticlesAndDerived(List<ArticleGraph> graphs) {
        java.util.Set<String> touched = new java.util.HashSet<>();
        for (int from = 0; from < graphs.size(); from += 500) {
            touched.addAll(derivedSubjects(graphs.subList(from, Math.min(graphs.size(), from + 500)).stream().map(ArticleGraph::graphIri).toList()));
        }
        graphs.forEach(g -> touched.addAll(derivedSubjects(g.graph())));
        replaceArticles(graphs);
        refreshDerived(touched);
    }

    /** Removes an article's graph and recomputes the derived statements of the persons and facts it named. */
    public void removeArticleAndDerived(String graphIri) {
        List<String> touched = derivedSubjects(List.of(graphIri));
        removeArticle(graphIri);
        refreshDerived(touched);
    }

    /**
     * Records, where the next build can read it cheaply, which articles the store holds and with
     * which content hash (a local store keeps an {@link ArticleIndex}; a remote one has nothing
     * to record). Called at the end of a build with the stamps of the files it read or found
     * unchanged.
     */
    public void saveArticleIndex(Map<String, FileStamp> verified) {
    }

    /**
     * How each stored article's file looked when it was read, where the store knows it cheaply
     * (a local store's current {@link ArticleIndex}); empty otherwise.
     */
    public Map<String, FileStamp> fileStamps() {
        return Map.of();
    }

    @Override
    public abstract void close();
}
