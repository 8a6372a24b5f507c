package org.newskg.web;

import static org.newskg.web.Html.esc;
import static org.newskg.web.Html.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;

/**
 * The pages of persons, countries and missions: what the graph says about each, every fact with
 * its evidence sentence and a link to the article that says it.
 */
final class EntityPages {
    private final Graph g;

    EntityPages(Graph g) {
        this.g = g;
    }

    /** Names, positions with their countries, meetings in date order (with whom, where, when and how the date was read), visits, and who met whom. */
    String person(String iri) {
        StringBuilder b = new StringBuilder();
        names(iri, b);
        List<QuerySolution> pos = g.select("SELECT ?f ?title ?c ?cl " + "?sentence ?a ?file ?b ?end WHERE { ?e nkg:holdsPosition ?f . "
            + "?f nkg:title ?title OPTIONAL { ?f nkg:country ?c . ?c rdfs:label ?cl } " + Html.EVIDENCE_PATTERN + "} ORDER BY ?title ?file ?b", iri);
        section(b, "Positions", byFact(pos), (f, rows) -> {
            QuerySolution r = rows.get(0);
            return link(g.links(), f, r.getLiteral("title").getString())
                + (r.get("c") != null ? " of " + link(g.links(), r.getResource("c").getURI(), r.getLiteral("cl").getString()) : "");
        });
        List<QuerySolution> meetings = g.select("SELECT ?f ?o ?ol ?date ?pl ?text ?rule ?sentence ?a ?file ?b ?end WHERE { "
            + "?f a nkg:Meeting ; nkg:participant ?e , ?o FILTER(?o != ?e) OPTIONAL { ?o rdfs:label ?ol } OPTIONAL { ?f nkg:date ?date } "
            + "OPTIONAL { ?f nkg:place/rdfs:label ?pl } OPTIONAL { ?f nkg:dateResolution ?dr . ?dr nkg:dateText ?text ; nkg:dateRule ?rule } "
            + Html.EVIDENCE_PATTERN + "} ORDER BY ?date ?f ?file ?b", iri);
        section(b, "Meetings", byFact(meetings), (f, rows) -> {
            List<String> with = new ArrayList<>();
            rows.stream().map(r -> r.getResource("o").getURI()).distinct().forEach(o -> with.add(link(g.links(), o, g.label(o))));
            QuerySolution r = rows.get(0);
            return link(g.links(), f, "Met") + " " + String.join(", ", with) + where(r) + when(r);
        });
        List<QuerySolution> visits = g.select("SELECT ?f ?c ?cl ?date ?text ?rule ?sentence ?a ?file ?b ?end WHERE { "
            + "?f a nkg:Visit ; nkg:visitor ?e ; nkg:destination ?c . ?c rdfs:label ?cl OPTIONAL { ?f nkg:date ?date } "
            + "OPTIONAL { ?f nkg:dateResolution ?dr . ?dr nkg:dateText ?text ; nkg:dateRule ?rule } " + Html.EVIDENCE_PATTERN
            + "} ORDER BY ?date ?f ?file ?b", iri);
        section(b, "Visits", byFact(visits), (f, rows) -> link(g.links(), f, "Visited") + " "
            + link(g.links(), rows.get(0).getResource("c").getURI(), rows.get(0).getLiteral("cl").getString()) + when(rows.get(0)));
        String svg = NetworkSvg.egoNetwork(g, iri);
        if (!svg.isEmpty()) {
            b.append("<h2>Who met whom</h2>\n").append(svg);
        }
        return Html.page(g.label(iri), "Person", b.toString(), g.links().href(iri));
    }

    /** Its people (the posts that serve it), the contributions it made, the visits it received. */
    String country(String iri) {
        StringBuilder b = new StringBuilder();
        names(iri, b);
        List<QuerySolution> pos = g.select("SELECT ?f ?p ?title ?sentence ?a ?file ?b ?end WHERE { ?f nkg:country ?e ; nkg:title ?title . "
            + "?p nkg:holdsPosition ?f . " + Html.EVIDENCE_PATTERN + "} ORDER BY ?title ?f ?file ?b", iri);
        section(b, "People who serve it", byFact(pos), (f, rows) -> link(g.links(), rows.get(0).getResource("p").getURI(),
            g.label(rows.get(0).getResource("p").getURI())) + ", " + link(g.links(), f, rows.get(0).getLiteral("title").getString()));
        List<QuerySolution> contributions = g.select("SELECT ?f ?m ?ml ?troops ?since ?sentence ?a ?file ?b ?end WHERE { "
            + "?f nkg:contributor ?e ; nkg:mission ?m . ?m rdfs:label ?ml OPTIONAL { ?f nkg:troops ?troops } OPTIONAL { ?f nkg:since ?since } "
            + Html.EVIDENCE_PATTERN + "} ORDER BY ?ml ?f ?file ?b", iri);
        section(b, "Contributions", byFact(contributions), (f, rows) -> link(g.links(), f, "Contributed") + " to "
            + link(g.links(), rows.get(0).getResource("m").getURI(), rows.get(0).getLiteral("ml").getString()) + troops(rows.get(0)));
        List<QuerySolution> visits = g.select("SELECT ?f ?p ?date ?text ?rule ?sentence ?a ?file ?b ?end WHERE { ?f a nkg:Visit ; "
            + "nkg:destination ?e ; nkg:visitor ?p OPTIONAL { ?f nkg:date ?date } "
            + "OPTIONAL { ?f nkg:dateResolution ?dr . ?dr nkg:dateText ?text ; nkg:dateRule ?rule } " + Html.EVIDENCE_PATTERN
            + "} ORDER BY ?date ?f ?file ?b", iri);
        section(b, "Visits received", byFact(visits), (f, rows) -> link(g.links(), f, "Visit") + " by "
            + link(g.links(), rows.get(0).getResource("p").getURI(), g.label(rows.get(0).getResource("p").getURI())) + when(rows.get(0)));
        return Html.page(g.label(iri), "Country", b.toString(), g.links().href(iri));
    }

