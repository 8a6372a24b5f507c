package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.InputFiles;
import org.newskg.pipeline.BuildReport;
import org.newskg.pipeline.KnowledgeGraphBuilder;
import org.newskg.store.Tdb2Store;

/** ontology/shapes.ttl catches broken graphs, and build refuses an article whose graph is broken. */
class ShapesTest {
    @TempDir
    Path dir;

    private static final String PREFIXES = """
        @prefix nkg: <https://w3id.org/newskg/ontology#> .
        @prefix id: <https://w3id.org/newskg/id/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix person: <https://w3id.org/newskg/id/person/> .
        @prefix article: <https://w3id.org/newskg/id/article/> .
        @prefix country: <https://w3id.org/newskg/id/country/> .
        @prefix mission: <https://w3id.org/newskg/id/mission/> .
        """;
    private static final String EVIDENCE = """
        id:ev1 a nkg:Evidence ; nkg:inArticle article:a ; nkg:sentenceText "Gates met Aliyev." ;
            nkg:beginOffset 0 ; nkg:endOffset 17 ; nkg:extractor "meeting-trigger" ; nkg:confidence 0.9 .
        article:a a nkg:Article ; nkg:sourceFile "a.txt" ;
            nkg:contentHash "0000000000000000000000000000000000000000000000000000000000000000" .
        person:robert-gates a nkg:Person .
        person:ilham-aliev a nkg:Person .
        """;

    private static List<GraphValidator.Violation> violations(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(PREFIXES + EVIDENCE + turtle), null, "TTL");
        return GraphValidator.standard().violations(m.getGraph());
    }

    @Test
    void aWellFormedMeetingConforms() {
        assertEquals(List.of(), violations("""
            id:m1 a nkg:Meeting ; nkg:participant person:robert-gates , person:ilham-aliev ;
                nkg:date "2010-06-06"^^xsd:date ; nkg:evidence id:ev1 .
            person:robert-gates nkg:metWith person:ilham-aliev .
            """));
    }

    @Test
    void aOnePersonMeetingIsCaught() {
        List<GraphValidator.Violation> v = violations("id:m1 a nkg:Meeting ; nkg:participant person:robert-gates ; nkg:evidence id:ev1 .");
        assertEquals(1, v.size(), v.toString());
        assertEquals("<https://w3id.org/newskg/id/m1>", v.get(0).focusNode());
        assertTrue(v.get(0).path().contains("participant"), v.toString());
        assertEquals("a meeting has at least two participants, all of them Persons", v.get(0).message());
    }

    @Test
    void aMeetingWithTwoDatesIsCaught() {
        List<GraphValidator.Violation> v = violations("""
            id:m1 a nkg:Meeting ; nkg:participant person:robert-gates , person:ilham-aliev ;
                nkg:date "2010-06-06"^^xsd:date , "2010-06"^^xsd:gYearMonth ; nkg:evidence id:ev1 .
            """);
        assertTrue(v.stream().anyMatch(x -> x.message().startsWith("a meeting has at most one date")), v.toString());
    }

    @Test
    void aFactWithoutEvidenceIsCaught() {
        List<GraphValidator.Violation> v = violations("""
            id:v1 a nkg:Visit ; nkg:visitor person:robert-gates ; nkg:destination country:AZ .
            country:AZ a nkg:Country .
            """);
        assertEquals(1, v.size(), v.toString());
        assertEquals("every fact has evidence: at least one nkg:Evidence sentence", v.get(0).message());
    }

    @Test
    void aContributionFromAPersonIsCaught() {
        List<GraphValidator.Violation> v = violations("""
            person:robert-gates nkg:contributedTo mission:isaf .
            mission:isaf a nkg:Mission .
            id:c1 a nkg:Contribution ; nkg:contributor person:robert-gates ; nkg:mission mission:isaf ; nkg:evidence id:ev1 .
            """);
        assertTrue(v.stream().anyMatch(x -> x.focusNode().equals("<https://w3id.org/newskg/id/person/robert-gates>")
            && x.message().equals("only a Country contributes to a mission")), v.toString());
        assertTrue(v.stream().anyMatch(x -> x.focusNode().equals("<https://w3id.org/newskg/id/c1>")
            && x.message().equals("a contribution comes from exactly one Country")), v.toString());
    }

    @Test
    void evidenceOutOfRangeIsCaught() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(PREFIXES + EVIDENCE.replace("nkg:confidence 0.9", "nkg:confidence 1.5")), null, "TTL");
        List<GraphValidator.Violation> v = GraphValidator.standard().violations(m.getGraph());
        assertEquals(List.of("evidence has one confidence, a decimal in [0, 1]"), v.stream().map(GraphValidator.Violation::message).toList());
    }

    @Test
    void aBrokenArticleInABatchIsSkippedWhileTheRestLoad() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("seeds/000_14b2a5db9d82385e.txt"), in.resolve("good.txt"));
        Files.copy(Path.of("seeds/001_d8f434a453c3b2a8.txt"), in.resolve("broken.txt"));
        ArticleGraphMapper real = org.newskg.relation.Relations.graphMapper();
        Tdb2Store store = Tdb2Store.open(dir.resolve("tdb2"));
        BuildReport r = KnowledgeGraphBuilder.create().store(store).mapper(a -> {
            Model g = real.map(a);
            if (a.facts().article().sourceFile().equals("broken.txt")) {
                // a meeting with one participant and no evidence: what a buggy extractor could write
                Resource m = g.createResource("https://w3id.org/newskg/id/meeting/bad").addProperty(RDF.type, NKG.Meeting);
                m.addProperty(NKG.participant, g.createResource("https://w3id.org/newskg/id/person/robert-gates"));
            }
            return g;
        }).build().build(InputFiles.list(List.of(in)));
        assertEquals(1, r.loaded());
        assertEquals(1, r.skipped().size());
        BuildReport.Skipped s = r.skipped().get(0);
        assertEquals("broken.txt", s.sourceFile());
        assertTrue(s.reason().contains("violates ontology/shapes.ttl"), s.reason());
        assertTrue(s.reason().contains("focus <https://w3id.org/newskg/id/meeting/bad>"), s.reason());
        assertTrue(s.reason().contains("a meeting has at least two participants"), s.reason());
        assertTrue(s.reason().contains("every fact has evidence"), s.reason());
        assertEquals(1, store.articleHashes().size());
        assertTrue(store.articleHashes().containsKey("good.txt"));
        Graph all = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        store.dataset().executeRead(() -> store.datasetGraph().find().forEachRemaining(q -> all.add(q.asTriple())));
        assertEquals(List.of(), GraphValidator.standard().violations(all), "the seeds' graph conforms");
    }
}
