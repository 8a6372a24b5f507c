package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.newskg.web.Descriptions;
import org.newskg.web.Graph;
import org.newskg.web.Links;

/**
 * {@code GET /kg/sparql} (or {@code /kg/query}) without a query answers with the
 * SPARQL 1.1 Service Description of the endpoint, in Turtle, where Fuseki would answer 404.
 */
final class ServiceDescriptionFilter implements Filter {
    private static final Set<String> ENDPOINTS = Set.of("/kg/sparql", "/kg/query");

    private final Supplier<Dataset> dataset;
    private final Links links;

    ServiceDescriptionFilter(Supplier<Dataset> dataset, Links links) {
        this.dataset = dataset;
        this.links = links;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!req.getMethod().equals("GET") || !ENDPOINTS.contains(path) || req.getQueryString() != null && !req.getQueryString().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        String endpoint = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + path;
        resp.setStatus(200);
        resp.setContentType("text/turtle; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            Txn.executeRead(dataset.get(), () -> RDFDataMgr.write(out, Descriptions.serviceDescription(new Graph(dataset.get(), links), endpoint),
                RDFFormat.TURTLE_PRETTY));
        }
    }
}
