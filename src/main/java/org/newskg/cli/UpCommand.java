package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newskg up}: build seeds/ and serve it. Into a fresh store the seeds are built while the
 * server already answers (an empty graph until they commit); an existing store is brought up to
 * date first.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
    description = "Builds the sample articles in seeds/ into the store and serves it (build + serve); into a fresh store, "
        + "the server answers at once and the seeds appear when built.")
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
        String[] serve = {"serve", "--store", store.toString(), "--port", Integer.toString(port)};
        if (StoreOptions.isStore(store)) {
            // a store that exists: bring it up to date (unchanged seeds cost a look at their size and time), then serve it
            reportSeeds(NewsKg.run("build", "--store", store.toString(), seeds.toString()));
            return NewsKg.run(serve);
        }
        // a fresh store: serve it at once and build the seeds into it as soon as the server
        // listens (the models' loading would otherwise take the cores the server starts on), so
        // that the first query is answered before the models are loaded; the seeds appear when
        // their transaction commits (queries before that see an empty graph, never half an article)
        Tdb2Store.open(store); // made now, so that the server and the build open the same store
        Thread build = new Thread(() -> {
            awaitListening(port);
            reportSeeds(NewsKg.run("build", "--store", store.toString(), seeds.toString()));
        }, "newskg-seeds");
        build.setDaemon(true);
        build.start();
        return NewsKg.run(serve);
    }

    /** Waits until something listens on the loopback port (the server), for at most a minute. */
    private static void awaitListening(int port) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < until) {
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (java.io.IOException notYet) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void reportSeeds(int built) {
        if (built != 0) {
            System.err.println("newskg: some seeds were not built (see above); serving what was");
        }
    }
}
