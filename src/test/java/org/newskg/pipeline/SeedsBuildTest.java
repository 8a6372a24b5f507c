package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.InputFiles;
import org.newskg.store.Tdb2Store;
import org.newskg.testing.Exports;

/** Builds seeds/ into a fresh store and checks what the graph says. */
class SeedsBuildTest {
    @TempDir
    static Path dir;
    static Tdb2Store store;
    static BuildReport report;

    static final String P = "PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";

    @BeforeAll
    static void build() throws Exception {
        store = Tdb2Store.open(dir.resolve("tdb2"));
        report = KnowledgeGraphBuilder.create().store(store).threads(2).build().build(InputFiles.list(List.of(Path.of("seeds"))));
    }

    static List<QuerySolution> select(String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(P + q, store.dataset())) {
                return org.apache.jena.query.ResultSetFormatter.toList(qe.execSelect());
            }
        });
    }

    static boolean ask(String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(P + q, store.dataset())) {
                return qe.execAsk();
            }
        });
    }

    @Test
    void bothSeedsLoaded() {
        assertEquals(2, report.loaded());
        assertTrue(report.complete());
    }

    @Test
    void ilhamAliyevIsOnePersonInBothArticles() {
        List<QuerySolution> rows = select("SELECT DISTINCT ?p ?g WHERE { GRAPH ?g { ?p a nkg:Person ; skos:altLabel ?l FILTER(CONTAINS(?l, 'Aliyev')) } }");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(1, rows.stream().map(r -> r.getResource("p").getURI()).distinct().count());
        assertEquals("https://w3id.org/newskg/id/person/ilham-aliev", rows.get(0).getResource("p").getURI());
        assertTrue(ask("ASK { <https://w3id.org/newskg/id/person/ilham-aliev> rdfs:label 'Ilham Aliyev' }"));
    }

    @Test
    void azerbaijanIsafAndResoluteSupportFound() {
        assertTrue(ask("ASK { <https://w3id.org/newskg/id/country/AZ> a nkg:Country ; rdfs:label 'Azerbaijan' ; nkg:isoCode 'AZ' }"));
        assertTrue(ask("ASK { <https://w3id.org/newskg/id/mission/isaf> a nkg:Mission ; rdfs:label 'International Security Assistance Force' ; skos:altLabel 'ISAF' }"));
        assertTrue(ask("ASK { <https://w3id.org/newskg/id/mission/resolute-support> a nkg:Mission ; skos:altLabel 'Resolute Support' }"));
    }

    @Test
    void publicationDatesAndAuthors() {
        assertTrue(ask("ASK { GRAPH ?g { ?a a nkg:Article ; nkg:sourceFile '000_14b2a5db9d82385e.txt' ; dcterms:date '2018-12-07'^^xsd:date ; "
            + "dcterms:creator <https://w3id.org/newskg/id/person/mushvig-mehdiev> } }"));
        assertTrue(ask("ASK { GRAPH ?g { ?a nkg:sourceFile '001_d8f434a453c3b2a8.txt' ; dcterms:date '2010-06-07'^^xsd:date } }"));
    }

    @Test
    void gatesAndHisSurnameAreOnePerson() {
        List<QuerySolution> rows = select("SELECT DISTINCT ?p WHERE { ?p a nkg:Person ; skos:altLabel ?l FILTER(?l IN ('Gates', 'Robert M. Gates')) }");
        assertEquals(1, rows.size(), rows.toString());
    }

    @Test
    void eachArticleIsItsOwnNamedGraph() {
        List<QuerySolution> rows = select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } ?g a nkg:Article } GROUP BY ?g");
        assertEquals(2, rows.size());
    }

    @Test
    void buildingAgainChangesNothing() throws Exception {
        String before = Exports.nquads(store);
        BuildReport again = KnowledgeGraphBuilder.create().store(store).force(true).build().build(InputFiles.list(List.of(Path.of("seeds"))));
        assertEquals(2, again.loaded());
        assertEquals(before, Exports.nquads(store));
        BuildReport unchanged = KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(Path.of("seeds"))));
        assertEquals(0, unchanged.loaded());
        assertEquals(2, unchanged.unchanged());
    }

    @Test
    void badFilesInABatchAreSkippedAndTheRestLoads() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.write(batch.resolve("empty.txt"), new byte[0]);
        Files.write(batch.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        Files.write(batch.resolve("latin1.txt"), "Caf\u00e9 talks in Paris".getBytes(StandardCharsets.ISO_8859_1));
        Files.copy(Path.of("seeds/001_d8f434a453c3b2a8.txt"), batch.resolve("good.txt"));
        Tdb2Store other = Tdb2Store.open(dir.resolve("tdb2-batch"));
        BuildReport r = KnowledgeGraphBuilder.create().store(other).build().build(InputFiles.list(List.of(batch)));
        assertEquals(1, r.loaded());
        assertEquals(List.of("binary.txt", "empty.txt", "latin1.txt"), r.skipped().stream().map(BuildReport.Skipped::sourceFile).sorted().toList());
        assertTrue(r.skipped().stream().anyMatch(s -> s.reason().contains("not valid UTF-8")), r.skipped().toString());
        assertTrue(r.skipped().stream().anyMatch(s -> s.reason().contains("not a text file (an executable)")), r.skipped().toString());
        assertTrue(r.skipped().stream().anyMatch(s -> s.reason().contains("empty file")), r.skipped().toString());
    }
}
