package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newskg.bench.LoadTest;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.InputFiles;
import org.newskg.serve.PasswordFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newskg loadtest}: clients running queries and live ingest against a running server, for a set time. */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
    description = {"Runs N clients of SPARQL queries (queries/*.rq), optionally live ingest and heavy queries, against a running newskg server "
        + "for a set time, and reports requests/s, p50/p99 latency and errors per kind, and the server's memory.",
        "Send it only to a server on this machine or one you run."})
public final class LoadTestCommand implements Callable<Integer> {
    @Option(names = "--server", defaultValue = "http://localhost:3030", description = "the server (default: ${DEFAULT-VALUE})")
    String server;

    @Option(names = "--clients", defaultValue = "8", description = "query clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "how long to run (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--queries", defaultValue = "queries", description = "folder of .rq files the clients run in turn (default: ${DEFAULT-VALUE})")
    Path queries;

    @Option(names = "--ingest", paramLabel = "DIR", description = "also post these articles to /ingest, one client, made unique each time")
    Path ingest;

    @Option(names = "--password-file", paramLabel = "FILE", description = "credentials for --ingest (the file's only user, or --user)")
    Path passwordFile;

    @Option(names = "--user", description = "the user of --password-file to post as")
    String user;

    @Option(names = "--heavy", defaultValue = "0", description = "clients running a cartesian count and a cartesian ORDER BY alongside (default: ${DEFAULT-VALUE})")
    int heavy;

    @Option(names = "--server-pid", defaultValue = "-1", description = "the server's process id (or that of the JVM that launched it), to report its resident memory and its descendants'")
    long serverPid;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> rq;
        try (Stream<Path> s = Files.list(queries)) {
            rq = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError("no queries folder " + queries + "; give --queries DIR");
        }
        LoadTest.Builder b = LoadTest.create().server(server).clients(clients).duration(Duration.ofSeconds(seconds)).queries(rq)
            .heavyClients(heavy).serverPid(serverPid);
        if (ingest != null) {
            if (passwordFile == null) {
                throw new UserError("--ingest needs --password-file: live ingest needs a login", 2);
            }
            PasswordFile.Credentials c = Credentials.from(passwordFile, user);
            b.ingest(InputFiles.list(List.of(ingest)).stream().map(InputFile::path).toList(), c.user(), c.password());
        }
        LoadTest.Result r = b.build().run();
        System.out.print(r.report());
        return r.stats().stream().filter(s -> !s.kind().equals("heavy")).allMatch(s -> s.errors() == 0) ? 0 : 1;
    }
}
