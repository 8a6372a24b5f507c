package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.ArticleReader;
import org.newskg.nlp.NlpPipeline;
import org.newskg.pipeline.KnowledgeGraphBuilder;
import org.newskg.store.Tdb2Store;

/** Live ingest over HTTP: authenticated POST of an article, queryable as soon as the response returns. */
class IngestTest {
    @TempDir
    static Path dir;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret".getBytes(StandardCharsets.UTF_8));

    @BeforeAll
    static void start() throws Exception {
        Tdb2Store store = Tdb2Store.open(dir.resolve("tdb2"));
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "# users allowed to ingest\nanalyst: s3cret\n");
        KnowledgeGraphBuilder builder = KnowledgeGraphBuilder.create().store(store).nlp(NlpPipeline.shared()).build();
        server = KgServer.create().store(store.location()).port(0)
            .passwordFile(passwd).ingest(new IngestServlet(builder, 10_000)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> post(String name, String auth, String type, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/ingest?name=" + name))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        // a client of its own: a refused POST's connection is closed by the server
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sparql(String q) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
            .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void anArticlePostedIsQueryableWhenTheResponseReturns() throws Exception {
        String article = "WASHINGTON, Nov. 13, 2017 — Defense Secretary Jim Mattis met with Georgian Defense Minister Levan Izoria "
            + "at the Pentagon today.\n";
        HttpResponse<String> r = post("live/izoria.txt", AUTH, "text/plain; charset=utf-8", article.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"sourceFile\":\"live/izoria.txt\"") && r.body().contains("\"meetings\":1"), r.body());
        String rows = sparql("PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?d WHERE { ?m a nkg:Meeting ; nkg:participant "
            + "<https://w3id.org/newskg/id/person/levan-izoria> ; nkg:date ?d }");
        assertEquals("d\r\n2017-11-13\r\n", rows);
    }

    @Test
    void withoutCredentialsNothingIsLoaded() throws Exception {
        HttpResponse<String> r = post("x.txt", null, "text/plain", "Some text about Azerbaijan.".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        String wrong = "Basic " + Base64.getEncoder().encodeToString("analyst:guess".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, post("x.txt", wrong, "text/plain", "Some text.".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertTrue(sparql("PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?a WHERE { ?a nkg:sourceFile 'x.txt' }").strip().equals("a"));
    }

    @Test
    void badBodiesGetClearErrors() throws Exception {
        HttpResponse<String> empty = post("e.txt", AUTH, "text/plain", new byte[0]);
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("empty file"), empty.body());
        HttpResponse<String> latin1 = post("l.txt", AUTH, "text/plain", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, latin1.statusCode());
        assertTrue(latin1.body().contains("not valid UTF-8"), latin1.body());
        assertEquals(415, post("j.txt", AUTH, "application/json", "{}".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(413, post("big.txt", AUTH, "text/plain", new byte[10_001]).statusCode());
        assertEquals(400, post("..%2Fescape.txt", AUTH, "text/plain", "Text.".getBytes(StandardCharsets.UTF_8)).statusCode());
        for (String bad : List.of("%00x.txt", "a%0Ab.txt", "%2Fabs.txt", "dir%2F..%2Fx.txt", ".hidden", "a%5Cb.txt", "a%E2%80%AEb.txt")) {
            HttpResponse<String> r = post(bad, AUTH, "text/plain", "Some text about Azerbaijan.".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(r.body().contains("relative file name"), r.body());
        }
        assertTrue(ArticleReader.DEFAULT_MAX_BYTES > 10_000);
    }

    @Test
    void reportCountsAndLabelsFollowEachIngestedArticle() throws Exception {
        String meeting = "BAKU, March 2, 2019 — Azerbaijani President Ilham Aliyev met with Georgian Prime Minister Mamuka Bakhtadze "
            + "in Baku today.\n";
        String count = "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?n WHERE { GRAPH <https://w3id.org/newskg/id/graph/entities> "
            + "{ ?m nkg:reportCount ?n } ?m a nkg:Meeting ; nkg:participant <https://w3id.org/newskg/id/person/mamuka-bakhtadze> }";
        assertEquals(201, post("count/a.txt", AUTH, "text/plain", meeting.getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals("n\r\n1\r\n", sparql(count));
        // the same bytes again, under another name: a copy, not a second report
        HttpResponse<String> copy = post("count/copy.txt", AUTH, "text/plain", meeting.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, copy.statusCode(), copy.body());
        assertEquals("{\"sourceFile\":\"count/copy.txt\",\"duplicateOf\":\"count/a.txt\"}", copy.body().strip());
        assertEquals("n\r\n1\r\n", sparql(count), "a copy does not corroborate");
        HttpResponse<String> again = post("count/a.txt", AUTH, "text/plain", meeting.getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"sourceFile\":\"count/a.txt\",\"unchanged\":true}", again.body().strip());
        String second = "BAKU, March 2, 2019 — Azerbaijani President Ilham Aliyev met with Georgian Prime Minister Mamuka Bakhtadze "
            + "in Baku today, his office said.\n";
        assertEquals(201, post("count/b.txt", AUTH, "text/plain", second.getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals("n\r\n2\r\n", sparql(count), "a second article reports the same meeting");
        String other = "BAKU, March 2, 2019 — Azerbaijani President Ilham Aliyev spoke of the economy in Baku today.\n";
        // a name already in the store is not replaced unless the client says so
        HttpResponse<String> taken = post("count/b.txt", AUTH, "text/plain", other.getBytes(StandardCharsets.UTF_8));
        assertEquals(409, taken.statusCode(), taken.body());
        assertTrue(taken.body().contains("replace=true"), taken.body());
        assertEquals("n\r\n2\r\n", sparql(count));
        assertEquals(201, post("count/b.txt&replace=true", AUTH, "text/plain", other.getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals("n\r\n1\r\n", sparql(count), "b.txt replaced: it no longer reports the meeting");
        String label = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { GRAPH <https://w3id.org/newskg/id/graph/entities> "
            + "{ <https://w3id.org/newskg/id/person/mamuka-bakhtadze> rdfs:label ?l } }";
        assertEquals("l\r\nMamuka Bakhtadze\r\n", sparql(label));
    }
}
