package org.newskg.ops;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.newskg.export.ExportFormat;
import org.newskg.export.Exporter;
import org.newskg.store.StoreReader;

/**
 * Writes a store (local or a server's) as RDF in one format, to a stream or to a file. A file is
 * written beside its target and moved into place, so a failed export never leaves half a file.
 */
public final class ExportOperation {
    private final ExportFormat format;

    /** @throws OperationException for a format newskg does not write */
    public ExportOperation(String format) {
        try {
            this.format = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new OperationException(e.getMessage(), 2);
        }
    }

    public void export(StoreReader store, OutputStream out) throws IOException {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        Exporter.export(dataset(store), format, buffered);
        buffered.flush();
    }

    public void export(StoreReader store, Path output) throws IOException {
        Dataset dataset = dataset(store);
        // the temporary file is made as any file the user writes (their umask, not createTempFile's
        // 0600) and removed whatever ends the export early
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(".newskg-export-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                Exporter.export(dataset, format, out);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static Dataset dataset(StoreReader store) {
        return DatasetFactory.wrap(store.quads());
    }
}
