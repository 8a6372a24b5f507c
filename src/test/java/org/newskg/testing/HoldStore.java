package org.newskg.testing;

import java.nio.file.Path;
import org.newskg.store.Tdb2Store;

/** A second process for tests: opens a store, says "held", and keeps it until its input closes. */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        Tdb2Store.open(Path.of(args[0])).dataset();
        System.out.println("held");
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the test to close our input
        }
    }
}
