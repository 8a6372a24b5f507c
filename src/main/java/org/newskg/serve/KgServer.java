package org.newskg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.server.Operation;
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
 * The store folder in the file is replaced by the one newskg is using. Read-only unless a password
 * file is given, and then writes need a login ({@link ServedConfig}, {@link RequestGuard}); every
 * query is bounded in time. Build one with {@link #create()}.
 *
 * <p>Over 300 lines because its builder's options (store, port, password file, limits, base IRI,
 * licence) and the Fuseki assembly they configure are one unit; the servlets it mounts are their
 * own classes.
 */
public final class KgServer {
    private static final Logger LOG = LoggerFactory.getLogger(KgServer.class);
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    /** The licence VoID gives the data unless the operator names another (--licence). */
    public static final String DEFAULT_LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    /** The realm HTTP Basic logins are asked for in. */
    public static final String REALM = "newskg";
    /** How long a query may run unless --query-timeout says otherwise. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);
    /** Rows a sort keeps in memory before spilling to disk. */
    public static final long DEFAULT_SPILL_THRESHOLD = 10_000;

    private final FusekiServer server;
    private final boolean writable;
    private final boolean admin;
    private final Duration queryTimeout;
    private final boolean allowService;
    private final boolean allowLoad;

    private final Path adminArea;

    private KgServer(FusekiServer server, boolean writable, boolean admin, Duration queryTimeout, boolean allowService, boolean allowLoad,
                     Path adminArea) {
        this.adminArea = adminArea;
        this.server = server;
        this.writable = writable;
        this.admin = admin;
        this.queryTimeout = queryTimeout;
        this.allowService = allowService;
        this.allowLoad = allowLoad;
    }

