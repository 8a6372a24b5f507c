package org.newskg.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.newskg.export.ExportFormat;
import org.newskg.export.Exporter;
import org.newskg.store.Tdb2Store;

/** A store as the sorted N-Quads `newskg export --format nquads` writes, for tests that compare two graphs byte for byte. */
public final class Exports {
    private Exports() {
    }

    public static String nquads(Tdb2Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store.dataset(), ExportFormat.NQUADS, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
