package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newskg up}: build seeds/ and serve it. */
@Command(name = "up", mixinStandardHelpOptions = true,
    description = "Builds the sample articles in seeds/ into the store and serves it (build + serve).")
public final class UpCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/tdb2", description = "the TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "articles to build (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() {
        if (!Files.isDirectory(seeds)) {
            throw new UserError("no " + seeds + " folder here; run newskg up from the project folder, or give --seeds DIR");
        }
        // each step is run as its own command line (which registers only that command)
        int built = NewsKg.run("build", "--store", store.toString(), seeds.toString());
        if (built != 0) {
            System.err.println("newskg: some seeds were not built (see above); serving what was");
        }
        return NewsKg.run(List.of("serve", "--store", store.toString(), "--port", Integer.toString(port)).toArray(String[]::new));
    }
}
