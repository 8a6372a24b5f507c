package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.InputFiles;
import org.newskg.pipeline.KnowledgeGraphBuilder;
import org.newskg.rdf.NKG;
import org.newskg.store.RemoteStore;
import org.newskg.store.Tdb2Store;

/** Real HTTP round trips against Fuseki on a free loopback port. */
class KgServerTest {
    @TempDir
    Path dir;

    @Test
    void theSeedsAnswerWhoMetAliyevWhenAndWhereThroughSparql() throws Exception {
        Tdb2Store store = Tdb2Store.open(dir.resolve("seeds"));
        KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(Path.of("seeds"))));
        KgServer server = KgServer.create().store(store.location()).port(0).build().start();
        try {
            String q = "PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?who ?date ?place ?sentence WHERE { ?m a nkg:Meeting ; nkg:participant ?a , ?p ; nkg:date ?date ; "
                + "nkg:place/rdfs:label ?place ; nkg:evidence/nkg:sentenceText ?sentence . ?a rdfs:label 'Ilham Aliyev' . "
                + "?p rdfs:label ?who FILTER(?p != ?a) } ORDER BY ?date";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            List<String> lines = r.body().lines().toList();
            assertEquals("?who\t?date\t?place\t?sentence", lines.get(0));
            assertTrue(lines.get(1).startsWith("\"Robert M. Gates\"\t\"2010-06-06\"^^<http://www.w3.org/2001/XMLSchema#date>\t\"Baku\"\t"
                + "\"After arriving in the Azerbaijani capital of Baku yesterday, Gates visited with President Ilham Aliyev"), lines.get(1));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"Laura Cooper\"\t\"2018-12-04\"^^<http://www.w3.org/2001/XMLSchema#date>\t\"Baku\"\t"
                + "\"Laura Cooper, the U.S. Deputy Assistant Secretary of Defense for Russia, Ukraine, Eurasia, met with President Ilham Aliyev")), r.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void sparqlOverHttpAndGraphStoreWrites() throws Exception {
        Tdb2Store store = Tdb2Store.open(dir.resolve("tdb2"));
        KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(Path.of("seeds/001_d8f434a453c3b2a8.txt"))));
        Path passwd = java.nio.file.Files.writeString(dir.resolve("passwd"), "builder: b-pass\n");
        KgServer server = KgServer.create().store(store.location()).port(0).passwordFile(passwd).build().start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String q = "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?c WHERE { ?c a nkg:Country ; nkg:isoCode 'AZ' }";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("https://w3id.org/newskg/id/country/AZ"), r.body());
            assertTrue(server.datasetUrl().startsWith("http://localhost:"), server.datasetUrl());

            // build --endpoint writes an article graph over the Graph Store Protocol
            assertThrows(org.newskg.store.StoreException.class, () -> new RemoteStore(server.datasetUrl())
                .replaceArticle("https://w3id.org/newskg/id/article/anonymous", ModelFactory.createDefaultModel()), "writes need a login");
            RemoteStore remote = new RemoteStore(server.datasetUrl(), "builder", "b-pass");
            var m = ModelFactory.createDefaultModel();
            m.createResource("https://w3id.org/newskg/id/article/remote").addProperty(RDF.type, NKG.Article)
                .addProperty(NKG.sourceFile, "remote.txt").addProperty(NKG.contentHash, "abc");
            remote.replaceArticle("https://w3id.org/newskg/id/article/remote", m);
            assertEquals("abc", remote.articleHashes().get("remote.txt"));
            assertEquals(2, remote.articleHashes().size());

            // the derived statements of a few subjects, recomputed over SPARQL Update
            m.createResource("https://w3id.org/newskg/id/person/remote-person").addProperty(RDF.type, NKG.Person)
                .addProperty(org.apache.jena.vocabulary.SKOS.altLabel, "R. Person").addProperty(org.apache.jena.vocabulary.SKOS.altLabel, "Remote Person");
            remote.replaceArticle("https://w3id.org/newskg/id/article/remote", m);
            remote.refreshDerived(List.of("https://w3id.org/newskg/id/person/remote-person"));
            String label = "SELECT ?l WHERE { GRAPH <https://w3id.org/newskg/id/graph/entities> "
                + "{ <https://w3id.org/newskg/id/person/remote-person> <http://www.w3.org/2000/01/rdf-schema#label> ?l } }";
            HttpResponse<String> l = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(label, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("l\r\nRemote Person\r\n", l.body());

            HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ui.statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void builtInConfigurationIsReadFromTheJarWhereverNewskgRuns(@TempDir Path dir) throws Exception {
        // a jar holding the configuration, as target/newskg.jar does
        Path jar = dir.resolve("kg.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("fuseki-config.ttl"));
            out.write(java.nio.file.Files.readAllBytes(Path.of("fuseki-config.ttl")));
            out.closeEntry();
        }
        java.net.URL inJar = new java.net.URL("jar:" + jar.toUri() + "!/fuseki-config.ttl");
        // what serve did before: Jena cannot open a jar: URL, so serve failed outside the project folder
        org.junit.jupiter.api.Assertions.assertThrows(org.apache.jena.riot.RiotNotFoundException.class,
            () -> org.apache.jena.riot.RDFDataMgr.read(ModelFactory.createDefaultModel(), inJar.toString()));
        org.apache.jena.rdf.model.Model m = ModelFactory.createDefaultModel();
        try (java.io.InputStream in = inJar.openStream()) {
            KgServer.readConfig(m, in);
        }
        org.apache.jena.rdf.model.Property location = m.createProperty("http://jena.apache.org/2016/tdb#location");
        assertTrue(m.contains(null, location), "the configuration names a TDB2 location");
        // and with no configuration file in the working folder, the built-in copy is used
        assertTrue(KgServer.loadConfig(dir.resolve("no-such-config.ttl")).contains(null, location));
    }
}
