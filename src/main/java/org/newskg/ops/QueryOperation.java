package org.newskg.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.store.StoreReader;

/**
 * Runs a user's SPARQL query over a store (local or a server's) and writes the results: SELECT
 * as a table, CSV, TSV or JSON, ASK as yes/no (or JSON, CSV), CONSTRUCT and DESCRIBE as Turtle.
 * Variables can be bound first to an IRI or to the entity a name names; a query that does not
 * parse, a binding of a variable the query does not have, or a name that names nothing or several
 * entities is an {@link OperationException} that says so.
 */
public final class QueryOperation {
    private final String text;
    private final Query parsed;
    private final Map<String, String> bindings;
    private final String format;

    /**
     * @param text     the query text
     * @param bindings variable → IRI or name
     * @param format   table, csv, tsv or json
     */
    public QueryOperation(String text, Map<String, String> bindings, String format) {
        this.text = text;
        this.bindings = Map.copyOf(bindings);
        this.format = format;
        try {
            this.parsed = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new OperationException("the query does not parse: " + parseError(e, text));
        }
        java.util.Set<String> variables = variables(text);
        for (String var : bindings.keySet()) {
            if (!variables.contains(var)) {
                throw new OperationException("the query has no variable ?" + var + " for --set to bind"
                    + (variables.isEmpty() ? "" : "; its variables are ?" + String.join(", ?", new java.util.TreeSet<>(variables))), 2);
            }
        }
    }

    /** Binds the variables and runs the query, writing the results to {@code out}. */
    public void run(StoreReader reader, PrintStream out) {
        Query q = parsed;
        if (!bindings.isEmpty()) {
            ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
            reader.read(() -> {
                bindings.forEach((k, v) -> pss.setIri(k, iriFor(reader, k, v)));
                return null;
            });
            q = pss.asQuery();
        }
        Query fq = q;
        reader.read(() -> {
            run(fq, reader, out);
            return null;
        });
        out.flush();
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
            throw new OperationException("--set " + var + "=" + value + ": nothing in " + reader.name() + " is called '" + value
                + "'; give a name as an article writes it, or an IRI");
        }
        if (found.size() > 1) {
            throw new OperationException("--set " + var + "=" + value + ": '" + value + "' names " + found.size() + " entities ("
                + String.join(", ", found) + "); give one of these IRIs");
        }
        return found.get(0);
    }

    /** The text of a query given as a file name or as the query itself. */
    public static String queryText(String arg) throws IOException {
        Path p = Path.of(arg.length() < 512 && !arg.contains("\n") ? arg : ".");
        if (arg.length() < 512 && !arg.contains("\n") && Files.isRegularFile(p)) {
            return Files.readString(p, StandardCharsets.UTF_8);
        }
        if (arg.endsWith(".rq") || arg.endsWith(".sparql")) {
            throw new OperationException("query file not found: " + arg);
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
                    default -> throw new OperationException("unknown --format " + format + "; use table, csv, tsv or json", 2);
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

    private static void writeTurtle(Model m, java.io.OutputStream out) {
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
