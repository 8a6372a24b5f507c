package org.newskg.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The SPARQL the operations run, kept as {@code .rq} files beside them in the jar ({@code org/newskg/ops/}). */
final class SparqlResources {
    private SparqlResources() {
    }

    static String load(String name) {
        try (InputStream in = SparqlResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("org/newskg/ops/" + name + " is missing from the jar; rebuild it with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
