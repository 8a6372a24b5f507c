package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.newskg.export.Exporter;
import org.newskg.export.ExportFormat;
import org.newskg.web.Descriptions;
import org.newskg.web.DocumentPages;
import org.newskg.web.EntityView;
import org.newskg.web.Graph;
import org.newskg.web.Html;
import org.newskg.web.Links;

/**
 * Linked data over the served store: {@code /id/…} answers for every entity, fact, article and
 * evidence node with HTML or RDF by content negotiation ({@code Accept}, or a {@code .ttl},
 * {@code .jsonld}, {@code .nt}, {@code .rdf}, {@code .html} suffix; {@code Vary: Accept}); the
 * dataset's VoID at {@code /void} and {@code /.well-known/void}, the ontology at {@code /ontology},
 * {@code /search?q=}, the competency questions at {@code /queries}, a dump at {@code /dump.nq}, and
 * the stylesheet. Read-only: everything here is GET.
 */
public final class LinkedDataServlet extends HttpServlet {
    /** The RDF forms, by media type and by suffix. */
    private record Form(String mediaType, String suffix, RDFFormat format) {
    }

    private static final List<Form> FORMS = List.of(new Form("text/turtle", ".ttl", RDFFormat.TURTLE_PRETTY),
        new Form("application/ld+json", ".jsonld", RDFFormat.JSONLD11_PRETTY), new Form("application/n-triples", ".nt", RDFFormat.NTRIPLES),
        new Form("application/rdf+xml", ".rdf", RDFFormat.RDFXML_PRETTY));
    private static final Map<String, String> STATIC = Map.of("/static/newskg.css", "/org/newskg/web/newskg.css",
        "/ontology/classes.svg", "/ontology/classes.svg");

    private final transient Supplier<Dataset> dataset;
    private final Links links;
    private final transient Optional<Path> storeFolder;
    private final String licence;

