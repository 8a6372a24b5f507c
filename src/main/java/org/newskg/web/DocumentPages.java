package org.newskg.web;

import static org.newskg.web.Html.esc;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.NKG;

/** The pages that are not about one entity: search, the ontology's documentation, and the competency questions run as tables. */
public final class DocumentPages {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final int SEARCH_LIMIT = 100;
    private final Graph g;

    public DocumentPages(Graph g) {
        this.g = g;
    }

    /** Case- and accent-insensitive: "aliyev", "ALIYEV" and "Alíyev" find Ilham Aliyev. */
    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Persons, countries, missions and places whose label or other name contains the words. */
    public String search(String q) {
        StringBuilder b = new StringBuilder("<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" value=\"")
            .append(esc(q == null ? "" : q)).append("\" aria-label=\"search\"> <button>Search</button></form>\n");
        if (q == null || q.isBlank()) {
            b.append("<p>Type a name: a person (\"aliyev\"), a country (\"azerbaijan\") or a mission (\"isaf\").</p>");
            return Html.page("Search", null, b.toString(), null);
        }
        String[] words = fold(q).trim().split("\\s+");
        Map<String, String[]> hits = new LinkedHashMap<>(); // iri -> label, kind
        for (QuerySolution r : g.select("SELECT ?e ?l ?t WHERE { ?e a ?t FILTER(?t IN (nkg:Person, nkg:Country, nkg:Mission, nkg:Place)) "
            + "{ ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l } } ORDER BY ?e", null)) {
            String name = fold(r.getLiteral("l").getString());
            boolean all = true;
            for (String w : words) {
                all &= name.contains(w);
            }
            if (all) {
                String iri = r.getResource("e").getURI();
                hits.putIfAbsent(iri, new String[] {g.label(iri), r.getResource("t").getURI().substring(NKG.NS.length())});
            }
        }
        if (hits.isEmpty()) {
            b.append("<p>Nothing is called “").append(esc(q)).append("”.</p>");
        } else {
            b.append("<ul class=\"facts\">");
            hits.entrySet().stream().limit(SEARCH_LIMIT).forEach(e -> b.append("<li>").append(Html.link(g.links(), e.getKey(), e.getValue()[0]))
                .append(" <span class=\"when\">").append(esc(e.getValue()[1])).append("</span></li>"));
            b.append("</ul>");
            if (hits.size() > SEARCH_LIMIT) {
                b.append("<p>… and ").append(hits.size() - SEARCH_LIMIT).append(" more; add a word.</p>");
            }
        }
        return Html.page("Search: " + q, null, b.toString(), null);
    }

    /** The ontology inside the jar. */
    public static Model ontology() {
        return NKG.ontology();
    }

    /** Classes and properties with their definitions, and the class diagram. */
    public static String ontologyPage() {
        Model m = ontology();
        StringBuilder b = new StringBuilder();
        Resource onto = m.listSubjectsWithProperty(RDF.type, OWL.Ontology).next();
        text(onto, "http://purl.org/dc/terms/description").ifPresent(d -> b.append("<p>").append(esc(d)).append("</p>"));
        text(onto, OWL.versionInfo.getURI()).ifPresent(v -> b.append("<p>Version ").append(esc(v))
            .append(". As Turtle: <a href=\"/ontology.ttl\">/ontology.ttl</a> (or ask /ontology for text/turtle); open it in Protégé.</p>"));
        b.append("<p><img src=\"/ontology/classes.svg\" alt=\"the class hierarchy of the newskg ontology\"></p>");
        b.append("<h2>Classes</h2><dl>");
        terms(m, OWL.Class).forEach(c -> b.append("<dt id=\"").append(esc(c.getLocalName())).append("\">nkg:").append(esc(c.getLocalName()))
            .append(superclass(c)).append("</dt><dd>").append(esc(text(c, "http://www.w3.org/2004/02/skos/core#definition").orElse(""))).append("</dd>"));
        b.append("</dl><h2>Properties</h2><dl>");
        List<Resource> props = new ArrayList<>(terms(m, OWL.ObjectProperty));
        props.addAll(terms(m, OWL.DatatypeProperty));
        props.sort((x, y) -> x.getLocalName().compareTo(y.getLocalName()));
        props.forEach(p -> b.append("<dt id=\"").append(esc(p.getLocalName())).append("\">nkg:").append(esc(p.getLocalName()))
            .append(domainRange(p)).append("</dt><dd>").append(esc(text(p, "http://www.w3.org/2004/02/skos/core#definition").orElse(""))).append("</dd>"));
        b.append("</dl>");
        return Html.page("The newskg ontology", "Ontology", b.toString(), null);
    }

