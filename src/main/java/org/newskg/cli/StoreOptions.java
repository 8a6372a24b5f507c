package org.newskg.cli;

import java.nio.file.Path;
import org.apache.jena.dboe.base.file.FileException;
import org.newskg.store.Tdb2Store;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that reads or writes the store takes. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/tdb2",
        description = "the TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path store;

    Tdb2Store open() {
        try {
            return Tdb2Store.open(store);
        } catch (FileException e) {
            throw new UserError("cannot open the store " + store + ": " + e.getMessage()
                + " (is another newskg process, e.g. 'serve', using it? stop it, or use build --endpoint)");
        }
    }
}
