package org.newskg.serve;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * Rewrites a Fuseki configuration into the one {@code serve} runs: read-only unless writes are
 * enabled (then the write endpoints it returns need a login, which {@link RequestGuard} asks for;
 * Fuseki's {@code fuseki:allowedUsers} cannot be used for the Graph Store Protocol, as it would put
 * the endpoint's reads behind the login too), the Graph Store Protocol on the dataset's root read-only. Whatever a
 * configuration file says, a stranger cannot write through what comes out of here.
 */
final class ServedConfig {
    static final String FUSEKI = "http://jena.apache.org/fuseki#";

    private ServedConfig() {
    }

    /** Operations that change the dataset; {@code gsp-rw} is handled on its own (its reads stay open). */
    private static final List<String> WRITE_OPERATIONS = List.of("update", "upload", "patch", "prefixes-rw");

    /**
     * Rewrites the configuration in place.
     *
     * @return the paths ({@code /kg/update}, {@code /kg/data}) whose non-read requests need a login
     */
    static java.util.Set<String> secure(Model cfg, boolean writable) {
        java.util.Set<String> writePaths = new java.util.TreeSet<>();
        Property endpointP = cfg.createProperty(FUSEKI, "endpoint");
        Property operation = cfg.createProperty(FUSEKI, "operation");
        Property name = cfg.createProperty(FUSEKI, "name");
        Property allowedUsers = cfg.createProperty(FUSEKI, "allowedUsers");
        Resource gspR = cfg.createResource(FUSEKI + "gsp-r");
        for (Statement st : cfg.listStatements(null, endpointP, (RDFNode) null).toList()) {
            Resource service = st.getSubject();
            Resource ep = st.getObject().asResource();
            Statement op = ep.getProperty(operation);
            if (op == null || !op.getObject().isURIResource()) {
                continue;
            }
            String opName = op.getObject().asResource().getURI().substring(FUSEKI.length());
            boolean named = ep.hasProperty(name) && !ep.getProperty(name).getString().isEmpty();
            String serviceName = service.hasProperty(name) ? service.getProperty(name).getString() : "";
            String path = "/" + serviceName + (named ? "/" + ep.getProperty(name).getString() : "");
            if (WRITE_OPERATIONS.contains(opName)) {
                if (writable) {
                    ep.removeAll(allowedUsers);
                    writePaths.add(path);
                } else {
                    cfg.remove(st);
                    cfg.removeAll(ep, null, null);
                }
            } else if (opName.equals("gsp-rw")) {
                // reads of a graph stay open to everyone, writes need a login; never on the root,
                // whose POST is also a query
                ep.removeAll(allowedUsers);
                if (writable && named) {
                    writePaths.add(path);
                } else {
                    ep.removeAll(operation).addProperty(operation, gspR);
                }
            }
        }
        return writePaths;
    }
}