    /** Over the dataset the server ends up serving (known once Fuseki is built, hence a supplier). */
    public LinkedDataServlet(Supplier<Dataset> dataset, Links links, Optional<Path> storeFolder, String licence) {
        this.dataset = dataset;
        this.links = links;
        this.storeFolder = storeFolder;
        this.licence = licence;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (STATIC.containsKey(path)) {
            staticFile(resp, path);
            return;
        }
        Graph g = new Graph(dataset.get(), links);
        String server = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        try {
            Txn.executeRead(dataset.get(), () -> {
                try {
                    route(req, resp, path, g, server);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (org.apache.jena.query.QueryCancelledException e) {
            // the page's queries ran past the server's query timeout (serve --query-timeout)
            if (!resp.isCommitted()) {
                resp.reset();
                html(resp, 503, Html.page("Too slow", null, "<p>This page's queries took longer than the server allows "
                    + "(serve --query-timeout). Try a narrower page, or the SPARQL endpoint with a LIMIT.</p>", null));
            }
        }
    }

    private void route(HttpServletRequest req, HttpServletResponse resp, String path, Graph g, String server) throws IOException {
        if (path.startsWith("/id/")) {
            entity(req, resp, path.substring("/id/".length()), g);
        } else if (path.equals("/void") || path.equals("/.well-known/void") || path.equals("/void.ttl")) {
            rdf(resp, Descriptions.voidDescription(g, server, storeFolder, licence), FORMS.get(0));
        } else if (path.equals("/ontology") || path.equals("/ontology.ttl")) {
            Optional<Form> f = path.endsWith(".ttl") ? Optional.of(FORMS.get(0)) : negotiate(req);
            if (!path.endsWith(".ttl")) {
                resp.setHeader("Vary", "Accept"); // /ontology answers HTML or RDF by Accept
            }
            if (f.isEmpty()) {
                html(resp, 200, DocumentPages.ontologyPage());
            } else {
                rdf(resp, DocumentPages.ontology(), f.get());
            }
        } else if (path.equals("/search")) {
            html(resp, 200, new DocumentPages(g).search(req.getParameter("q")));
        } else if (path.equals("/queries")) {
            html(resp, 200, new DocumentPages(g).queriesPage());
        } else if (path.startsWith("/queries/")) {
            Optional<String> page = new DocumentPages(g).runQuery(path.substring("/queries/".length()));
            if (page.isPresent()) {
                html(resp, 200, page.get());
            } else {
                notFound(resp, "no query " + path.substring("/queries/".length()));
            }
        } else if (path.equals("/dump.nq")) {
            resp.setContentType("application/n-quads");
            resp.setCharacterEncoding("UTF-8");
            try (OutputStream out = resp.getOutputStream()) {
                Exporter.export(dataset.get(), ExportFormat.parse("nquads"), out);
            }
        } else {
            notFound(resp, "nothing answers at " + path);
        }
    }

    private void entity(HttpServletRequest req, HttpServletResponse resp, String rest, Graph g) throws IOException {
        Optional<Form> form = Optional.empty();
        boolean forceHtml = false;
        for (Form f : FORMS) {
            if (rest.endsWith(f.suffix())) {
                form = Optional.of(f);
                rest = rest.substring(0, rest.length() - f.suffix().length());
            }
        }
        if (rest.endsWith(".html")) {
            forceHtml = true;
            rest = rest.substring(0, rest.length() - ".html".length());
        }
        if (form.isEmpty() && !forceHtml) {
            form = negotiate(req);
        }
        String iri = links.iri(rest);
        resp.setHeader("Vary", "Accept");
        if (!g.knows(iri)) {
            if (form.isPresent()) {
                resp.sendError(404, "nothing in this store is called <" + iri + ">");
            } else {
                notFound(resp, "nothing in this store is called <" + iri + ">");
            }
            return;
        }
        if (form.isPresent()) {
            rdf(resp, Descriptions.describe(g, iri), form.get());
        } else {
            html(resp, 200, new EntityView(g).page(iri));
        }
    }

    /** The RDF form the client prefers, or empty for HTML (a browser, or no preference for RDF). */
    static Optional<Form> negotiate(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(FORMS.get(0));
        }
        double bestQ = -1;
        Optional<Form> best = Optional.empty();
        double htmlQ = -1;
        for (String part : accept.split(",")) {
            String[] f = part.trim().split(";");
            String type = f[0].trim().toLowerCase(java.util.Locale.ROOT);
            double q = 1;
            for (int i = 1; i < f.length; i++) {
                String p = f[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0; // a malformed weight counts for nothing
                    }
                }
            }
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                htmlQ = Math.max(htmlQ, q);
            }
            for (Form form : FORMS) {
                boolean match = type.equals(form.mediaType()) || type.equals("application/json") && form.suffix().equals(".jsonld");
                if (match && q > bestQ) {
                    bestQ = q;
                    best = Optional.of(form);
                }
            }
            if (type.equals("*/*") && bestQ < q * 0.5 && htmlQ < 0) {
                // a client that takes anything and names no format gets Turtle, a browser names text/html
                bestQ = q * 0.5;
                best = Optional.of(FORMS.get(0));
            }
        }
        return htmlQ >= 0 && htmlQ >= bestQ ? Optional.empty() : best;
    }

    private static void rdf(HttpServletResponse resp, Model m, Form f) throws IOException {
        resp.setStatus(200);
        resp.setContentType(f.mediaType() + (f.mediaType().startsWith("text/") || f.suffix().equals(".nt") ? "; charset=utf-8" : ""));
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, m, f.format());
        }
    }

    private static void html(HttpServletResponse resp, int status, String page) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setCharacterEncoding("UTF-8");
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    private static void notFound(HttpServletResponse resp, String what) throws IOException {
        html(resp, 404, Html.page("Not found", null, "<p>" + Html.esc(what) + ".</p><p>Try <a href=\"/search\">search</a>.</p>", null));
    }

    private static void staticFile(HttpServletResponse resp, String path) throws IOException {
        String resource = STATIC.get(path);
        try (java.io.InputStream in = LinkedDataServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                notFound(resp, path + " is missing from this build");
                return;
            }
            resp.setContentType(path.endsWith(".css") ? "text/css; charset=utf-8" : "image/svg+xml");
            resp.setHeader("Cache-Control", "max-age=3600");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
