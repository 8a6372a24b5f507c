package org.newskg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.newskg.ops.ExplainOperation;
import org.newskg.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newskg explain}: the options of {@link ExplainOperation}. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Prints the facts about an entity (given by name, e.g. \"Ilham Aliyev\", or by IRI) or one fact (by IRI), each with the article, sentence, character offsets, extractor and confidence behind it, and how its date was resolved.")
public final class ExplainCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "WHAT", description = "a name (label or other name) or an IRI of an entity or fact")
    String what;

    @Option(names = "--endpoint", paramLabel = "URL",
        description = "read a running newskg server (its dataset URL, e.g. http://localhost:3030/kg) instead of --store")
    String endpoint;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ExplainOperation explain = new ExplainOperation();
        try (StoreReader store = storeOptions.reader(endpoint)) {
            store.read(() -> {
                explain.explain(store, what, out);
                return null;
            });
        }
        return 0;
    }
}
