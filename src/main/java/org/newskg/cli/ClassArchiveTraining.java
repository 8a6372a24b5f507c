package org.newskg.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newskg.serve.KgServer;
import org.newskg.store.Folders;

/**
 * The run {@code mvn package} records newskg's class-data sharing archive from (with
 * {@code -XX:ArchiveClassesAtExit=target/newskg.jsa}; see {@link Launcher}): the classes a first
 * hour uses, loaded once. It builds a folder of articles into a scratch store (CoreNLP, the rules,
 * Jena, TDB2, the shapes), serves the store on a free loopback port and asks it what a user's first
 * requests ask (a SPARQL query, the home page, an entity's page and its Turtle), then stops.
 * A failure ends the run with status 1 and the reason, and the build says so.
 *
 * <p>{@code java -XX:ArchiveClassesAtExit=target/newskg.jsa -cp target/newskg.jar org.newskg.cli.ClassArchiveTraining seeds}
 */
public final class ClassArchiveTraining {
    private ClassArchiveTraining() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: ClassArchiveTraining ARTICLES-DIR");
            System.exit(2);
        }
        Path store = Files.createTempDirectory("newskg-class-archive");
        try {
            int built = NewsKg.run("build", "--threads", "1", "--store", store.resolve("tdb2").toString(), args[0]);
            if (built != 0) {
                throw new IllegalStateException("building " + args[0] + " failed with status " + built);
            }
            KgServer server = KgServer.create().store(store.resolve("tdb2")).port(0).build().start();
            try {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newHttpClient();
                String person = get(http, base + "/kg/sparql?query=" + URLEncoder.encode(
                    "SELECT ?p WHERE { GRAPH ?g { ?p a <https://w3id.org/newskg/ontology#Person> } } ORDER BY ?p LIMIT 1",
                    StandardCharsets.UTF_8), "text/csv").lines().skip(1).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no person in the graph of " + args[0])).strip();
                get(http, base + "/", "text/html");
                String page = base + "/id/" + person.substring(person.indexOf("/id/") + "/id/".length());
                get(http, page, "text/html");
                get(http, page, "text/turtle");
            } finally {
                server.stop();
            }
        } finally {
            Folders.delete(store);
        }
        System.exit(0); // the build's worker threads are daemons; the archive is written at exit
    }

    private static String get(HttpClient http, String url, String accept) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body();
    }
}
