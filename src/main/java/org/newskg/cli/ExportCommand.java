package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.ops.ExportOperation;
import org.newskg.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;


/** {@code newskg export}: write the store as linked data. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the store as RDF: nquads and trig keep one graph per article (jsonld too); turtle, ntriples and rdfxml write the union of all graphs.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", required = true, paramLabel = "F", description = "nquads | trig | turtle | ntriples | jsonld | rdfxml")
    String format;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "write to a file instead of stdout")
    Path output;

    @Option(names = "--endpoint", paramLabel = "URL",
        description = "read a running newskg server (its dataset URL, e.g. http://localhost:3030/kg) instead of --store")
    String endpoint;

    @Override
    public Integer call() throws IOException {
        ExportOperation export = new ExportOperation(format);
        try (StoreReader store = storeOptions.reader(endpoint)) {
            if (output == null) {
                export.export(store, System.out);
            } else {
                export.export(store, output);
                System.err.println("wrote " + output);
            }
        }
        return 0;
    }
}
