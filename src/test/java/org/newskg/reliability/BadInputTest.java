package org.newskg.reliability;

import org.newskg.testing.Cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus, as small generated files, through the command line: whatever a user
 * names, the rest of the batch goes on, every problem is named, and nothing hangs or floods the
 * graph. Also: files that a slug made one stay apart, copies are recognised, one gate for build
 * and validate, and a rebuild of unchanged input changes nothing.
 */
class BadInputTest {
    @TempDir
    Path dir;

    static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    static final String MEETING = "WASHINGTON, Nov. 13, 2017 — Defense Secretary Jim Mattis met with Georgian Defense Minister Levan Izoria "
        + "at the Pentagon today.\n";

    /** {@code newskg build} in a JVM of its own with a 200 MB heap; its output goes to files, so that neither pipe can fill and stall it. */
    private Cli.Run buildWith200MbHeap(Path store, Path in) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        int code = new ProcessBuilder(CrashSafetyTest.java(), "-Xmx200m", "-cp", System.getProperty("java.class.path"), "org.newskg.cli.NewsKg",
            "build", "--store", store.toString(), in.toString()).redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
        return new Cli.Run(code, Files.readString(out), Files.readString(err));
    }

    private String query(String store, String q) {
        Cli.Run r = run("query", "--store", store, "--format", "csv", q);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @Test
    void aBatchOfBadInputGoesOnAndNamesEveryProblem() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), MEETING);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        byte[] lateNul = ("Some text about the Caspian. ".repeat(400) + "\u0000tail").getBytes(StandardCharsets.UTF_8);
        Files.write(in.resolve("late-nul.txt"), lateNul);
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 talks in Paris".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("utf16.txt"), ("TBILISI, Nov. 14, 2017 — Georgian President Giorgi Margvelashvili met with "
            + "Estonian President Kersti Kaljulaid in Tbilisi today.\n").getBytes(StandardCharsets.UTF_16));
        Files.writeString(in.resolve("page.html"), "<!DOCTYPE html><html><head><title>Talks in Baku</title>"
            + "<script>var t = \"Vladimir Putin met with Xi Jinping in Beijing on Monday.\";</script></head><body>"
            + "<p>BAKU, Dec. 4, 2018 &mdash; Azerbaijani President Ilham Aliyev met with U.S. Deputy Assistant Secretary "
            + "of Defense Laura Cooper in Baku today.</p></body></html>");
        Files.write(in.resolve("big.txt"), MEETING.repeat(400).getBytes(StandardCharsets.UTF_8));
        // one 31 KB "sentence" of names: a list, not a report of meetings
        StringBuilder runOn = new StringBuilder("WASHINGTON, Nov. 13, 2017 — Defense Secretary Jim Mattis met with ");
        String[] first = {"John", "Mary", "Peter", "Anna", "James", "Laura", "Robert", "Linda", "David", "Susan"};
        String[] last = {"Smith", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright"};
        for (int i = 0; runOn.length() < 31_000; i++) {
            runOn.append(first[i % 10]).append(' ').append(last[(i / 10) % 10]).append(i % 7 == 0 ? " and " : ", ");
        }
        Files.writeString(in.resolve("run-on.txt"), runOn.append("at the Pentagon today.\n").toString());
        Path fifo = in.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        Files.createDirectories(in.resolve("loop"));
        Files.createSymbolicLink(in.resolve("loop/back"), in.resolve("loop"));
        Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("no-such-target.txt"));
        String store = dir.resolve("tdb2").toString();
        Cli.Run r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> run("build", "--store", store, "--max-bytes", "40000",
            in.toString(), dir.resolve("missing").toString(), "/dev/zero", "/dev/null"));
        assertEquals(1, r.code(), r.out() + r.err());
        String out = r.out();
        assertTrue(out.contains("4 loaded"), out);
        assertTrue(out.contains("skipped " + dir.resolve("missing") + ": no such file or folder"), out);
        assertTrue(out.contains("skipped /dev/zero: not a regular file (a FIFO, device or socket)"), out);
        assertTrue(out.contains("skipped /dev/null: not a regular file"), out);
        assertTrue(out.contains("skipped pipe.txt: not a regular file"), out);
        assertTrue(out.contains("skipped loop/back: skipped: a symbolic link loops back"), out);
        assertTrue(out.contains("skipped dangling.txt: a symbolic link to nothing"), out);
        assertTrue(out.contains("skipped empty.txt: empty file"), out);
        assertTrue(out.contains("skipped late-nul.txt: not a text file (binary data: a NUL character at offset 11600"), out);
        assertTrue(out.contains("skipped latin1.txt: not valid UTF-8"), out);
        assertTrue(out.contains("skipped big.txt: too large"), out);
        String meetings = query(store, "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?f (COUNT(DISTINCT ?m) AS ?n) "
            + "WHERE { ?m a nkg:Meeting ; nkg:evidence/nkg:inArticle/nkg:sourceFile ?f } GROUP BY ?f ORDER BY ?f");
        assertEquals("f,n\r\ngood.txt,1\r\npage.html,1\r\nutf16.txt,1\r\n", meetings, "no meeting from the script, none from the run-on list");
        String sentences = query(store, "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?s WHERE { ?e nkg:sentenceText ?s }");
        assertFalse(sentences.contains("<") || sentences.contains("Putin"), sentences);
        assertTrue(query(store, "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?t WHERE { ?a nkg:sourceFile \"page.html\" ; "
            + "<http://purl.org/dc/terms/title> ?t }").contains("Talks in Baku"));
    }

    @Test
    void filesThatASlugMadeOneStayApartAndCopiesAreRecognised() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("A.TXT"), MEETING);
        Files.writeString(a.resolve("a.txt"), MEETING.replace("today", "on Monday"));
        Files.writeString(a.resolve("a-txt"), MEETING.replace("today", "on Sunday"));
        Files.writeString(a.resolve("报道.txt"), MEETING.replace("the Pentagon", "the White House"));
        Files.writeString(a.resolve("新闻.txt"), MEETING.replace("the Pentagon", "the State Department"));
        Files.writeString(b.resolve("a.txt"), MEETING + "The talks lasted an hour.\n");
        Files.writeString(b.resolve("copy.txt"), MEETING);
        String store = dir.resolve("tdb2").toString();
        Cli.Run r = run("build", "--store", store, a.toString(), b.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("6 loaded, 0 unchanged, 1 duplicate, 0 skipped"), r.out());
        assertTrue(r.out().contains("duplicate copy.txt: the same bytes as A.TXT, which is kept"), r.out());
        String files = query(store, "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?f WHERE { GRAPH ?g { ?g nkg:sourceFile ?f } } ORDER BY ?f");
        assertEquals("f\r\nA.TXT\r\na-txt\r\na.txt\r\nb/a.txt\r\n报道.txt\r\n新闻.txt\r\n", files);
        // the copy is not a second report of the meeting
        String count = query(store, "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?n (GROUP_CONCAT(?f; separator=' ') AS ?fs) "
            + "WHERE { ?m a nkg:Meeting ; nkg:date \"2017-11-13\"^^<http://www.w3.org/2001/XMLSchema#date> ; nkg:reportCount ?n ; "
            + "nkg:reportedIn/nkg:sourceFile ?f } GROUP BY ?n");
        assertTrue(count.startsWith("n,fs\r\n4,") && !count.contains("copy.txt"), "A.TXT, b/a.txt, 报道.txt, 新闻.txt; not copy.txt: " + count);
        for (String f : new String[] {"A.TXT", "b/a.txt", "报道.txt", "新闻.txt"}) {
            assertTrue(count.contains(f), f + " reports it: " + count);
        }
        // RDF/XML export of every name works
        Cli.Run x = run("export", "--store", store, "--format", "rdfxml", "--output", dir.resolve("out.rdf").toString());
        assertEquals(0, x.code(), x.err());
    }

    @Test
    void whatBuildAdmitsValidateAcceptsAndARebuildChangesNothing() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("washington.txt"), MEETING);
        Files.writeString(in.resolve("tbilisi.txt"), "TBILISI, Nov. 13, 2017 — Defense Secretary Jim Mattis met with Georgian Defense "
            + "Minister Levan Izoria in Tbilisi today.\n");
        String store = dir.resolve("tdb2").toString();
        Cli.Run b = run("build", "--store", store, in.toString());
        assertEquals(0, b.code(), b.out() + b.err());
        String places = query(store, "PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?f ?p WHERE { ?m a nkg:Meeting . GRAPH ?g { ?m nkg:place/rdfs:label ?p } ?g nkg:sourceFile ?f } ORDER BY ?f");
        assertEquals("f,p\r\ntbilisi.txt,Tbilisi\r\nwashington.txt,Washington\r\n", places, "one meeting, each article's place in its graph");
        Cli.Run v = run("validate", "--store", store);
        assertEquals(0, v.code(), v.out());
        assertTrue(v.out().contains("conforms"), v.out());

        Path first = dir.resolve("first.nq");
        assertEquals(0, run("export", "--store", store, "--format", "nquads", "--output", first.toString()).code());
        Cli.Run force = run("build", "--force", "--store", store, in.toString());
        assertEquals(0, force.code(), force.err());
        Path second = dir.resolve("second.nq");
        assertEquals(0, run("export", "--store", store, "--format", "nquads", "--output", second.toString()).code());
        assertEquals(Files.readString(first), Files.readString(second), "--force on unchanged input changes nothing");
    }

    @Test
    void aPathThatIsNotAStoreIsAnErrorNotAnEmptyStore() {
        Path typo = dir.resolve("typo");
        for (String[] cmd : new String[][] {{"validate"}, {"query", "SELECT * { ?s ?p ?o }"}, {"export", "--format", "nquads"},
            {"explain", "Mattis"}}) {
            String[] args = new String[cmd.length + 2];
            args[0] = cmd[0];
            args[1] = "--store";
            args[2] = typo.toString();
            System.arraycopy(cmd, 1, args, 3, cmd.length - 1);
            Cli.Run r = run(args);
            assertEquals(1, r.code(), String.join(" ", args) + ": " + r.out() + r.err());
            assertTrue(r.err().contains(typo + " is not a newskg store"), r.err());
            assertFalse(Files.exists(typo), "nothing is created at " + typo);
        }
    }

    /**
     * A heap too small for the models is one clear error, and the build stops: not every file
     * skipped for the same reason, nor a stack trace, nor an article written.
     */
    @Test
    void aHeapTooSmallForTheModelsStopsTheBuildWithOneClearError() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), MEETING);
        Files.writeString(in.resolve("b.txt"), MEETING.replace("Levan Izoria", "Raimonds Bergmanis"));
        Path store = dir.resolve("store");
        Cli.Run r = buildWith200MbHeap(store, in);
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("newskg: the CoreNLP models do not fit in this JVM's heap (200 MB at most") && r.err().contains("-Xmx"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "a stack trace: " + r.err());
        assertFalse(r.out().contains("skipped"), "every file skipped for the models: " + r.out());
        // refused before the store is opened: nothing is created
        assertFalse(Files.exists(store), "a store was created at " + store);

        // an incremental build (no preloading) is refused at its first new article, and the store keeps what it had
        Files.delete(in.resolve("b.txt"));
        assertEquals(0, run("build", "--store", store.toString(), in.toString()).code());
        CrashSafetyTest.releaseInProcess(store);
        Files.writeString(in.resolve("b.txt"), MEETING.replace("Levan Izoria", "Raimonds Bergmanis"));
        Cli.Run again = buildWith200MbHeap(store, in);
        assertEquals(1, again.code(), again.out() + again.err());
        assertTrue(again.err().contains("newskg: the CoreNLP models do not fit in this JVM's heap (200 MB at most"), again.err());
        assertFalse(again.err().contains("\tat "), "a stack trace: " + again.err());
        assertEquals("n\r\n1\r\n", query(store.toString(), "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?a a <https://w3id.org/newskg/ontology#Article> } }"));
    }
}
