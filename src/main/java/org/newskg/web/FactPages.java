package org.newskg.web;

import static org.newskg.web.Html.esc;
import static org.newskg.web.Html.link;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.rdf.NKG;

/**
 * The pages of facts (a meeting, visit, contribution or position: who, when, where and the
 * sentences that say so), of articles (their text with every evidence span highlighted and linked
 * to its fact) and of anything else the graph names (its statements, both ways).
 */
final class FactPages {
    private final Graph g;

    FactPages(Graph g) {
        this.g = g;
    }

    String fact(String iri, String kind) {
        StringBuilder b = new StringBuilder("<dl>");
        for (QuerySolution r : g.select("SELECT ?p ?o WHERE { ?e ?p ?o FILTER(?p IN (nkg:participant, nkg:visitor, nkg:destination, "
            + "nkg:contributor, nkg:mission, nkg:country, nkg:place, nkg:title, nkg:date, nkg:since, nkg:troops, nkg:reportCount)) } ORDER BY ?p ?o", iri)) {
            String p = r.getResource("p").getURI().substring(NKG.NS.length());
            b.append("<dt>").append(esc(p)).append("</dt><dd>").append(value(r.get("o"))).append("</dd>");
        }
        for (QuerySolution r : g.select("SELECT ?p WHERE { ?p nkg:holdsPosition ?e }", iri)) {
            b.append("<dt>holder</dt><dd>").append(value(r.get("p"))).append("</dd>");
        }
        for (QuerySolution r : g.select("SELECT ?text ?rule ?anchor WHERE { ?e nkg:dateResolution ?dr . ?dr nkg:dateText ?text ; "
            + "nkg:dateRule ?rule OPTIONAL { ?dr nkg:anchorDate ?anchor } }", iri)) {
            b.append("<dt>how the date was read</dt><dd>“").append(esc(r.getLiteral("text").getString())).append("” by ")
                .append(esc(r.getLiteral("rule").getString()))
                .append(r.get("anchor") != null ? " against " + esc(r.getLiteral("anchor").getLexicalForm()) : "").append("</dd>");
        }
        b.append("</dl>\n<h2>Evidence</h2>\n");
        List<QuerySolution> ev = g.select("SELECT ?sentence ?a ?file ?b ?end WHERE { BIND(?e AS ?f) " + Html.EVIDENCE_PATTERN + "} ORDER BY ?file ?b", iri);
        b.append(Html.evidence(g.links(), ev));
        return Html.page(kind + ": " + factTitle(iri, kind), kind, b.toString(), g.links().href(iri));
    }

    private String factTitle(String iri, String kind) {
        List<String> names = new ArrayList<>();
        g.select("SELECT ?x WHERE { { ?e nkg:participant|nkg:visitor|nkg:destination|nkg:contributor|nkg:mission ?x } UNION "
            + "{ ?x nkg:holdsPosition ?e } } ORDER BY ?x", iri).forEach(r -> names.add(g.label(r.getResource("x").getURI())));
        return kind.equals("Meeting") ? String.join(" and ", names) : String.join(", ", names);
    }

    /** The article's text, each evidence span marked and linked to its fact; anchors {@code #ev-BEGIN-END}. */
    String article(String iri) {
        List<QuerySolution> head = g.select("SELECT ?title ?date ?file ?text ?creator WHERE { GRAPH ?e { ?e nkg:sourceFile ?file "
            + "OPTIONAL { ?e dcterms:title ?title } OPTIONAL { ?e dcterms:date ?date } OPTIONAL { ?e nkg:text ?text } "
            + "OPTIONAL { ?e dcterms:creator ?creator } } } LIMIT 1", iri);
        if (head.isEmpty()) {
            return generic(iri);
        }
        QuerySolution h = head.get(0);
        StringBuilder b = new StringBuilder("<p>");
        b.append("File ").append(esc(h.getLiteral("file").getString()));
        Graph.string(h, "date").ifPresent(d -> b.append(", published ").append(esc(d)));
        if (h.get("creator") != null) {
            b.append(", by ").append(link(g.links(), h.getResource("creator").getURI(), g.label(h.getResource("creator").getURI())));
        }
        b.append("</p>\n");
        if (h.get("text") == null) {
            b.append("<p>This article's graph was written before newskg kept article text; rebuild it with <code>build --force</code>.</p>");
        } else {
            b.append("<div class=\"article-text\">").append(marked(iri, h.getLiteral("text").getString())).append("</div>\n");
        }
        String title = h.get("title") != null ? h.getLiteral("title").getString() : h.getLiteral("file").getString();
        return Html.page(title, "Article", b.toString(), g.links().href(iri));
    }

