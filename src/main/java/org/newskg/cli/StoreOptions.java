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

    /**
     * The store, which must already exist: a command that only reads (or serves) a mistyped path
     * is told so instead of creating an empty store there and reporting on it.
     *
     * @param emptyFolderOk whether an empty or missing default store is fine (serve shows an empty store)
     */
    Tdb2Store openExisting(boolean emptyFolderOk) {
        if (!isStore(store)) {
            boolean defaultStore = store.normalize().equals(Path.of("data/tdb2"));
            if (!(emptyFolderOk && (defaultStore || isEmptyOrMissing(store)))) {
                throw new UserError(store + " is not a newskg store (no TDB2 files there); build one first with "
                    + "newskg build --store " + store + " FILES, or give --store DIR");
            }
        }
        return Tdb2Store.open(store);
    }

    /** Where a read-only command reads: the server at {@code endpoint} when one is given, else this store. */
    org.newskg.store.StoreReader reader(String endpoint) {
        if (endpoint != null) {
            if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
                throw new UserError("--endpoint needs a server's dataset URL, e.g. http://localhost:3030/kg", 2);
            }
            return org.newskg.store.StoreReader.remote(endpoint);
        }
        return org.newskg.store.StoreReader.local(openExisting(false), store.toString());
    }

    /** True if the folder holds TDB2 files (a Data-NNNN folder or TDB2's lock file). */
    static boolean isStore(Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return false;
        }
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-") || p.getFileName().toString().equals("tdb.lock"));
        } catch (java.io.IOException e) {
            throw new UserError("cannot read the store folder " + dir + ": " + e.getMessage());
        }
    }

    private static boolean isEmptyOrMissing(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return true;
        }
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
