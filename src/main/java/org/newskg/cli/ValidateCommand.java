package org.newskg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.newskg.ops.ValidateOperation;
import org.newskg.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;


/** {@code newskg validate}: check a whole store against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks the whole store (the union of all article graphs) against ontology/shapes.ttl and prints the SHACL report. Exit code 0 when it conforms, 1 when it does not.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "text", description = "text or turtle (the W3C SHACL report graph) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--endpoint", paramLabel = "URL",
        description = "read a running newskg server (its dataset URL, e.g. http://localhost:3030/kg) instead of --store")
    String endpoint;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("turtle")) {
            throw new UserError("unknown --format " + format + "; use text or turtle", 2);
        }
        ValidateOperation.Result r;
        try (StoreReader store = storeOptions.reader(endpoint)) {
            r = new ValidateOperation().validate(store);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (format.equals("turtle")) {
            RDFDataMgr.write(out, r.report().getModel(), RDFFormat.TURTLE_PRETTY);
        } else {
            out.printf("%s: %,d triples, %s%n", r.store(), r.triples(),
                r.violations().isEmpty() ? "conforms to ontology/shapes.ttl" : r.violations().size() + " violations of ontology/shapes.ttl");
            r.violations().forEach(x -> out.println("  " + x));
        }
        out.flush();
        return r.conforms() ? 0 : 1;
    }
}
