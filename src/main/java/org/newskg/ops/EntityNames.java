package org.newskg.ops;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.newskg.store.StoreReader;

/**
 * Entities by the names users type (the operations that take a name, explain and query's
 * {@code --set}): any label or other name, case-insensitive; a single word that is no label finds
 * the persons whose name ends with it (bare surnames are not labels).
 */
public final class EntityNames {
    private static final String BY_NAME = SparqlResources.load("entity-by-name.rq");
    private static final String BY_SURNAME = SparqlResources.load("person-by-surname.rq");

    private EntityNames() {
    }

    /** The IRIs of the entities called {@code name}, sorted (callers hold a read transaction). */
    public static List<String> find(StoreReader ds, String name) {
        List<String> out = new ArrayList<>();
        ParameterizedSparqlString q = new ParameterizedSparqlString(BY_NAME);
        q.setLiteral("name", name.strip());
        collect(ds, q, out);
        if (out.isEmpty() && !name.isBlank() && !name.strip().contains(" ")) {
            ParameterizedSparqlString bySurname = new ParameterizedSparqlString(BY_SURNAME);
            bySurname.setLiteral("name", name.strip());
            collect(ds, bySurname, out);
        }
        return out;
    }

    private static void collect(StoreReader ds, ParameterizedSparqlString q, List<String> out) {
        try (QueryExecution qe = ds.execute(q.asQuery())) {
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("e").getURI()));
        }
    }
}
