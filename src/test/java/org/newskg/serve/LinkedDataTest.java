package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.InputFiles;
import org.newskg.pipeline.KnowledgeGraphBuilder;
import org.newskg.rdf.NKG;
import org.newskg.store.Tdb2Store;

/** The seeds served as linked data: real HTTP round trips against an embedded server on a free loopback port. */
class LinkedDataTest {
    @TempDir
    static Path dir;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String COOPER = "https://w3id.org/newskg/id/person/laura-cooper";

    @BeforeAll
    static void serveTheSeeds() throws Exception {
        Tdb2Store store = Tdb2Store.open(dir.resolve("seeds"));
        KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(Path.of("seeds"))));
        store.close();
        server = KgServer.create().store(dir.resolve("seeds")).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(m);
        return m;
    }

    @Test
    void aPersonsIriAnswersTurtleWithHerLabelAndMeetingsIncomingLinksIncluded() throws Exception {
        HttpResponse<String> r = get("/id/person/laura-cooper", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), r.headers().toString());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertTrue(r.body().contains("PREFIX nkg:"), "with prefixes");
        Model m = parse(r.body(), Lang.TURTLE);
        Resource cooper = m.createResource(COOPER);
        assertTrue(m.contains(cooper, RDFS.label, "Laura Cooper"));
        // her meetings point to her: the description includes the incoming nkg:participant links
        List<Resource> meetings = m.listSubjectsWithProperty(NKG.participant, cooper).toList();
        assertEquals(1, meetings.size(), meetings.toString());
        assertTrue(m.contains(cooper, NKG.metWith, m.createResource("https://w3id.org/newskg/id/person/ilham-aliev")));
    }

    @Test
    void theSameIriAnswersEveryRdfFormAndHtmlByAcceptOrSuffix() throws Exception {
        Model jsonld = parse(get("/id/person/laura-cooper", "application/ld+json").body(), Lang.JSONLD);
        assertTrue(jsonld.contains(jsonld.createResource(COOPER), RDFS.label, "Laura Cooper"), "JSON-LD parses and says the same");
        assertTrue(parse(get("/id/person/laura-cooper", "application/n-triples").body(), Lang.NTRIPLES).contains(null, NKG.participant,
            jsonld.createResource(COOPER)));
        assertTrue(parse(get("/id/person/laura-cooper", "application/rdf+xml").body(), Lang.RDFXML).size() > 5);
        for (String[] s : new String[][] {{".ttl", "text/turtle"}, {".jsonld", "application/ld+json"}, {".nt", "application/n-triples"},
            {".rdf", "application/rdf+xml"}}) {
            HttpResponse<String> r = get("/id/person/laura-cooper" + s[0], "text/html");
            assertEquals(200, r.statusCode(), s[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(s[1]), s[0] + " " + r.headers());
        }
        // a browser's Accept gets the page; q-values count
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        assertTrue(get("/id/person/laura-cooper", browser).headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(get("/id/person/laura-cooper", "text/html;q=0.2, text/turtle;q=0.9").headers().firstValue("Content-Type").orElse("")
            .startsWith("text/turtle"));
    }

    @Test
    void aPersonsPageShowsTheMeetingWithItsDatePlaceSentenceAndLinks() throws Exception {
        HttpResponse<String> r = get("/id/person/laura-cooper", "text/html");
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("<a href=\"/id/person/ilham-aliev\">Ilham Aliyev</a>"), page);
        assertTrue(page.contains("<time>2018-12-04</time>") && page.contains(" in Baku"), page);
        assertTrue(page.contains("(“on Tuesday”, weekday-before-anchor-past-tense)"), "how the date was read");
        assertTrue(page.contains("<q>Laura Cooper, the U.S. Deputy Assistant Secretary of Defense for Russia, Ukraine, Eurasia, met with President "
            + "Ilham Aliyev and Defense Minister Zakir Hasanov in Baku on Tuesday.</q>"), page);
        assertTrue(page.contains("href=\"/id/article/000_14b2a5db9d82385e.txt#ev-595-752\""), "the evidence links to its highlight");
        assertTrue(page.contains("<svg") && page.contains("aria-label=\"Laura Cooper and the people they met\""), "the who-met-whom picture");
        assertTrue(!page.contains("<script"), "no JavaScript");
    }

    @Test
    void countryMissionFactAndArticlePages() throws Exception {
        String az = get("/id/country/AZ", "text/html").body();
        assertTrue(az.contains("Visit</a> by <a href=\"/id/person/laura-cooper\">Laura Cooper</a>"), az);
        assertTrue(az.contains("<a href=\"/id/person/ilham-aliev\">Ilham Aliyev</a>, <a href=\"/id/position/"), "its people and their posts");
        assertTrue(az.contains("Same as <a href=\"http://www.wikidata.org/entity/Q227\">"), az);
        String isaf = get("/id/mission/isaf", "text/html").body();
        assertTrue(isaf.contains("<a href=\"/id/country/AZ\">Azerbaijan</a> — "), isaf);
        String article = get("/id/article/000_14b2a5db9d82385e.txt", "text/html").body();
        // the meeting's sentence is marked, and so is the title inside it ("President Ilham Aliyev", a position's evidence)
        int meetingMark = article.indexOf("<mark id=\"ev-595-752\">");
        assertTrue(meetingMark >= 0, article);
        int inner = article.indexOf("<mark id=\"ev-695-717\">President Ilham Aliyev</mark><sup><a class=\"fact\" href=\"/id/position/");
        int meetingEnd = article.indexOf("</mark><sup><a class=\"fact\" href=\"/id/meeting/", meetingMark);
        assertTrue(meetingMark < inner && inner < meetingEnd, article);
        String meetingPath = article.substring(meetingEnd + "</mark><sup><a class=\"fact\" href=\"".length());
        meetingPath = meetingPath.substring(0, meetingPath.indexOf('"'));
        String meeting = get(meetingPath, "text/html").body();
        assertTrue(meeting.contains("Meeting: ") && meeting.contains("<a href=\"/id/place/AZ-baku\">Baku</a>"), meeting);
        assertTrue(meeting.contains("“on Tuesday” by weekday-before-anchor-past-tense against 2018-12-07"), meeting);
    }

    @Test
    void unknownIrisAre404AndNothingElseAnswersThere() throws Exception {
        HttpResponse<String> page = get("/id/person/nobody-here", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("nothing in this store is called &lt;https://w3id.org/newskg/id/person/nobody-here&gt;"), page.body());
        assertEquals(404, get("/id/person/nobody-here", "text/turtle").statusCode());
        assertEquals(404, get("/queries/nothing.rq", null).statusCode());
    }

    @Test
    void voidAtBothAddressesCountsWhatTheStoreHolds() throws Exception {
        for (String path : List.of("/.well-known/void", "/void")) {
            HttpResponse<String> r = get(path, null);
            assertEquals(200, r.statusCode(), path);
            Model m = parse(r.body(), Lang.TURTLE);
            String v = "http://rdfs.org/ns/void#";
            Resource ds = m.listSubjectsWithProperty(RDF.type, m.createResource(v + "Dataset")).next();
            long triples = ds.getProperty(m.createProperty(v, "triples")).getLong();
            HttpResponse<String> count = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                + java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", java.nio.charset.StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(Long.toString(triples), count.body().lines().toList().get(1).strip());
            assertTrue(ds.hasProperty(m.createProperty(v, "sparqlEndpoint"), m.createResource("http://localhost:" + server.port() + "/kg/sparql")));
            assertTrue(ds.hasProperty(m.createProperty(v, "dataDump")));
            assertTrue(ds.hasProperty(m.createProperty(v, "vocabulary"), m.createResource(NKG.NS)));
            assertTrue(ds.hasProperty(org.apache.jena.vocabulary.DCTerms.license) && ds.hasProperty(org.apache.jena.vocabulary.DCTerms.created));
            assertEquals(2, m.listSubjectsWithProperty(m.createProperty(v, "class"), m.createResource(NKG.NS + "Article")).next()
                .getProperty(m.createProperty(v, "entities")).getInt());
        }
        HttpResponse<String> dump = get("/dump.nq", null);
        assertTrue(dump.body().contains("<https://w3id.org/newskg/id/country/AZ>"), "the dump link works");
    }

    @Test
    void serviceDescriptionOntologySearchAndQueries() throws Exception {
        HttpResponse<String> sd = get("/kg/sparql", null);
        assertEquals(200, sd.statusCode());
        Model m = parse(sd.body(), Lang.TURTLE);
        assertTrue(m.contains(null, m.createProperty("http://www.w3.org/ns/sparql-service-description#endpoint"),
            m.createResource(server.datasetUrl() + "/sparql")), sd.body());
        HttpResponse<String> onto = get("/ontology", "text/html");
        assertTrue(onto.body().contains("nkg:Meeting") && onto.body().contains("<img src=\"/ontology/classes.svg\""), onto.body());
        assertEquals("Accept", onto.headers().firstValue("Vary").orElse(""), "/ontology negotiates HTML or Turtle");
        assertEquals(200, get("/ontology/classes.svg", null).statusCode());
        Model ontology = parse(get("/ontology", "text/turtle").body(), Lang.TURTLE);
        assertTrue(ontology.contains(ontology.createResource(NKG.NS + "Meeting"), RDF.type, org.apache.jena.vocabulary.OWL.Class));
        // search: case- and accent-insensitive, over labels and other names
        for (String q : List.of("aliyev", "ALIYEV", "Alíyev", "ilham")) {
            assertTrue(get("/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), null).body()
                .contains("<a href=\"/id/person/ilham-aliev\">Ilham Aliyev</a>"), q);
        }
        assertTrue(get("/search?q=isaf", null).body().contains("<a href=\"/id/mission/isaf\">"), "other names count");
        assertTrue(get("/search?q=zzzz", null).body().contains("Nothing is called “zzzz”"));
        String queries = get("/queries", null).body();
        assertTrue(queries.contains("<a href=\"/queries/meetings.rq\">meetings.rq</a>"), queries);
        String meetings = get("/queries/meetings.rq", null).body();
        assertTrue(meetings.contains("<td><a href=\"/id/person/laura-cooper\">Laura Cooper</a></td>") || meetings.contains(">Laura Cooper<"),
            meetings);
    }
}
