package org.newskg.cli;

import java.nio.file.Path;
import org.newskg.store.Tdb2Store;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that reads or writes the store takes. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/tdb2",
        description = "the TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path store;

    /** The store; its files are opened on first use (a locked store fails then, with a {@link org.newskg.store.StoreException}). */
    Tdb2Store open() {
        return Tdb2Store.open(store);
    }
}
