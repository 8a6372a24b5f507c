package org.newskg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** Line formats (N-Quads, N-Triples) in sorted order, duplicates dropped, for stable diffs. */
final class SortedLines {
    private SortedLines() {
    }

    static void write(DatasetGraph dsg, boolean quads, OutputStream out) {
        TreeSet<String> lines = new TreeSet<>();
        dsg.find().forEachRemaining(q -> lines.add(line(q, quads)));
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
            for (String l : lines) {
                buf.write(l.getBytes(StandardCharsets.UTF_8));
                if (buf.size() > 1 << 20) {
                    buf.writeTo(out);
                    buf.reset();
                }
            }
            buf.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(Quad q, boolean quads) {
        List<String> parts = new ArrayList<>(4);
        parts.add(NodeFmtLib.strNT(q.getSubject()));
        parts.add(NodeFmtLib.strNT(q.getPredicate()));
        parts.add(NodeFmtLib.strNT(q.getObject()));
        if (quads && !q.isDefaultGraph()) {
            parts.add(NodeFmtLib.strNT(q.getGraph()));
        }
        return String.join(" ", parts) + " .\n";
    }
}