    /** Who leads it, and its contributors with their troops and start dates. */
    String mission(String iri) {
        StringBuilder b = new StringBuilder();
        names(iri, b);
        List<QuerySolution> about = g.select("SELECT ?led ?src WHERE { OPTIONAL { ?e nkg:ledBy ?led } OPTIONAL { ?e dcterms:source ?src } } LIMIT 1", iri);
        if (!about.isEmpty()) {
            Graph.string(about.get(0), "led").ifPresent(l -> b.append("<p>Led by ").append(esc(l)).append(".</p>"));
            Graph.string(about.get(0), "src").ifPresent(s -> b.append("<p>Source of its name: <a href=\"").append(esc(s)).append("\">")
                .append(esc(s)).append("</a></p>"));
        }
        List<QuerySolution> contributors = g.select("SELECT ?f ?c ?cl ?troops ?since ?sentence ?a ?file ?b ?end WHERE { "
            + "?f nkg:mission ?e ; nkg:contributor ?c . ?c rdfs:label ?cl OPTIONAL { ?f nkg:troops ?troops } OPTIONAL { ?f nkg:since ?since } "
            + Html.EVIDENCE_PATTERN + "} ORDER BY ?cl ?f ?file ?b", iri);
        section(b, "Contributors", byFact(contributors), (f, rows) -> link(g.links(), rows.get(0).getResource("c").getURI(),
            rows.get(0).getLiteral("cl").getString()) + " — " + link(g.links(), f, "contribution") + troops(rows.get(0)));
        return Html.page(g.label(iri), "Mission", b.toString(), g.links().href(iri));
    }

    private void names(String iri, StringBuilder b) {
        String label = g.label(iri);
        List<String> names = g.select("SELECT DISTINCT ?l WHERE { ?e skos:altLabel ?l } ORDER BY ?l", iri).stream()
            .map(r -> r.getLiteral("l").getString()).filter(l -> !l.equals(label)).toList();
        if (!names.isEmpty()) {
            b.append("<p>Also written: ").append(esc(String.join(", ", names))).append("</p>\n");
        }
        g.select("SELECT ?same WHERE { ?e owl:sameAs ?same }", iri).forEach(r -> b.append("<p>Same as <a href=\"")
            .append(esc(r.getResource("same").getURI())).append("\">").append(esc(r.getResource("same").getURI())).append("</a></p>\n"));
    }

    /** Rows grouped by their fact ({@code ?f}), in the order the query gave. */
    static Map<String, List<QuerySolution>> byFact(List<QuerySolution> rows) {
        Map<String, List<QuerySolution>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent(r.getResource("f").getURI(), k -> new ArrayList<>()).add(r));
        return out;
    }

    interface Line {
        String render(String fact, List<QuerySolution> rows);
    }

    void section(StringBuilder b, String title, Map<String, List<QuerySolution>> facts, Line line) {
        if (facts.isEmpty()) {
            return;
        }
        b.append("<h2>").append(esc(title)).append("</h2>\n<ul class=\"facts\">\n");
        facts.forEach((f, rows) -> b.append("<li>").append(line.render(f, rows)).append(Html.evidence(g.links(), rows)).append("</li>\n"));
        b.append("</ul>\n");
    }

    static String where(QuerySolution r) {
        return r.get("pl") != null ? " in " + esc(r.getLiteral("pl").getString()) : "";
    }

    /** " on 2018-12-04 (“on Tuesday”, weekday-before-anchor-past-tense)". */
    static String when(QuerySolution r) {
        if (r.get("date") == null) {
            return "";
        }
        String how = r.get("text") != null ? " <span class=\"when\">(“" + esc(r.getLiteral("text").getString()) + "”, "
            + esc(r.getLiteral("rule").getString()) + ")</span>" : "";
        return " on <time>" + esc(r.getLiteral("date").getLexicalForm()) + "</time>" + how;
    }

    static String troops(QuerySolution r) {
        return (r.get("troops") != null ? ", " + esc(r.getLiteral("troops").getLexicalForm()) + " troops" : "")
            + (r.get("since") != null ? ", since " + esc(r.getLiteral("since").getLexicalForm()) : "");
    }
}
