package org.newskg.cli;

import java.nio.file.Path;
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

/** {@code newskg serve}: Fuseki over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the store with Apache Jena Fuseki: /kg/sparql and /kg/query (SPARQL query), /kg/update (SPARQL update), /kg/data (Graph Store Protocol), and the Fuseki UI at /.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--config", defaultValue = "fuseki-config.ttl", description = "Fuseki configuration (default: ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--public", description = "listen on every network interface, not only localhost")
    boolean everyInterface;

    @Option(names = "--password-file", paramLabel = "FILE",
        description = "enable live ingest at /ingest for the users in FILE ('user: password' lines); off without it")
    Path passwordFile;

    @Override
    public Integer call() {
        Tdb2Store store = storeOptions.open();
        KgServer.Builder sb = KgServer.create().config(config).store(storeOptions.store).port(port).loopback(!everyInterface);
        if (passwordFile != null) {
            PasswordFile users;
            try {
                users = PasswordFile.read(passwordFile);
            } catch (java.io.IOException e) {
                throw new UserError("cannot read the password file: " + e.getMessage());
            }
            // the models load now, so that the first article posted does not wait for them
            KnowledgeGraphBuilder builder = KnowledgeGraphBuilder.create().store(store).nlp(NlpPipeline.shared()).build();
            sb.ingest(new IngestServlet(builder, users, ArticleReader.DEFAULT_MAX_BYTES));
        }
        KgServer server = sb.build();
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new UserError("cannot start Fuseki on port " + port + ": " + e.getMessage() + " (is the port taken? try --port)");
        }
        System.out.println("serving " + storeOptions.store + " at " + server.datasetUrl()
            + "  (SPARQL: " + server.datasetUrl() + "/sparql, UI: http://localhost:" + server.port() + "/"
            + (passwordFile != null ? ", live ingest: POST http://localhost:" + server.port() + "/ingest" : "") + ")");
        server.join();
        return 0;
    }
}
