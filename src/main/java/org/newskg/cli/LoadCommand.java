package org.newskg.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.newskg.store.Folders;
import org.newskg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newskg load}: N-Quads shards (what {@code newskg spark} writes) into a new store with
 * Jena's TDB2 bulk loader, then the article index, so that a later {@code build} of the same
 * files finds them unchanged.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Bulk-loads N-Quads shards (files, or folders of part-* files such as newskg spark's graphs/ and derived/) into a new TDB2 store with Jena's TDB2 loader, and records the articles' content hashes for later builds.")
public final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "SHARDS", arity = "1..*", description = "N-Quads files or folders of them")
    List<Path> shards;

    @Option(names = "--loader", defaultValue = "parallel", description = "TDB2 loader: parallel, phased, sequential or basic (default: ${DEFAULT-VALUE})")
    String loader;

    @Override
    public Integer call() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path p : shards) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")
                        && !f.getFileName().toString().startsWith("_")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new UserError("no such shard file or folder: " + p);
            }
        }
        if (StoreOptions.isStore(storeOptions.store)) {
            throw new UserError(storeOptions.store + " is already a store; load writes a new one (give a new --store folder), "
                + "and build adds to an existing one");
        }
        long t0 = System.nanoTime();
        long quads;
        // the loader's progress lines (every 500,000 quads, and per phase) go to stderr
        org.apache.jena.system.progress.MonitorOutput progress = (fmt, args) -> System.err.println("load: " + String.format(fmt, args));
        boolean done = false;
        try (Tdb2Store store = storeOptions.open()) {
            DataLoader l = switch (loader) {
                case "parallel" -> LoaderFactory.createLoader(LoaderPlans.loaderPlanParallel, store.datasetGraph(), progress);
                case "phased" -> LoaderFactory.createLoader(LoaderPlans.loaderPlanPhased, store.datasetGraph(), progress);
                case "sequential" -> LoaderFactory.sequentialLoader(store.datasetGraph(), progress);
                case "basic" -> LoaderFactory.basicLoader(store.datasetGraph(), progress);
                default -> throw new UserError("unknown --loader " + loader + "; use parallel, phased, sequential or basic", 2);
            };
            l.startBulk();
            try {
                for (Path f : files) {
                    try (InputStream in = Files.newInputStream(f)) {
                        l.loadFromInputStream(f.toUri().toString(), in, Lang.NQUADS);
                    }
                }
                l.finishBulk();
            } catch (Exception e) {
                l.finishException(e);
                throw new UserError("cannot load the shards (" + e + "); nothing was kept, " + storeOptions.store + " is removed");
            }
            quads = l.countQuads() + l.countTriples();
            store.saveArticleIndex(Map.of());
            done = true;
        } finally {
            if (!done) {
                removeQuietly(storeOptions.store); // a half-loaded new store is no store
            }
        }
        System.out.printf("loaded %,d quads from %d shard files into %s, %.1f s%n", quads, files.size(), storeOptions.store,
            (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static void removeQuietly(Path dir) {
        try {
            Folders.delete(dir);
        } catch (java.io.IOException e) {
            System.err.println("newskg: could not remove " + dir + ": " + e.getMessage());
        }
    }
}
