package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.KgServer;
import org.newskg.testing.Cli;

/** query, explain, export and validate read a running server with --endpoint, and say what the local store says. */
class EndpointCommandsTest {
    @TempDir
    Path dir;

    @Test
    void theReadCommandsGiveTheSameAnswersOverHttpWhileTheServerHoldsTheStore() throws Exception {
        String store = dir.resolve("tdb2").toString();
        assertEquals(0, Cli.run("build", "--store", store, "seeds").code());
        String[][] commands = {
            {"query", "--format", "csv", "queries/meetings.rq"},
            {"query", "--format", "csv", "--set", "person=Laura Cooper", "queries/person-timeline.rq"},
            {"explain", "Laura Cooper"},
            {"explain", "Azerbaijan"},
            {"export", "--format", "nquads"},
            {"export", "--format", "trig"},
            {"validate"},
        };
        String[] local = new String[commands.length];
        for (int i = 0; i < commands.length; i++) {
            Cli.Run r = Cli.run(concat(commands[i], "--store", store));
            assertEquals(0, r.code(), String.join(" ", commands[i]) + ": " + r.err());
            local[i] = r.out();
        }
        KgServer server = KgServer.create().store(Path.of(store)).port(0).build().start();
        try {
            String endpoint = server.datasetUrl();
            for (int i = 0; i < commands.length; i++) {
                Cli.Run r = Cli.run(concat(commands[i], "--endpoint", endpoint));
                assertEquals(0, r.code(), String.join(" ", commands[i]) + ": " + r.err());
                String expected = commands[i][0].equals("validate") ? local[i].replace(store, endpoint) : local[i];
                assertEquals(expected, r.out(), String.join(" ", commands[i]));
            }
            assertTrue(local[4].contains("<https://w3id.org/newskg/id/person/laura-cooper>"), "the exports are not empty");
            // a name the server does not know, over HTTP too
            Cli.Run missing = Cli.run("explain", "--endpoint", endpoint, "Nobody Atall");
            assertEquals(1, missing.code());
            assertTrue(missing.err().contains("nothing in " + endpoint + " is called 'Nobody Atall'"), missing.err());
        } finally {
            server.stop();
        }
        Cli.Run down = Cli.run("query", "--endpoint", "http://localhost:9/kg", "SELECT * WHERE { ?s ?p ?o } LIMIT 1");
        assertEquals(1, down.code());
        assertTrue(down.err().startsWith("newskg: cannot reach the server (") && down.err().contains("is newskg serve running at the --endpoint URL?"),
            down.err());
        assertEquals(2, Cli.run("query", "--endpoint", "localhost:3030/kg", "SELECT * WHERE { ?s ?p ?o }").code());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, 1);
        System.arraycopy(b, 0, out, 1, b.length);
        System.arraycopy(a, 1, out, 1 + b.length, a.length - 1);
        return out;
    }
}
