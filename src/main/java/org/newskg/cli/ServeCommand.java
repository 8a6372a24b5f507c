package org.newskg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.serve.KgServer;
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

    @Override
    public Integer call() {
        storeOptions.open();
        KgServer server = KgServer.create().config(config).store(storeOptions.store).port(port).loopback(!everyInterface).build();
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new UserError("cannot start Fuseki on port " + port + ": " + e.getMessage() + " (is the port taken? try --port)");
        }
        System.out.println("serving " + storeOptions.store + " at " + server.datasetUrl()
            + "  (SPARQL: " + server.datasetUrl() + "/sparql, UI: http://localhost:" + server.port() + "/)");
        server.join();
        return 0;
    }
}