    /**
     * The text with a {@code <mark id="ev-BEGIN-END">} per evidence span and, after it, a link to
     * its fact. A span inside another is a mark inside that mark; one that overlaps the end of
     * another is cut there, so that every evidence link lands on its mark.
     */
    private String marked(String iri, String text) {
        List<int[]> spans = new ArrayList<>(); // begin, end, index of the fact
        List<String> facts = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (QuerySolution r : g.select("SELECT ?b ?end ?f WHERE { GRAPH ?e { ?f nkg:evidence ?ev . ?ev nkg:beginOffset ?b ; nkg:endOffset ?end } } "
            + "ORDER BY ?b DESC(?end) ?f", iri)) {
            int s = r.getLiteral("b").getInt();
            int e = r.getLiteral("end").getInt();
            if (s >= 0 && e <= text.length() && s < e && seen.add(s + "-" + e)) {
                spans.add(new int[] {s, e, facts.size()});
                facts.add(r.getResource("f").getURI());
            }
        }
        StringBuilder b = new StringBuilder();
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        int at = 0;
        for (int[] span : spans) {
            while (!open.isEmpty() && open.peek()[1] <= span[0]) {
                at = close(b, text, at, open.pop(), facts);
            }
            int end = open.isEmpty() ? span[1] : Math.min(span[1], open.peek()[1]);
            b.append(esc(text.substring(at, span[0]))).append("<mark id=\"ev-").append(span[0]).append('-').append(span[1]).append("\">");
            at = span[0];
            open.push(new int[] {span[0], end, span[2]});
        }
        while (!open.isEmpty()) {
            at = close(b, text, at, open.pop(), facts);
        }
        return b.append(esc(text.substring(at))).toString();
    }

    private int close(StringBuilder b, String text, int at, int[] span, List<String> facts) {
        String fact = facts.get(span[2]);
        String kind = fact.startsWith(g.links().base()) ? fact.substring(g.links().base().length(), fact.indexOf('/', g.links().base().length())) : "fact";
        b.append(esc(text.substring(at, span[1]))).append("</mark><sup><a class=\"fact\" href=\"").append(esc(g.links().href(fact)))
            .append("\">").append(esc(kind)).append("</a></sup>");
        return span[1];
    }

    /** Any other node: its statements, and the statements that point to it. */
    String generic(String iri) {
        StringBuilder b = new StringBuilder("<h2>Statements</h2><table><tr><th>property</th><th>value</th></tr>");
        g.select("SELECT DISTINCT ?p ?o WHERE { ?e ?p ?o } ORDER BY ?p ?o LIMIT 500", iri).forEach(r -> b.append("<tr><td>")
            .append(esc(shortName(r.getResource("p").getURI()))).append("</td><td>").append(value(r.get("o"))).append("</td></tr>"));
        b.append("</table><h2>Referred to by</h2><table><tr><th>subject</th><th>property</th></tr>");
        g.select("SELECT DISTINCT ?s ?p WHERE { ?s ?p ?e } ORDER BY ?p ?s LIMIT 500", iri).forEach(r -> b.append("<tr><td>")
            .append(value(r.get("s"))).append("</td><td>").append(esc(shortName(r.getResource("p").getURI()))).append("</td></tr>"));
        b.append("</table>");
        List<String> types = g.types(iri);
        return Html.page(g.label(iri), types.isEmpty() ? null : String.join(", ", types), b.toString(), g.links().href(iri));
    }

    private String value(RDFNode n) {
        if (n.isLiteral()) {
            return esc(n.asLiteral().getLexicalForm());
        }
        String iri = n.asResource().getURI();
        return iri == null ? "(blank node)" : link(g.links(), iri, g.links().isOurs(iri) ? g.label(iri) : iri);
    }

    static String shortName(String iri) {
        for (String[] p : new String[][] {{NKG.NS, "nkg:"}, {"http://www.w3.org/2000/01/rdf-schema#", "rdfs:"},
            {"http://www.w3.org/2004/02/skos/core#", "skos:"}, {"http://purl.org/dc/terms/", "dcterms:"},
            {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:"}, {"http://www.w3.org/2002/07/owl#", "owl:"}}) {
            if (iri.startsWith(p[0])) {
                return p[1] + iri.substring(p[0].length());
            }
        }
        return iri;
    }
}
