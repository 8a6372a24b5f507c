package org.newskg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki over a newskg store, configured from the project's {@code fuseki-config.ttl} (the same
 * file a standalone Fuseki can use): dataset {@code /kg} with a union default graph and the
 * endpoints {@code /kg/sparql}, {@code /kg/query}, {@code /kg/update} and {@code /kg/data}.
 * The store folder in the file is replaced by the one newskg is using. Build one with
 * {@link #create()}.
 */
public final class KgServer {
    private static final Logger LOG = LoggerFactory.getLogger(KgServer.class);
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";

    private final FusekiServer server;

    private KgServer(FusekiServer server) {
        this.server = server;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of a server. */
    public static final class Builder {
        private Path config = Path.of("fuseki-config.ttl");
        private Path store;
        private int port = 3030;
        private boolean loopback = true;
        private boolean ui = true;
        private IngestServlet ingest;

        /** Serve live ingest at /ingest with this servlet (off unless set). */
        public Builder ingest(IngestServlet servlet) {
            this.ingest = servlet;
            return this;
        }

        /** The Fuseki configuration file (default ./fuseki-config.ttl, else the copy inside newskg). */
        public Builder config(Path file) {
            this.config = file;
            return this;
        }

        /** The TDB2 folder to serve, replacing the location the configuration names. */
        public Builder store(Path folder) {
            this.store = folder;
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int p) {
            this.port = p;
            return this;
        }

        /** Listen on localhost only (the default) or on every interface. */
        public Builder loopback(boolean b) {
            this.loopback = b;
            return this;
        }

        /** Serve the Fuseki UI at / (default on). */
        public Builder ui(boolean b) {
            this.ui = b;
            return this;
        }

        public KgServer build() {
            Model cfg = loadConfig(config);
            if (store != null) {
                relocate(cfg, store.toAbsolutePath().toString());
            }
            FusekiServer.Builder b = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .enablePing(true)
                .enableStats(true)
                .parseConfig(cfg);
            if (ingest != null) {
                b.addServlet("/ingest", ingest);
            }
            b.fusekiModules(ui ? FusekiModules.create(List.of(new org.apache.jena.fuseki.mod.admin.FMod_Admin())) : FusekiModules.empty());
            if (ui) {
                // the Fuseki UI (jena-fuseki-ui) is a folder "webapp" on the classpath; Jetty serves it from the jar
                java.net.URL webapp = KgServer.class.getResource("/webapp/index.html");
                if (webapp == null) {
                    LOG.warn("the Fuseki UI is not on the classpath; serving SPARQL endpoints only");
                } else {
                    String s = webapp.toExternalForm();
                    b.staticFileBase(s.substring(0, s.length() - "index.html".length()));
                }
            }
            return new KgServer(b.build());
        }
    }

    static Model loadConfig(Path file) {
        Model m = ModelFactory.createDefaultModel();
        if (file != null && Files.isRegularFile(file)) {
            RDFDataMgr.read(m, file.toString());
        } else {
            LOG.info("{} not found; using the configuration built into newskg", file);
            // read as a stream: Jena's locators do not open jar: URLs, so reading the copy by its
            // URL failed whenever newskg ran from its jar outside the project folder
            try (java.io.InputStream in = Objects.requireNonNull(KgServer.class.getResourceAsStream("/fuseki-config.ttl"),
                "fuseki-config.ttl is missing from the jar; rebuild newskg")) {
                readConfig(m, in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the built-in fuseki-config.ttl", e);
            }
        }
        return m;
    }

    /** Parses a Fuseki configuration (Turtle) into the model, relative IRIs against the working folder. */
    static void readConfig(Model m, java.io.InputStream in) {
        org.apache.jena.riot.RDFParser.source(in).lang(org.apache.jena.riot.Lang.TURTLE)
            .base(Path.of("fuseki-config.ttl").toAbsolutePath().toUri().toString()).parse(m);
    }

    /** Points every TDB2 dataset of the configuration at the given folder. */
    static void relocate(Model cfg, String location) {
        Property loc = cfg.createProperty(TDB2 + "location");
        List<Statement> old = cfg.listStatements(null, loc, (RDFNode) null).toList();
        if (old.isEmpty()) {
            throw new IllegalArgumentException("the Fuseki configuration has no tdb2:location to point at the store");
        }
        for (Statement s : old) {
            Resource ds = s.getSubject();
            cfg.remove(s);
            cfg.add(ds, loc, location);
        }
    }

    public KgServer start() {
        server.start();
        return this;
    }

    public void stop() {
        server.stop();
    }

    public void join() {
        server.join();
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The dataset's URL, e.g. http://localhost:3030/kg. */
    public String datasetUrl() {
        return server.datasetURL("/kg");
    }

    public FusekiServer fuseki() {
        return server;
    }
}
