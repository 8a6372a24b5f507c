package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.newskg.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newskg query}: run a SPARQL query against the store and print the results. */
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
        String text = queryText(query);
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new UserError("the query does not parse: " + parseError(e, text));
        }
        java.util.Set<String> variables = variables(text);
        for (String var : bindings.keySet()) {
            if (!variables.contains(var)) {
                throw new UserError("the query has no variable ?" + var + " for --set to bind"
                    + (variables.isEmpty() ? "" : "; its variables are ?" + String.join(", ?", new java.util.TreeSet<>(variables))), 2);
            }
        }
        try (StoreReader reader = storeOptions.reader(endpoint)) {
            if (!bindings.isEmpty()) {
                org.apache.jena.query.ParameterizedSparqlString pss = new org.apache.jena.query.ParameterizedSparqlString(text);
                reader.read(() -> {
                    bindings.forEach((k, v) -> pss.setIri(k, iriFor(reader, k, v)));
                    return null;
                });
                q = pss.asQuery();
            }
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            Query fq = q;
            reader.read(() -> {
                run(fq, reader, out);
                return null;
            });
            out.flush();
        }
        return 0;
    }

    private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");

    /** The variables a query's text names (?x or $x). */
    static java.util.Set<String> variables(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = VARIABLE.matcher(text.replaceAll("<[^>\\s]*>", "<>").replaceAll("(?m)#.*$", ""));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** An IRI as given, or the one entity a name names ("Ilham Aliyev", as explain takes it). */
    private String iriFor(StoreReader reader, String var, String value) {
        if (value.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+") && !value.contains(" ")) {
            return value;
        }
        List<String> found = EntityNames.find(reader, value);
        if (found.isEmpty()) {
            throw new UserError("--set " + var + "=" + value + ": nothing in " + reader.name() + " is called '" + value
                + "'; give a name as an article writes it, or an IRI");
        }
        if (found.size() > 1) {
            throw new UserError("--set " + var + "=" + value + ": '" + value + "' names " + found.size() + " entities ("
                + String.join(", ", found) + "); give one of these IRIs");
        }
        return found.get(0);
    }

    static String queryText(String arg) throws IOException {
        Path p = Path.of(arg.length() < 512 && !arg.contains("\n") ? arg : ".");
        if (arg.length() < 512 && !arg.contains("\n") && Files.isRegularFile(p)) {
            return Files.readString(p, StandardCharsets.UTF_8);
        }
        if (arg.endsWith(".rq") || arg.endsWith(".sparql")) {
            throw new UserError("query file not found: " + arg);
        }
        return arg;
    }

    private void run(Query q, StoreReader reader, PrintStream out) {
        try (QueryExecution qe = reader.execute(q)) {
            if (q.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
                    case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
                    case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
                    case "table" -> ResultSetFormatter.out(out, rs, q);
                    default -> throw new UserError("unknown --format " + format + "; use table, csv, tsv or json", 2);
                }
            } else if (q.isAskType()) {
                boolean b = qe.execAsk();
                switch (format) {
                    case "json" -> ResultSetFormatter.outputAsJSON(out, b);
                    case "csv" -> ResultSetFormatter.outputAsCSV(out, b);
                    default -> out.println(b ? "yes" : "no");
                }
            } else {
                Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                writeTurtle(m, out);
            }
        }
    }

    private static void writeTurtle(Model m, OutputStream out) {
        RDFDataMgr.write(out, m, Lang.TURTLE);
    }

    private static final java.util.regex.Pattern AT = java.util.regex.Pattern.compile("at line (\\d+), column (\\d+)");

    /**
     * The parser's first line, then the query's line with a caret under the place it names (the
     * token it stopped at; the exception's own column is the token before, so the message's wins).
     */
    static String parseError(QueryParseException e, String query) {
        String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        java.util.regex.Matcher m = AT.matcher(first);
        int line = m.find() ? Integer.parseInt(m.group(1)) : e.getLine();
        int column = m.find(0) ? Integer.parseInt(m.group(2)) : e.getColumn();
        List<String> lines = query.lines().toList();
        if (line < 1 || line > lines.size() || column < 1) {
            return first;
        }
        String at = lines.get(line - 1);
        return first + "\n  " + at + "\n  " + " ".repeat(Math.min(column - 1, at.length())) + "^";
    }
}
