package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void sparqlOverHttpAndGraphStoreWrites() throws Exception {
        Tdb2Store store = Tdb2Store.open(dir.resolve("tdb2"));
        KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(Path.of("seeds/001_d8f434a453c3b2a8.txt"))));
        KgServer server = KgServer.create().store(store.location()).port(0).build().start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String q = "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?c WHERE { ?c a nkg:Country ; nkg:isoCode 'AZ' }";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("https://w3id.org/newskg/id/country/AZ"), r.body());
            assertTrue(server.datasetUrl().startsWith("http://localhost:"), server.datasetUrl());

            // build --endpoint writes an article graph over the Graph Store Protocol
            RemoteStore remote = new RemoteStore(server.datasetUrl());
            var m = ModelFactory.createDefaultModel();
            m.createResource("https://w3id.org/newskg/id/article/remote").addProperty(RDF.type, NKG.Article)
                .addProperty(NKG.sourceFile, "remote.txt").addProperty(NKG.contentHash, "abc");
            remote.replaceArticle("https://w3id.org/newskg/id/article/remote", m);
            assertEquals("abc", remote.articleHashes().get("remote.txt"));
            assertEquals(2, remote.articleHashes().size());

            HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ui.statusCode());
        } finally {
            server.stop();
        }
    }
}
