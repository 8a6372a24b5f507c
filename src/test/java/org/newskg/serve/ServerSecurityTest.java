package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.InputFiles;
import org.newskg.pipeline.KnowledgeGraphBuilder;
import org.newskg.store.Tdb2Store;

/**
 * The security cases of a served store, as real HTTP round trips on loopback: a read-only server
 * cannot be written to, a writable one only with a login and never from another site, SERVICE and
 * LOAD are refused, heavy queries end at the timeout, failed logins are throttled.
 */
class ServerSecurityTest {
    @TempDir
    static Path dir;
    static Path store;
    static Path passwd;
    static KgServer readOnly;
    static KgServer writable;
    static final String GOOD = basic("analyst", "s3cret");
    static final String BAD = basic("analyst", "guess");
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @BeforeAll
    static void start() throws Exception {
        store = dir.resolve("tdb2");
        Tdb2Store s = Tdb2Store.open(store);
        KnowledgeGraphBuilder.create().store(s).build().build(InputFiles.list(List.of(Path.of("seeds"))));
        passwd = dir.resolve("passwd");
        Files.writeString(passwd, "analyst: s3cret\n");
        readOnly = KgServer.create().store(store).port(0).queryTimeout(Duration.ofSeconds(1)).build().start();
        // both servers share one store, and so its context: the same timeout for both
        writable = KgServer.create().store(store).port(0).passwordFile(passwd).admin(true).queryTimeout(Duration.ofSeconds(1)).build().start();
    }

    @AfterAll
    static void stop() {
        readOnly.stop();
        writable.stop();
        assertFalse(Files.exists(Path.of(System.getProperty("FUSEKI_BASE"))), "the admin work folder is gone with its server");
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        // a client of its own for each request: a server that refuses a request without reading its
        // body closes the connection, and a shared client could send the next request into it
        return HttpClient.newHttpClient().send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder form(KgServer s, String path, String field, String value) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + s.port() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    }

