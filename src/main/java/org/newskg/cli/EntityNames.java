package org.newskg.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.newskg.rdf.NKG;
import org.newskg.store.StoreReader;

/**
 * Entities by the names users type (the commands that take a name, {@code explain} and
 * {@code query --set}): any label or other name, case-insensitive; a single word that is no
 * label finds the persons whose name ends with it (bare surnames are not labels).
 */
final class EntityNames {
    /** The prefixes the name lookups (and explain's queries) use. */
    static final String P = "PREFIX nkg: <" + NKG.NS + ">\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

    private EntityNames() {
    }

    /** The IRIs of the entities called {@code name}, sorted (callers hold a read transaction). */
    static List<String> find(StoreReader ds, String name) {
        List<String> out = new ArrayList<>();
        ParameterizedSparqlString q = new ParameterizedSparqlString(P + "SELECT DISTINCT ?e WHERE { "
            + "{ ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l } FILTER(LCASE(STR(?l)) = LCASE(?name)) "
            + "FILTER(!STRSTARTS(STR(?e), STR(nkg:))) } ORDER BY ?e");
        q.setLiteral("name", name.strip());
        collect(ds, q, out);
        if (out.isEmpty() && !name.isBlank() && !name.strip().contains(" ")) {
            ParameterizedSparqlString bySurname = new ParameterizedSparqlString(P + "SELECT DISTINCT ?e WHERE { "
                + "?e a nkg:Person ; rdfs:label ?l FILTER(STRENDS(LCASE(STR(?l)), CONCAT(\" \", LCASE(?name)))) } ORDER BY ?e");
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
