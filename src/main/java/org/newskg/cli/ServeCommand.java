package org.newskg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newskg.ingest.ArticleReader;
import org.newskg.nlp.NlpPipeline;
import org.newskg.pipeline.KnowledgeGraphBuilder;
import org.newskg.serve.IngestServlet;
import org.newskg.serve.KgServer;
import org.newskg.serve.PasswordFile;
import org.newskg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newskg serve}: Fuseki over the store, read-only unless the operator enables writes. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the store with Apache Jena Fuseki: /kg/sparql, /kg/query and /kg (SPARQL query), /kg/data (Graph Store Protocol), the Fuseki UI at /.",
        "Read-only by default. With --password-file, its users (HTTP Basic) may also write: /kg/update (SPARQL Update), /kg/data (PUT/POST/DELETE) and /ingest (live ingest).",
        "Every query ends after --query-timeout; SERVICE and LOAD are off unless enabled."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--config", defaultValue = "fuseki-config.ttl", description = "Fuseki configuration (default: ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--public", description = "listen on every network interface, not only localhost (prints what that exposes)")
    boolean everyInterface;

    @Option(names = "--password-file", paramLabel = "FILE",
        description = "enable writes (SPARQL Update, Graph Store writes, live ingest at /ingest) for the users in FILE ('user: password' lines); read-only without it")
    Path passwordFile;

    @Option(names = "--admin", description = "serve Fuseki's admin API (/$/datasets, backups, compaction) to the users of --password-file")
    boolean admin;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "10",
        description = "cancel a query or update after this many seconds (default: ${DEFAULT-VALUE})")
    double queryTimeoutSeconds;

    @Option(names = "--allow-service", description = "let queries call other endpoints with SERVICE (off: the server would fetch what a client names)")
    boolean allowService;

    @Option(names = "--allow-load", description = "let logged-in users run SPARQL LOAD (off: it fetches URLs and reads the server's local files)")
    boolean allowLoad;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://w3id.org/newskg/id/",
        description = "the IRI base that /id/… answers for (default: ${DEFAULT-VALUE}); a deployment on its own domain sets its own")
    String base;

    @Option(names = "--licence", paramLabel = "IRI", defaultValue = KgServer.DEFAULT_LICENCE,
        description = "the licence the dataset's VoID description gives the data (default: ${DEFAULT-VALUE})")
    String licence;

    @Override
    public Integer call() {
        if (!base.endsWith("/") || !(base.startsWith("http://") || base.startsWith("https://"))) {
            throw new UserError("--base must be an http(s) IRI ending in '/', e.g. https://kg.example.org/id/", 2);
        }
        if (admin && passwordFile == null) {
            throw new UserError("--admin needs --password-file: the admin API can create, back up and delete datasets", 2);
        }
        if (allowLoad && passwordFile == null) {
            throw new UserError("--allow-load needs --password-file: LOAD is an update, and updates need a login", 2);
        }
        if (!(queryTimeoutSeconds > 0)) {
            throw new UserError("--query-timeout must be a positive number of seconds", 2);
        }
        if (passwordFile != null) {
            try {
                PasswordFile.read(passwordFile); // a malformed file is an error that names the line, before anything starts
            } catch (java.io.IOException e) {
                throw new UserError("cannot read the password file: " + e.getMessage());
            }
        }
        Tdb2Store store = storeOptions.openExisting(true);
        KgServer.Builder sb = KgServer.create().config(config).store(storeOptions.store).port(port).loopback(!everyInterface)
            .passwordFile(passwordFile).admin(admin).allowService(allowService).allowLoad(allowLoad).base(base).licence(licence)
            .queryTimeout(Duration.ofMillis(Math.round(queryTimeoutSeconds * 1000)));
        if (passwordFile != null) {
            // the models load now, so that the first article posted does not wait for them
            KnowledgeGraphBuilder builder = KnowledgeGraphBuilder.create().store(store).nlp(NlpPipeline.shared()).build();
            sb.ingest(new IngestServlet(builder, ArticleReader.DEFAULT_MAX_BYTES));
        }
        KgServer server = sb.build();
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new UserError("cannot start Fuseki on port " + port + ": " + e.getMessage() + " (is the port taken? try --port)");
        }
        System.out.println("serving " + storeOptions.store + " at " + server.datasetUrl()
            + "  (SPARQL: " + server.datasetUrl() + "/sparql, UI: http://localhost:" + server.port() + "/, pages: http://localhost:"
            + server.port() + "/search"
            + (passwordFile != null ? ", live ingest: POST http://localhost:" + server.port() + "/ingest" : "") + ")");
        if (everyInterface) {
            System.err.println("newskg: --public: listening on every network interface, port " + server.port() + "; anyone who reaches it gets:");
            server.exposure().forEach(l -> System.err.println("  - " + l));
            if (passwordFile != null) {
                System.err.println("  HTTP Basic sends passwords in the clear: put a TLS proxy in front before exposing writes beyond a trusted network");
            }
        }
        server.join();
        return 0;
    }
}
