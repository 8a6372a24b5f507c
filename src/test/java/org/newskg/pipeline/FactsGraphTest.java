package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.InputFiles;
import org.newskg.store.Tdb2Store;

/** Facts in the graph: one meeting reported by two articles is one node; evidence and date provenance are there. */
class FactsGraphTest {
    @TempDir
    Path dir;

    private static final String P = "PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";

    private static List<QuerySolution> select(Tdb2Store store, String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(P + q, store.dataset())) {
                return ResultSetFormatter.toList(qe.execSelect());
            }
        });
    }

    @Test
    void oneMeetingReportedByTwoArticlesIsOneNode() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "WASHINGTON, Nov. 13, 2017 — Defense Secretary Jim Mattis met with Georgian Defense Minister "
            + "Levan Izoria at the Pentagon today to discuss regional security.\n");
        Files.writeString(in.resolve("b.txt"), "TBILISI, Nov. 14, 2017 — Georgian Defense Minister Levan Izoria met with U.S. Defense Secretary "
            + "James N. Mattis in Washington yesterday, the ministry said.\n");
        Tdb2Store store = Tdb2Store.open(dir.resolve("tdb2"));
        BuildReport r = KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(in)));
        assertEquals(2, r.loaded(), r.skipped().toString());
        List<QuerySolution> meetings = select(store, "SELECT ?m ?date ?n (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?ev) AS ?evidence) WHERE { "
            + "?m a nkg:Meeting ; nkg:date ?date ; nkg:reportCount ?n ; nkg:reportedIn ?a ; nkg:evidence ?ev } GROUP BY ?m ?date ?n");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("2017-11-13", meetings.get(0).getLiteral("date").getLexicalForm());
        assertEquals(2, meetings.get(0).getLiteral("n").getInt());
        assertEquals(2, meetings.get(0).getLiteral("articles").getInt());
        assertEquals(2, meetings.get(0).getLiteral("evidence").getInt());
        List<QuerySolution> people = select(store, "SELECT DISTINCT ?p WHERE { ?m a nkg:Meeting ; nkg:participant ?p }");
        assertEquals(2, people.size(), "Jim Mattis and James N. Mattis are one person");
    }

    @Test
    void everyFactHasEvidenceAndDatesSayHowTheyWereResolved() throws Exception {
        Tdb2Store store = Tdb2Store.open(dir.resolve("seeds"));
        KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(Path.of("seeds"))));
        assertEquals(List.of(), select(store, "SELECT ?f WHERE { ?f a ?t FILTER(?t IN (nkg:Meeting, nkg:Visit, nkg:Contribution, nkg:Position)) "
            + "FILTER NOT EXISTS { ?f nkg:evidence ?e } }"));
        List<QuerySolution> rows = select(store, "SELECT ?text ?rule ?anchor ?value WHERE { ?m a nkg:Meeting ; nkg:participant "
            + "<https://w3id.org/newskg/id/person/laura-cooper> ; nkg:dateResolution ?d . ?d nkg:dateText ?text ; nkg:dateRule ?rule ; "
            + "nkg:anchorDate ?anchor ; nkg:resolvedDate ?value }");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("on Tuesday", rows.get(0).getLiteral("text").getString());
        assertEquals("weekday-before-anchor-past-tense", rows.get(0).getLiteral("rule").getString());
        assertEquals("2018-12-07", rows.get(0).getLiteral("anchor").getLexicalForm());
        assertEquals("2018-12-04", rows.get(0).getLiteral("value").getLexicalForm());
        List<QuerySolution> ev = select(store, "SELECT ?s ?b ?e ?x ?c WHERE { ?m a nkg:Meeting ; nkg:participant "
            + "<https://w3id.org/newskg/id/person/robert-gates> , <https://w3id.org/newskg/id/person/ilham-aliev> ; nkg:evidence ?ev . "
            + "?ev nkg:sentenceText ?s ; nkg:beginOffset ?b ; nkg:endOffset ?e ; nkg:extractor ?x ; nkg:confidence ?c }");
        assertEquals(1, ev.size());
        assertTrue(ev.get(0).getLiteral("s").getString().contains("Gates visited with President Ilham Aliyev"));
        assertTrue(ev.get(0).getLiteral("b").getInt() < ev.get(0).getLiteral("e").getInt());
        assertEquals("meeting-verb:visit", ev.get(0).getLiteral("x").getString());
        double c = ev.get(0).getLiteral("c").getDouble();
        assertTrue(c > 0 && c <= 1);
        // typed by precision
        assertTrue(select(store, "SELECT ?d WHERE { ?m a nkg:Meeting ; nkg:date ?d FILTER(DATATYPE(?d) != xsd:date) }").isEmpty());
    }
    @Test
    void aDateRangeFilterOnTheBoundsKeepsMonthAndYearFacts() throws Exception {
        Path in = Files.createDirectories(dir.resolve("dated"));
        Files.writeString(in.resolve("a.txt"), "WASHINGTON, March 3, 2017 — Defense Secretary Jim Mattis visited Japan in February 2017, the "
            + "Pentagon said. Mattis met with Japanese Defense Minister Tomomi Inada in Tokyo on Feb. 4, 2017.\n");
        Tdb2Store store = Tdb2Store.open(dir.resolve("tdb2-dated"));
        KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(in)));
        // the visit is known to the month: nkg:date "2017-02"^^xsd:gYearMonth, bounds 2017-02-01 and 2017-02-28
        List<QuerySolution> visit = select(store, "SELECT ?d ?from ?to WHERE { ?v a nkg:Visit ; nkg:date ?d ; nkg:earliest ?from ; nkg:latest ?to }");
        assertEquals(1, visit.size(), visit.toString());
        assertEquals("2017-02", visit.get(0).getLiteral("d").getLexicalForm());
        assertEquals("2017-02-01", visit.get(0).getLiteral("from").getLexicalForm());
        assertEquals("2017-02-28", visit.get(0).getLiteral("to").getLexicalForm());
        // a filter on nkg:date drops it (a gYearMonth does not compare with an xsd:date); one on the bounds keeps it
        assertEquals(List.of(), select(store, "SELECT ?v WHERE { ?v a nkg:Visit ; nkg:date ?d FILTER(?d >= \"2017-01-01\"^^xsd:date) }"));
        assertEquals(1, select(store, "SELECT ?v WHERE { ?v a nkg:Visit ; nkg:latest ?to FILTER(?to >= \"2017-01-01\"^^xsd:date) }").size());
        // a day-precise fact has one day for both bounds
        List<QuerySolution> meeting = select(store, "SELECT ?from ?to WHERE { ?m a nkg:Meeting ; nkg:earliest ?from ; nkg:latest ?to }");
        assertEquals(List.of("2017-02-04 2017-02-04"), meeting.stream()
            .map(q -> q.getLiteral("from").getLexicalForm() + " " + q.getLiteral("to").getLexicalForm()).toList());
    }

    @Test
    void everyNameIsAPlainLiteral() throws Exception {
        Tdb2Store store = Tdb2Store.open(dir.resolve("labels"));
        KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(Path.of("seeds"))));
        // one rule for persons, countries, missions and places: names are plain strings, so "Afghanistan" finds Afghanistan
        assertEquals(List.of(), select(store, "SELECT ?e ?l WHERE { { ?e rdfs:label ?l } UNION { ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?l } "
            + "FILTER(LANG(?l) != \"\" || DATATYPE(?l) != xsd:string) }"));
        // countries link to their Wikidata items (from the cited OWID table)
        assertEquals(1, select(store, "SELECT * WHERE { <https://w3id.org/newskg/id/country/AZ> <http://www.w3.org/2002/07/owl#sameAs> "
            + "<http://www.wikidata.org/entity/Q227> }").size());
        for (String name : List.of("Azerbaijan", "Baku", "International Security Assistance Force", "Laura Cooper")) {
            assertEquals(1, select(store, "SELECT DISTINCT ?e WHERE { ?e rdfs:label \"" + name + "\" }").size(), name);
        }
    }
}