    /** What this server lets clients do, in lines a person reads at start-up. */
    public List<String> exposure() {
        List<String> l = new java.util.ArrayList<>();
        l.add("SPARQL query (/kg/sparql, /kg/query, /kg), Graph Store reads (/kg/data), the UI: open to anyone who reaches the port");
        l.add(writable
            ? "SPARQL Update (/kg/update), Graph Store writes (/kg/data), live ingest (/ingest): users of the password file, HTTP Basic"
            : "writes: off (read-only; serve --password-file FILE enables them for its users)");
        l.add(admin ? "admin API (/$/datasets, /$/backup, /$/compact): users of the password file" : "admin API: off");
        l.add("queries and updates end after " + queryTimeout.toMillis() / 1000.0 + " s; SERVICE " + (allowService ? "allowed" : "off")
            + "; LOAD " + (allowLoad ? "allowed for logged-in users" : "off"));
        return l;
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
        private Path passwordFile;
        private boolean admin;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private long spillThreshold = DEFAULT_SPILL_THRESHOLD;
        private boolean allowService;
        private boolean allowLoad;
        private Clock clock = Clock.systemUTC();
        private org.newskg.web.Links links = org.newskg.web.Links.standard();
        private String licence = DEFAULT_LICENCE;

        /** The IRI base that the server's {@code /id/…} answers for (default {@code https://w3id.org/newskg/id/}). */
        public Builder base(String iriBase) {
            this.links = new org.newskg.web.Links(iriBase);
            return this;
        }

        /** The licence the VoID description gives the data (an IRI). */
        public Builder licence(String iri) {
            this.licence = iri;
            return this;
        }

        /** Serve live ingest at /ingest with this servlet (off unless set; needs a password file). */
        public Builder ingest(IngestServlet servlet) {
            this.ingest = servlet;
            return this;
        }

        /**
         * Enables writes (SPARQL Update, Graph Store Protocol writes, live ingest, the admin API if
         * asked for) for the users of this file ({@code user: password} lines, Jetty's format), who
         * log in with HTTP Basic. Without it the server is read-only.
         */
        public Builder passwordFile(Path file) {
            this.passwordFile = file;
            return this;
        }

        /** Serve Fuseki's admin API ({@code /$/datasets}, backups, compaction) to logged-in users (off by default). */
        public Builder admin(boolean b) {
            this.admin = b;
            return this;
        }

        /** The longest a query or update may run before it is cancelled (default 10 s). */
        public Builder queryTimeout(Duration d) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("the query timeout must be positive");
            }
            this.queryTimeout = d;
            return this;
        }

        /** Rows a sort, DISTINCT or similar keeps in memory before it spills to disk (default 10,000). */
        public Builder spillThreshold(long rows) {
            this.spillThreshold = rows;
            return this;
        }

        /** Let queries use SERVICE to call other endpoints (off by default: the server would fetch what a client names). */
        public Builder allowService(boolean b) {
            this.allowService = b;
            return this;
        }

        /** Let logged-in users run SPARQL LOAD (off by default: it fetches URLs and reads local files). */
        public Builder allowLoad(boolean b) {
            this.allowLoad = b;
            return this;
        }

        /** The clock failed-login lockouts are timed by (tests). */
        Builder clock(Clock c) {
            this.clock = c;
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
            boolean writable = passwordFile != null;
            if (admin && !writable) {
                throw new IllegalArgumentException("the admin API needs a password file: it can create, back up and delete datasets");
            }
            if (ingest != null && !writable) {
                throw new IllegalArgumentException("live ingest needs a password file");
            }
            if (writable && !Files.isReadable(passwordFile)) {
                throw new IllegalArgumentException("cannot read the password file " + passwordFile);
            }
            Model cfg = loadConfig(config);
            if (store != null) {
                relocate(cfg, store.toAbsolutePath().toString());
            }
            java.util.Set<String> writePaths = ServedConfig.secure(cfg, writable);
            FusekiServer.Builder b = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .enablePing(true)
                .enableStats(true)
                .registerOperation(Operation.Update, new GuardedUpdate(allowLoad))
                .parseConfig(cfg);
            if (writable) {
                // Fuseki's own Jetty login (HTTP Basic over the password file), with no path constraint:
                // Fuseki's passwordFile() would put every endpoint, reads included, behind the login;
                // RequestGuard asks for it where a request writes
                b.securityHandler(org.apache.jena.fuseki.main.JettySecurityLib.makeSecurityHandler(REALM,
                    org.apache.jena.fuseki.main.JettySecurityLib.makeUserStore(passwordFile.toAbsolutePath().toString()), AuthScheme.BASIC));
            }
            b.addFilter("/*", new RequestGuard(new RequestGuard.LoginThrottle(clock), writePaths));
            // linked data: the entities' IRIs, pages, VoID, ontology, search and queries (all reads)
            java.util.concurrent.atomic.AtomicReference<org.apache.jena.query.Dataset> served = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.function.Supplier<org.apache.jena.query.Dataset> dataset = served::get;
            LinkedDataServlet linked = new LinkedDataServlet(dataset, links, java.util.Optional.ofNullable(storeFolder(cfg)), licence);
            for (String path : List.of("/id/*", "/void", "/void.ttl", "/.well-known/void", "/ontology", "/ontology.ttl", "/ontology/classes.svg",
                "/search", "/queries", "/queries/*", "/dump.nq", "/static/*")) {
                b.addServlet(path, linked);
            }
            b.addFilter("/kg/*", new ServiceDescriptionFilter(dataset, links));
            if (ingest != null) {
                b.addServlet("/ingest", ingest);
            }
            Path adminArea = null;
            if (admin) {
                adminArea = adminArea();
                b.fusekiModules(FusekiModules.create(List.of(new org.apache.jena.fuseki.mod.admin.FMod_Admin())));
            } else {
                b.fusekiModules(FusekiModules.empty());
            }
            if (ui) {
                // the Fuseki UI (jena-fuseki-ui) is a folder "webapp" on the classpath; Jetty serves it from the jar
                java.net.URL webapp = KgServer.class.getResource("/webapp/index.html");
                if (webapp == null) {
                    LOG.warn("the Fuseki UI is not on the classpath; serving SPARQL endpoints only");
                } else {
                    String s = webapp.toExternalForm();
                    b.staticFileBase(s.substring(0, s.length() - "index.html".length()));
                }
                if (!admin) {
                    // the UI lists the datasets from /$/server, a read-only page of the admin module
                    b.addServlet("/$/server", new org.apache.jena.fuseki.mod.admin.ActionServerStatus());
                }
            }
            FusekiServer fuseki = b.build();
            // the query limits go into the served datasets' contexts, where Fuseki's query and update
            // executions read them (a fuseki:Service's ja:context is not applied to them)
            for (org.apache.jena.fuseki.server.DataAccessPoint dap : fuseki.getDataAccessPointRegistry().accessPoints()) {
                org.apache.jena.sparql.util.Context cx = dap.getDataService().getDataset().getContext();
                cx.set(org.apache.jena.query.ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
                cx.set(org.apache.jena.query.ARQ.updateTimeout, Long.toString(queryTimeout.toMillis()));
                cx.set(org.apache.jena.query.ARQ.spillToDiskThreshold, spillThreshold);
                cx.set(org.apache.jena.query.ARQ.httpServiceAllowed, allowService);
                if (org.apache.jena.tdb2.sys.TDBInternal.isTDB2(dap.getDataService().getDataset())) {
                    FairShareExecutor.install(cx);
                }
            }
            served.set(org.apache.jena.query.DatasetFactory.wrap(
                fuseki.getDataAccessPointRegistry().accessPoints().get(0).getDataService().getDataset()));
            return new KgServer(fuseki, writable, admin, queryTimeout, allowService, allowLoad, adminArea);
        }
    }

    /**
     * A temporary work area for Fuseki's admin module (deleted when the server stops or the process
     * ends): left to itself the module writes a {@code run/} folder into the working directory,
     * whose datasets then break the next server started there.
     */
    private static Path adminArea() {
        try {
            Path area = Files.createTempDirectory("newskg-fuseki-admin");
            System.setProperty("FUSEKI_BASE", area.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(area), "newskg-admin-area-cleanup"));
            return area;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot make a work folder for the admin API", e);
        }
    }

    private static void deleteTree(Path root) {
        try {
            org.newskg.store.Folders.delete(root);
        } catch (java.io.IOException e) {
            LOG.warn("could not delete the admin work folder {}: {}", root, e.getMessage());
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
    /** The TDB2 folder a configuration names (for VoID's creation and modification dates), or null. */
    static Path storeFolder(Model cfg) {
        List<Statement> loc = cfg.listStatements(null, cfg.createProperty(TDB2 + "location"), (RDFNode) null).toList();
        return loc.isEmpty() ? null : Path.of(loc.get(0).getString()).toAbsolutePath();
    }

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
        deleteTree(adminArea);
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
