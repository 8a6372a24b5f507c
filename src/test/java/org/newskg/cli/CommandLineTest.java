package org.newskg.cli;

import org.newskg.testing.Cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's exit codes and messages. */
class CommandLineTest {
    @TempDir
    Path dir;

    static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("build").code());
        assertEquals(2, run("frobnicate").code());
        Cli.Run profile = run("build", "--profile", "nope", "seeds");
        assertEquals(2, profile.code());
        assertTrue(profile.err().contains("unknown annotator profile 'nope'; use one of lean,"), profile.err());
    }

    @Test
    void serveRefusesWritesWithoutAPassword() {
        Cli.Run admin = run("serve", "--store", dir.resolve("s").toString(), "--admin");
        assertEquals(2, admin.code());
        assertTrue(admin.err().contains("--admin needs --password-file"), admin.err());
        Cli.Run load = run("serve", "--store", dir.resolve("s").toString(), "--allow-load");
        assertEquals(2, load.code());
        assertTrue(load.err().contains("--allow-load needs --password-file"), load.err());
        Cli.Run timeout = run("serve", "--store", dir.resolve("s").toString(), "--query-timeout", "0");
        assertEquals(2, timeout.code());
    }

    @Test
    void aPublicServerSaysWhatItExposes() {
        org.newskg.serve.KgServer readOnly = org.newskg.serve.KgServer.create().store(dir.resolve("pub")).port(0).build();
        String ro = String.join("\n", readOnly.exposure());
        assertTrue(ro.contains("open to anyone who reaches the port") && ro.contains("writes: off") && ro.contains("admin API: off")
            && ro.contains("SERVICE off; LOAD off"), ro);
    }

    @Test
    void diagramDrawsTheBuiltInOntologyFromAnyFolder() {
        Cli.Run builtIn = run("diagram");
        assertEquals(0, builtIn.code(), builtIn.err());
        assertTrue(builtIn.out().contains("digraph newskg {") && builtIn.out().contains("nkg:Meeting"), builtIn.out());
        assertEquals(run("diagram", "--ontology", "ontology/newskg.ttl").out(), builtIn.out());
        Cli.Run missing = run("diagram", "--ontology", dir.resolve("none.ttl").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no ontology file at"), missing.err());
    }

    @Test
    void explainShowsThreeArticlesEvidenceThenHowManyMore() throws Exception {
        Path in = Files.createDirectories(dir.resolve("reports"));
        String seed = Files.readString(Path.of("seeds/000_14b2a5db9d82385e.txt"));
        for (int i = 1; i <= 5; i++) {
            Files.writeString(in.resolve("report" + i + ".txt"), seed + "\nReport " + i + ".\n"); // five reports of one meeting
        }
        String store = dir.resolve("reports-store").toString();
        assertEquals(0, run("build", "--store", store, in.toString()).code());
        Cli.Run e = run("explain", "--store", store, "Laura Cooper");
        assertEquals(0, e.code(), e.err());
        String meeting = e.out().substring(e.out().indexOf("  Meeting with Ilham Aliyev"), e.out().indexOf("  Position"));
        assertTrue(meeting.contains("report1.txt") && meeting.contains("report2.txt") && meeting.contains("report3.txt"), meeting);
        assertTrue(!meeting.contains("report4.txt") && meeting.contains("    … and 2 more articles\n"), meeting);
        // a country's side of a visit says who came
        Cli.Run az = run("explain", "--store", store, "Azerbaijan");
        assertTrue(az.out().contains("  Visit by Laura Cooper  <"), az.out());
        assertTrue(az.out().contains("  Position \"President\" held by Ilham Aliyev  <"), az.out());
    }

    @Test
    void querySetTakesANameAndRefusesWhatItCannotBind() throws Exception {
        String store = dir.resolve("set").toString();
        assertEquals(0, run("build", "--store", store, "seeds").code());
        // a name, as explain takes it, binds the entity it names
        Cli.Run byName = run("query", "--store", store, "--format", "csv", "--set", "person=Ilham Aliyev", "queries/person-timeline.rq");
        assertEquals(0, byName.code(), byName.err());
        assertTrue(byName.out().contains("Laura Cooper") && byName.out().contains("2018-12-04"), byName.out());
        Cli.Run byIri = run("query", "--store", store, "--format", "csv", "--set", "person=https://w3id.org/newskg/id/person/ilham-aliev",
            "queries/person-timeline.rq");
        assertEquals(byName.out(), byIri.out());
        // a variable the query does not have
        Cli.Run unknown = run("query", "--store", store, "--set", "who=Ilham Aliyev", "queries/person-timeline.rq");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("the query has no variable ?who for --set to bind; its variables are ?") && unknown.err().contains("?person"),
            unknown.err());
        // a name that names nothing: one line that says so, no parser dump
        Cli.Run nobody = run("query", "--store", store, "--set", "person=Nobody Atall", "queries/person-timeline.rq");
        assertEquals(1, nobody.code());
        assertTrue(nobody.err().contains("--set person=Nobody Atall: nothing in " + store + " is called 'Nobody Atall'"), nobody.err());
        assertTrue(nobody.err().lines().count() <= 2, nobody.err());
    }

    @Test
    void versionIsThePoms() {
        Cli.Run v = run("--version");
        assertEquals(0, v.code());
        assertEquals("newskg " + NewsKg.version(), v.out().strip());
    }

    @Test
    void everyCommandHasHelp() {
        Cli.Run none = run();
        assertEquals(2, none.code());
        assertTrue(none.err().contains("a command is needed: build, serve, query, explain, export, validate, bench, loadtest, up, diagram"),
            none.err());
        for (String c : new String[] {"build", "serve", "query", "explain", "export", "validate", "bench", "diagram", "up", "loadtest"}) {
            assertTrue(none.err().contains("\n  " + c + " "), "the usage lists " + c + ":\n" + none.err());
            Cli.Run r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: newskg " + c), r.out());
        }
    }

    @Test
    void buildQueryExportAndAMalformedQuery() throws Exception {
        String store = dir.resolve("tdb2").toString();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("seeds/001_d8f434a453c3b2a8.txt"), in.resolve("a.txt"));
        Files.write(in.resolve("b.txt"), new byte[0]);
        Cli.Run b = run("build", "--store", store, in.toString());
        assertEquals(1, b.code(), "a skipped file makes the exit code 1");
        assertTrue(b.out().contains("1 loaded, 0 unchanged, 1 skipped"), b.out());
        assertTrue(b.out().contains("skipped b.txt: empty file"), b.out());

        Cli.Run q = run("query", "--store", store, "--format", "csv",
            "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?f WHERE { ?a a nkg:Article ; nkg:sourceFile ?f }");
        assertEquals(0, q.code(), q.err());
        assertEquals("f\r\na.txt\r\n", q.out());

        Cli.Run bad = run("query", "--store", store, "SELECT ?x WHERE { ?x ?y }");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("the query does not parse: Encountered \" \"}\" \"} \"\" at line 1, column 25."), bad.err());
        // the query's line, with a caret under the "}" the parser stopped at (column 25)
        assertTrue(bad.err().contains("\n  SELECT ?x WHERE { ?x ?y }\n  " + " ".repeat(24) + "^"), bad.err());

        Path nq = dir.resolve("out.nq");
        Cli.Run e = run("export", "--store", store, "--format", "nquads", "--output", nq.toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(Files.readString(nq).contains("<https://w3id.org/newskg/id/country/AZ>"));
        // written with the user's umask, as a file they write themselves, not createTempFile's 0600
        Path mine = Files.createFile(dir.resolve("mine.txt"));
        assertEquals(Files.getPosixFilePermissions(mine), Files.getPosixFilePermissions(nq));
        assertEquals(2, run("export", "--store", store, "--format", "yaml").code());
        // an export that cannot be moved into place (the target is a folder with files) leaves no temporary file
        Path blocked = Files.createDirectories(dir.resolve("blocked.nq"));
        Files.writeString(blocked.resolve("keep.txt"), "x");
        Cli.Run failed = run("export", "--store", store, "--format", "nquads", "--output", blocked.toString());
        assertEquals(1, failed.code(), failed.err());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".newskg-export")).toList());
        }
    }

    @Test
    void explainShowsTheSentenceAndRulesBehindAFact() throws Exception {
        String store = dir.resolve("explain").toString();
        assertEquals(0, run("build", "--store", store, "seeds/000_14b2a5db9d82385e.txt").code());
        Cli.Run e = run("explain", "--store", store, "laura cooper");
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().startsWith("Person \"Laura Cooper\"  <https://w3id.org/newskg/id/person/laura-cooper>"), e.out());
        assertTrue(e.out().contains("  Meeting with Ilham Aliyev, Zakir Hasanov in Baku on 2018-12-04  <"), e.out());
        assertTrue(e.out().contains("    date: \"on Tuesday\" resolved by weekday-before-anchor-past-tense against 2018-12-07"), e.out());
        assertTrue(e.out().contains("meeting-verb:meet (confidence 0.9)"), e.out());
        assertTrue(e.out().contains("\"Laura Cooper, the U.S. Deputy Assistant Secretary of Defense for Russia, Ukraine, Eurasia, met with"), e.out());
        // a surname alone is no label, but explain finds the persons whose name ends with it
        Cli.Run surname = run("explain", "--store", store, "Cooper");
        assertEquals(0, surname.code(), surname.err());
        assertTrue(surname.out().startsWith("Person \"Laura Cooper\"  <https://w3id.org/newskg/id/person/laura-cooper>"), surname.out());
        Cli.Run missing = run("explain", "--store", store, "Nobody Atall");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nothing in " + store + " is called 'Nobody Atall'"), missing.err());
    }

    @Test
    void benchReportsEveryFigureAndLeavesNoScratchStoreBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long scratchBefore = scratchStores(tmp);
        Cli.Run r = run("bench", "--corpus", "seeds", "--baseline", "--warmup", "2", "--threads", "2", "--compare-threads", "1", "--repeat", "2", "--json");
        assertEquals(0, r.code(), r.err());
        org.apache.jena.atlas.json.JsonObject j = org.apache.jena.atlas.json.JSON.parse(r.out());
        assertEquals(2, j.get("documents").getAsNumber().value().intValue());
        assertEquals(2, j.get("threads").getAsNumber().value().intValue());
        int rounds = j.get("warm_up_rounds").getAsNumber().value().intValue();
        assertTrue(rounds >= 1 && rounds <= 8, "warm-up rounds " + rounds);
        long tokens = j.get("tokens").getAsNumber().value().longValue();
        long bareTokens = j.getObj("baseline").get("tokens").getAsNumber().value().longValue();
        // bare CoreNLP reads the whole file, newskg the article without its page furniture
        assertTrue(tokens > 500 && tokens <= bareTokens && tokens > bareTokens * 0.8, tokens + " vs " + bareTokens);
        assertTrue(j.get("triples").getAsNumber().value().longValue() > 100, r.out());
        for (String stage : new String[] {"ingest", "nlp", "extract", "resolve", "rdf", "store"}) {
            assertTrue(j.getObj("stage_seconds").hasKey(stage), stage);
            assertTrue(j.getObj("stage_cpu_seconds").hasKey(stage), stage);
        }
        assertTrue(j.getObj("stage_seconds").get("nlp").getAsNumber().value().doubleValue() > 0, r.out());
        assertTrue(j.get("ratio_to_baseline").getAsNumber().value().doubleValue() > 0, r.out());
        assertTrue(j.getObj("jvm").get("cpu_seconds").getAsNumber().value().doubleValue() > 0, r.out());
        assertEquals(2, j.get("repetition_ratios").getAsArray().size(), "one ratio a repetition");
        // one build with the other threads after each measured build, and the speed-up is the median of the pairs
        org.apache.jena.atlas.json.JsonArray speedUps = j.getObj("compare_threads").get("speed_ups").getAsArray();
        assertEquals(2, speedUps.size(), r.out());
        double a = speedUps.get(0).getAsNumber().value().doubleValue();
        double b = speedUps.get(1).getAsNumber().value().doubleValue();
        assertEquals((a + b) / 2, j.getObj("compare_threads").get("speed_up").getAsNumber().value().doubleValue(), 0.002, r.out());
        // the fixed reference pipeline runs the tagger everywhere: slower than the cheap pass, and newskg tags a part only
        double reference = j.getObj("reference").get("wall_seconds").getAsNumber().value().doubleValue();
        assertTrue(reference > 0 && j.get("ratio_to_reference").getAsNumber().value().doubleValue() > 0, r.out());
        assertEquals("tokenize,ssplit,pos,lemma,ner", j.getObj("reference").get("annotators").getAsString().value());
        assertEquals(2, j.get("repetition_ratios_to_reference").getAsArray().size(), "one ratio a repetition");
        long tagged = j.get("tokens_tagged").getAsNumber().value().longValue();
        assertTrue(tagged > 0 && tagged < tokens, "the tagger ran on some sentences, not all: " + tagged + " of " + tokens);
        assertEquals(1, j.getObj("compare_threads").get("threads").getAsNumber().value().intValue());
        assertTrue(j.getObj("compare_threads").get("speed_up").getAsNumber().value().doubleValue() > 0, r.out());
        assertEquals(scratchBefore, scratchStores(tmp), "the warm-up and measured stores are deleted");
    }

    private static long scratchStores(Path tmp) throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("newskg-bench")).count();
        }
    }

    @Test
    void aStoreHeldByAnotherProcessIsReportedBeforeAnyWork() throws Exception {
        Path store = dir.resolve("held");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
            System.getProperty("java.class.path"), "org.newskg.testing.HoldStore", store.toString()).redirectErrorStream(true).start();
        try {
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("held")) {
                // the other process's log lines
            }
            assertEquals("held", line, "the other process holds the store");
            Cli.Run r = run("build", "--store", store.toString(), "seeds");
            assertEquals(1, r.code());
            assertTrue(r.err().contains("cannot open the store " + store + ": Failed to get a lock")
                && r.err().contains("is another newskg process, e.g. 'serve', using it?"), r.err());
            assertTrue(!r.err().contains("[1/2]"), "no article was processed first: " + r.err());
        } finally {
            other.getOutputStream().close();
            other.destroy();
            other.waitFor();
        }
    }

    @Test
    void upBuildsTheSeedsAndServesThem() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process up = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
            System.getProperty("java.class.path"), "org.newskg.cli.NewsKg", "up", "--store", dir.resolve("up").toString(),
            "--port", Integer.toString(port)).redirectErrorStream(true).start();
        try {
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("built ")) {
                seen.append(line).append('\n');
            }
            assertTrue(line != null && line.startsWith("built 2 of 2 files"), "up never built the seeds: " + seen);
            // into a fresh store it serves first, and builds the seeds while it serves
            assertTrue(seen.toString().contains("serving "), "it served before the seeds were built: " + seen);
            String q = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/newskg/ontology#Article> }";
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/kg/sparql?query=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals("n\r\n2\r\n", r.body());
        } finally {
            up.destroy();
            up.waitFor();
        }
    }

    /** picocli hands only exceptions to its handler; an OutOfMemoryError gets this one line instead of a stack trace. */
    @Test
    void runningOutOfMemoryIsOneLineWithTheHeapAndWhatToDo() {
        String m = UserError.outOfMemory(new OutOfMemoryError("Java heap space"));
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertEquals("ran out of memory (Java heap space; the heap is " + mb + " MB at most), and the store keeps what it last committed: "
            + "give the JVM more, e.g. java -Xmx2g -jar target/newskg.jar ..., or for a query, ask for fewer rows (LIMIT)", m);
    }
}
