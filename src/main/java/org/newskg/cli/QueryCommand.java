package org.newskg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.newskg.ops.QueryOperation;
import org.newskg.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;


/** {@code newskg query}: the options of {@link QueryOperation}. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Runs a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) given as a file or a string over the store; the default graph is the union of all article graphs.")
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "QUERY", description = "a .rq file, or the query text")
    String query;

    @Option(names = "--endpoint", paramLabel = "URL",
        description = "read a running newskg server (its dataset URL, e.g. http://localhost:3030/kg) instead of --store")
    String endpoint;

    @Option(names = "--format", defaultValue = "table",
        description = "SELECT/ASK output: table, csv, tsv, json (default: ${DEFAULT-VALUE}); CONSTRUCT/DESCRIBE print Turtle")
    String format;

    @Option(names = "--set", paramLabel = "VAR=IRI-OR-NAME",
        description = "bind a variable before running to an IRI or to the entity a name names, e.g. --set entity=Azerbaijan "
            + "or --set entity=https://w3id.org/newskg/id/country/AZ")
    java.util.Map<String, String> bindings = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        QueryOperation query = new QueryOperation(QueryOperation.queryText(this.query), bindings, format);
        try (StoreReader reader = storeOptions.reader(endpoint)) {
            query.run(reader, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        }
        return 0;
    }
}
