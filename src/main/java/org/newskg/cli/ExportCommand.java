package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.newskg.export.ExportFormat;
import org.newskg.export.Exporter;
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
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), 2);
        }
        try (StoreReader store = storeOptions.reader(endpoint)) {
            return export(store, f);
        }
    }

    private int export(StoreReader store, ExportFormat f) throws IOException {
        org.apache.jena.query.Dataset dataset = org.apache.jena.query.DatasetFactory.wrap(store.quads());
        if (output == null) {
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            Exporter.export(dataset, f, out);
            out.flush();
            return 0;
        }
        // write beside the target and move into place, so a failed export never leaves half a file;
        // the temporary file is made as any file the user writes (their umask, not createTempFile's 0600)
        // and removed whatever ends the export early
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(".newskg-export-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                Exporter.export(dataset, f, out);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
        System.err.println("wrote " + output);
        return 0;
    }
}