    static long quads(KgServer s) throws Exception {
        HttpResponse<String> r = send(form(s, "/kg/sparql", "query", COUNT).header("Accept", "text/csv"));
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().toList().get(1).strip());
    }

    @Test
    void aReadOnlyServerRefusesEveryWrite() throws Exception {
        long before = quads(readOnly);
        assertTrue(before > 400, "the seeds are in the store: " + before);
        String base = "http://localhost:" + readOnly.port();
        List<HttpResponse<String>> attempts = List.of(
            send(form(readOnly, "/kg/update", "update", "DROP ALL")),
            send(form(readOnly, "/kg", "update", "DROP ALL")),
            send(HttpRequest.newBuilder(URI.create(base + "/kg/update")).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL"))),
            send(HttpRequest.newBuilder(URI.create(base + "/kg/data?default")).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))),
            send(HttpRequest.newBuilder(URI.create(base + "/kg/data?graph=https://w3id.org/newskg/id/article/x")).DELETE()),
            send(HttpRequest.newBuilder(URI.create(base + "/kg?default")).DELETE()),
            send(HttpRequest.newBuilder(URI.create(base + "/$/datasets?dbName=x&dbType=mem")).POST(HttpRequest.BodyPublishers.noBody())),
            send(HttpRequest.newBuilder(URI.create(base + "/$/datasets/kg")).DELETE()),
            send(HttpRequest.newBuilder(URI.create(base + "/$/compact/kg")).POST(HttpRequest.BodyPublishers.noBody())),
            send(HttpRequest.newBuilder(URI.create(base + "/$/backup/kg")).POST(HttpRequest.BodyPublishers.noBody())));
        for (HttpResponse<String> r : attempts) {
            assertTrue(r.statusCode() >= 400, r.request().method() + " " + r.request().uri() + " -> " + r.statusCode() + " " + r.body());
        }
        assertEquals(before, quads(readOnly));
        assertFalse(Files.exists(Path.of("run")), "the admin API wrote nothing into the working folder");
        // reads stay open: a graph over the Graph Store Protocol, the UI's server description
        HttpResponse<String> g = send(HttpRequest.newBuilder(URI.create(base + "/kg/data?graph=https://w3id.org/newskg/id/graph/entities"))
            .header("Accept", "application/n-triples"));
        assertEquals(200, g.statusCode());
        assertTrue(g.body().contains("http://www.w3.org/2000/01/rdf-schema#label"), g.body());
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/$/server"))).statusCode());
    }

    @Test
    void writesNeedALoginAndNeverComeFromAnotherSite() throws Exception {
        String base = "http://localhost:" + writable.port();
        String insert = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:b> \"c\" } }";
        HttpResponse<String> anonymous = send(form(writable, "/kg/update", "update", insert));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals(401, send(form(writable, "/kg/update", "update", insert).header("Authorization", basic("mallory", "x"))).statusCode());
        // the analyst's browser, logged in, on a page of another site: refused before anything runs
        HttpResponse<String> csrf = send(form(writable, "/kg/update", "update", "DROP ALL").header("Authorization", GOOD)
            .header("Origin", "http://evil.example"));
        assertEquals(403, csrf.statusCode(), csrf.body());
        assertTrue(csrf.body().contains("cross-site request refused"), csrf.body());
        assertEquals(403, send(HttpRequest.newBuilder(URI.create(base + "/kg/data?graph=urn:test:g")).header("Authorization", GOOD)
            .header("Sec-Fetch-Site", "cross-site").DELETE()).statusCode());
        // the same page of this server may
        HttpResponse<String> ok0 = send(form(writable, "/kg/update", "update", insert).header("Authorization", GOOD));
        assertEquals(200, ok0.statusCode(), "no origin " + ok0.body());
        HttpResponse<String> ok = send(form(writable, "/kg/update", "update", insert).header("Authorization", GOOD)
            .header("Origin", base));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(send(form(writable, "/kg/sparql", "query", "ASK { GRAPH <urn:test:g> { <urn:test:a> ?p ?o } }")
            .header("Accept", "text/csv")).body().contains("true"));
        // Graph Store: reads open, writes with a login
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/kg/data?graph=urn:test:g"))).statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(base + "/kg/data?graph=urn:test:g")).DELETE()).statusCode());
        assertTrue(send(HttpRequest.newBuilder(URI.create(base + "/kg/data?graph=urn:test:g")).header("Authorization", GOOD).DELETE())
            .statusCode() < 300);
        // the admin API, asked for, is behind the same login
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(base + "/$/datasets"))).statusCode());
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/$/datasets")).header("Authorization", GOOD)).statusCode());
    }

    @Test
    void serviceAndLoadAreRefused() throws Exception {
        String service = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + writable.port() + "/kg/sparql> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> s = send(form(readOnly, "/kg/sparql", "query", service));
        assertTrue(s.statusCode() >= 400, s.statusCode() + " " + s.body());
        Path secret = dir.resolve("secret.ttl");
        Files.writeString(secret, "<urn:s> <urn:p> \"secret\" .\n");
        for (String target : List.of(secret.toUri().toString(), "file:///no/such/file.ttl", "http://127.0.0.1:" + readOnly.port() + "/kg/data")) {
            HttpResponse<String> r = send(form(writable, "/kg/update", "update", "LOAD <" + target + "> INTO GRAPH <urn:test:loaded>")
                .header("Authorization", GOOD));
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.body().contains("LOAD is disabled"), r.body());
            assertFalse(r.body().contains("secret") || r.body().contains("no/such"), r.body());
        }
        assertTrue(send(form(writable, "/kg/sparql", "query", "ASK { GRAPH <urn:test:loaded> { ?s ?p ?o } }")
            .header("Accept", "text/csv")).body().contains("false"));
    }

    @Test
    void heavyQueriesEndAtTheTimeoutAndOthersKeepAnswering() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> cartesian = send(form(readOnly, "/kg/sparql", "query",
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, cartesian.statusCode(), "cancelled, not answered: " + cartesian.body());
        assertTrue(ms < 10_000, "cancelled at the 1 s timeout, not run to the end: " + ms + " ms");
        HttpResponse<String> sort = send(form(readOnly, "/kg/sparql", "query", "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"));
        assertEquals(503, sort.statusCode(), "cancelled, not answered: " + sort.body().length());
        // the server still answers
        assertTrue(quads(readOnly) > 400);
    }

    @Test
    void theLoadTestReportsEachKindOfRequest() throws Exception {
        org.newskg.bench.LoadTest.Result r = org.newskg.bench.LoadTest.create().server("http://localhost:" + readOnly.port())
            .clients(2).heavyClients(1).duration(Duration.ofSeconds(3))
            .queries(List.of(Path.of("queries/meetings.rq"), Path.of("queries/articles.rq")))
            .serverPid(ProcessHandle.current().pid()).build().run();
        org.newskg.bench.LoadTest.Stats q = r.stats().stream().filter(s -> s.kind().equals("query")).findFirst().orElseThrow();
        assertTrue(q.requests() > 2 && q.errors() == 0 && q.statuses().keySet().equals(java.util.Set.of(200)), q.toString());
        assertTrue(q.p50Millis() > 0 && q.p99Millis() >= q.p50Millis(), q.toString());
        org.newskg.bench.LoadTest.Stats h = r.stats().stream().filter(s -> s.kind().equals("heavy")).findFirst().orElseThrow();
        assertTrue(h.requests() >= 1 && h.statuses().keySet().stream().allMatch(c -> c >= 500), "heavy queries end at the timeout: " + h);
        assertTrue(r.maxRssBytes().orElseThrow() > 10_000_000, r.report());
        assertTrue(r.report().contains("query ") && r.report().contains("p99"), r.report());
    }

    @Test
    void failedLoginsAreThrottled() throws Exception {
        // a server of its own, so that other tests' logins do not count
        KgServer s = KgServer.create().store(store).port(0).passwordFile(passwd).build().start();
        try {
            String insert = "INSERT DATA { GRAPH <urn:test:t> { <urn:test:a> <urn:test:b> 1 } }";
            for (int i = 0; i < RequestGuard.LoginThrottle.MAX_FAILURES; i++) {
                assertEquals(401, send(form(s, "/kg/update", "update", insert).header("Authorization", BAD)).statusCode());
            }
            HttpResponse<String> locked = send(form(s, "/kg/update", "update", insert).header("Authorization", GOOD));
            assertEquals(429, locked.statusCode(), locked.body());
            assertTrue(locked.headers().firstValue("Retry-After").isPresent());
            // reads need no login and are not throttled
            assertTrue(quads(s) > 400);
        } finally {
            s.stop();
        }
    }

    @Test
    void crossSiteIsJudgedByOriginAndFetchMetadata() {
        assertFalse(RequestGuard.crossSite(new FakeRequest("localhost:3030", "http://localhost:3030", null)));
        assertTrue(RequestGuard.crossSite(new FakeRequest("localhost:3030", "http://evil.example", null)));
        assertTrue(RequestGuard.crossSite(new FakeRequest("localhost:3030", "http://localhost:3031", null)));
        assertTrue(RequestGuard.crossSite(new FakeRequest("localhost:3030", "null", null)));
        assertTrue(RequestGuard.crossSite(new FakeRequest("localhost:3030", null, "cross-site")));
        assertFalse(RequestGuard.crossSite(new FakeRequest("localhost:3030", null, null)), "curl and scripts send no Origin");
        assertFalse(RequestGuard.crossSite(new FakeRequest("example.org", "http://example.org", "same-origin")));
    }

    /** Just the headers {@link RequestGuard#crossSite} reads. */
    static final class FakeRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final java.util.Map<String, String> headers = new java.util.HashMap<>();

        FakeRequest(String host, String origin, String fetchSite) {
            super((jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(FakeRequest.class.getClassLoader(),
                new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class}, (p, m, a) -> m.getName().equals("isSecure") ? false : null));
            headers.put("Host", host);
            headers.put("Origin", origin);
            headers.put("Sec-Fetch-Site", fetchSite);
        }

        @Override
        public String getHeader(String name) {
            return headers.get(name);
        }
    }
}
