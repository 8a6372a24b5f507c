package org.newskg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * Fuseki's SPARQL Update with {@code LOAD} refused unless the operator allows it: {@code LOAD}
 * makes the server fetch any URL or read any local file it names ({@code LOAD <file:///…>}),
 * and its error messages tell what is on the server's disk.
 */
final class GuardedUpdate extends SPARQL_Update {
    private final boolean allowLoad;

    GuardedUpdate(boolean allowLoad) {
        this.allowLoad = allowLoad;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        if (allowLoad) {
            super.execute(action, input);
            return;
        }
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update: " + e.getMessage());
            return;
        }
        UpdateRequest req;
        try {
            req = UpdateFactory.create(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        } catch (QueryParseException e) {
            // Fuseki's own parse below gives the message the client expects
            super.execute(action, new ByteArrayInputStream(body));
            return;
        }
        for (Update u : req.getOperations()) {
            if (u instanceof UpdateLoad) {
                ServletOps.errorForbidden("LOAD is disabled on this server (it would fetch a URL or read a local file); "
                    + "the operator can enable it with serve --allow-load");
                return;
            }
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