    private static List<Resource> terms(Model m, Resource type) {
        return m.listSubjectsWithProperty(RDF.type, type).toList().stream().filter(r -> r.isURIResource() && r.getURI().startsWith(NKG.NS))
            .sorted((x, y) -> x.getLocalName().compareTo(y.getLocalName())).toList();
    }

    private static String superclass(Resource c) {
        List<String> sup = c.listProperties(RDFS.subClassOf).toList().stream().map(s -> s.getObject())
            .filter(RDFNode::isURIResource).map(o -> short_(o.asResource().getURI())).sorted().toList();
        return sup.isEmpty() ? "" : " <span class=\"when\">⊑ " + esc(String.join(", ", sup)) + "</span>";
    }

    private static String domainRange(Resource p) {
        String d = p.hasProperty(RDFS.domain) && p.getProperty(RDFS.domain).getObject().isURIResource()
            ? short_(p.getPropertyResourceValue(RDFS.domain).getURI()) : "";
        String r = p.hasProperty(RDFS.range) && p.getProperty(RDFS.range).getObject().isURIResource()
            ? short_(p.getPropertyResourceValue(RDFS.range).getURI()) : "";
        return d.isEmpty() && r.isEmpty() ? "" : " <span class=\"when\">" + esc(d) + " → " + esc(r) + "</span>";
    }

    private static String short_(String iri) {
        return FactPages.shortName(iri);
    }

    private static Optional<String> text(Resource r, String property) {
        var st = r.getProperty(r.getModel().createProperty(property));
        return st == null ? Optional.empty() : Optional.of(st.getObject().asLiteral().getLexicalForm());
    }

    /** The competency questions of {@code queries/}, with the comment each starts with. */
    public String queriesPage() {
        StringBuilder b = new StringBuilder("<p>The SPARQL competency questions newskg ships (<code>queries/*.rq</code>). Each runs "
            + "against this server's data; the same text runs at <a href=\"/kg/sparql\">/kg/sparql</a> or with <code>newskg query</code>.</p><dl>");
        for (String name : Resources.list("/queries")) {
            if (!name.endsWith(".rq")) {
                continue;
            }
            String text = Resources.text("/queries/" + name).orElse("");
            String about = text.lines().takeWhile(l -> l.startsWith("#")).map(l -> l.substring(1).strip()).reduce((x, y) -> x + " " + y).orElse("");
            b.append("<dt><a href=\"/queries/").append(esc(name)).append("\">").append(esc(name)).append("</a></dt><dd>").append(esc(about)).append("</dd>");
        }
        return Html.page("Queries", null, b.append("</dl>").toString(), null);
    }

    /** One query's results as a table whose IRIs are links; empty when there is no such query. */
    public Optional<String> runQuery(String name) {
        if (!name.matches("[A-Za-z0-9_.-]+\\.rq")) {
            return Optional.empty();
        }
        Optional<String> text = Resources.text("/queries/" + name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Query query = QueryFactory.create(text.get());
        StringBuilder b = new StringBuilder("<details><summary>SPARQL</summary><pre>").append(esc(text.get())).append("</pre></details>");
        if (!query.isSelectType()) {
            b.append("<p>This query is not a SELECT; run it at /kg/sparql.</p>");
            return Optional.of(Html.page(name, "Query", b.toString(), null));
        }
        try (QueryExecution qe = QueryExecution.create(query, g.dataset())) {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            b.append("<table><tr>");
            vars.forEach(v -> b.append("<th>").append(esc(v)).append("</th>"));
            b.append("</tr>");
            int rows = 0;
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                b.append("<tr>");
                for (String v : vars) {
                    RDFNode n = r.get(v);
                    b.append("<td>").append(n == null ? "" : n.isLiteral() ? esc(n.asLiteral().getLexicalForm())
                        : n.isURIResource() ? Html.link(g.links(), n.asResource().getURI(), g.links().isOurs(n.asResource().getURI())
                            ? g.label(n.asResource().getURI()) : n.asResource().getURI()) : "").append("</td>");
                }
                b.append("</tr>");
                rows++;
            }
            b.append("</table><p>").append(rows).append(rows == 1 ? " row" : " rows").append(".</p>");
        }
        return Optional.of(Html.page(name, "Query", b.toString(), null));
    }
}
