package org.newskg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Tdb2Store;

/**
 * kill -9 of a child {@code build} between and during its commits, and of {@code serve} during
 * live ingest: the store afterwards opens, conforms to the shapes, holds every article whose
 * commit was acknowledged, each of them whole, and the next build completes it.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Lets another process lock the store: an in-process command keeps TDB2's connection to it open. */
    static void releaseInProcess(Path store) {
        Tdb2Store held = Tdb2Store.open(store);
        held.dataset();
        held.release();
    }

    private Path corpus(int n) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        // more articles of the same kind, each its own file: the seeds with another dateline date
        String base = Files.readString(Path.of("seeds/001_d8f434a453c3b2a8.txt"));
        for (int i = 0; i < n - 2; i++) {
            Files.writeString(in.resolve(String.format("copy-%02d.txt", i)), base + "\nEditor's note " + i + ".\n");
        }
        return in;
    }

    /** Quads per article graph, by source file. */
    private static Map<String, Long> graphSizes(Path store) {
        Map<String, Long> out = new TreeMap<>();
        Tdb2Store s = Tdb2Store.open(store);
        try {
            org.apache.jena.system.Txn.executeRead(s.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecution.create("PREFIX nkg: <https://w3id.org/newskg/ontology#> "
                    + "SELECT ?f (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g nkg:sourceFile ?f . ?s ?p ?o } } GROUP BY ?f", s.dataset())) {
                    qe.execSelect().forEachRemaining(r -> out.put(r.getLiteral("f").getString(), r.getLiteral("n").getLong()));
                }
            });
        } finally {
            s.release();
        }
        return out;
    }

    @Test
    void aBuildKilledBetweenOrDuringCommitsLosesNothingItAcknowledged() throws Exception {
        Path in = corpus(8);
        Path reference = dir.resolve("reference");
        Process whole = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), "org.newskg.testing.ChunkedBuild",
            reference.toString(), in.toString()).redirectErrorStream(true).start();
        List<String> wholeOut = new String(whole.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, whole.waitFor(), String.join("\n", wholeOut));
        Map<String, Long> expected = graphSizes(reference);
        assertEquals(8, expected.size(), expected.toString());
        // kill after the first commit, in the middle of the run, and while the last commit may be in flight
        for (int killAfter : new int[] {1, 4, 7}) {
            Path store = dir.resolve("killed-" + killAfter);
            Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), "org.newskg.testing.ChunkedBuild",
                store.toString(), in.toString()).redirectErrorStream(true).start();
            List<String> acknowledged = new ArrayList<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while (acknowledged.size() < killAfter && (line = out.readLine()) != null) {
                if (line.startsWith("loaded ")) {
                    acknowledged.add(line.substring(7));
                }
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            Map<String, Long> after = graphSizes(store);
            for (String a : acknowledged) {
                assertEquals(expected.get(a), after.get(a), a + " was acknowledged, so it is there, whole (killed after " + killAfter + ")");
            }
            after.forEach((a, n) -> assertEquals(expected.get(a), n, a + " is whole or absent, never half written"));
            org.newskg.testing.Cli.Run v = BadInputTest.run("validate", "--store", store.toString());
            assertEquals(0, v.code(), v.out());
            org.newskg.testing.Cli.Run b = BadInputTest.run("build", "--store", store.toString(), in.toString());
            assertEquals(0, b.code(), b.out() + b.err());
            assertEquals(expected.keySet(), graphSizes(store).keySet(), "the next build completes the store");
        }
    }

    @Test
    void aServerKilledDuringLiveIngestKeepsEveryAcknowledgedArticle() throws Exception {
        Path store = dir.resolve("served");
        Path passwd = Files.writeString(dir.resolve("passwd"), "analyst: s3cret\n");
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> acknowledged = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret".getBytes(StandardCharsets.UTF_8));
        String base = Files.readString(Path.of("seeds/000_14b2a5db9d82385e.txt"));
        for (int round = 0; round < 2; round++) {
            Process serve = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), "org.newskg.cli.NewsKg", "serve",
                "--store", store.toString(), "--port", Integer.toString(port), "--password-file", passwd.toString())
                .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("serving ")) {
                // start-up log
            }
            assertTrue(line != null, "serve started");
            Thread drain = new Thread(() -> {
                try {
                    out.transferTo(java.io.Writer.nullWriter());
                } catch (java.io.IOException e) {
                    // the process is gone
                }
            });
            drain.start();
            // posts in flight while the server is killed: some acknowledged, one maybe cut off mid-commit
            int kill = round == 0 ? 2 : 5;
            for (int i = 0; i < 8; i++) {
                String name = "live/r" + round + "-" + i + ".txt";
                HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ingest?name=" + name))
                    .header("Authorization", auth).header("Content-Type", "text/plain; charset=utf-8").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(base + "\nUpdate " + round + "-" + i + ".\n")).build();
                var pending = http.sendAsync(req, HttpResponse.BodyHandlers.ofString());
                if (i == kill) {
                    Thread.sleep(150 * round);
                    serve.destroyForcibly();
                }
                try {
                    HttpResponse<String> r = pending.get(60, TimeUnit.SECONDS);
                    if (r.statusCode() == 201) {
                        acknowledged.add(name);
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    break; // the server is gone
                }
                if (i >= kill) {
                    break;
                }
            }
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
            Map<String, Long> sizes = graphSizes(store);
            for (String a : acknowledged) {
                assertTrue(sizes.containsKey(a), a + " was acknowledged (201), so it is in the store: " + sizes.keySet());
            }
            org.newskg.testing.Cli.Run v = BadInputTest.run("validate", "--store", store.toString());
            assertEquals(0, v.code(), v.out());
            releaseInProcess(store); // let the next server lock the store: the in-process validate holds it
        }
        assertTrue(acknowledged.size() >= 3, "some articles were acknowledged: " + acknowledged);
    }
}
