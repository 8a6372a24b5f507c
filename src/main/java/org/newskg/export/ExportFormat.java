package org.newskg.export;

import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/** The formats {@code export} writes; quad formats keep one graph per article, triple formats write the union. */
public enum ExportFormat {
    NQUADS(RDFFormat.NQUADS_UTF8, true),
    TRIG(RDFFormat.TRIG_PRETTY, true),
    TURTLE(RDFFormat.TURTLE_PRETTY, false),
    NTRIPLES(RDFFormat.NTRIPLES_UTF8, false),
    JSONLD(RDFFormat.JSONLD11, true),
    RDFXML(RDFFormat.RDFXML_PRETTY, false);

    private final RDFFormat format;
    private final boolean quads;

    ExportFormat(RDFFormat format, boolean quads) {
        this.format = format;
        this.quads = quads;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    public boolean quads() {
        return quads;
    }

    /** Parses a user's format name ("nquads", "n-quads", "ttl"…). */
    public static ExportFormat parse(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (n) {
            case "nquads", "nq" -> NQUADS;
            case "trig" -> TRIG;
            case "turtle", "ttl" -> TURTLE;
            case "ntriples", "nt" -> NTRIPLES;
            case "jsonld", "json" -> JSONLD;
            case "rdfxml", "xml", "rdf" -> RDFXML;
            default -> throw new IllegalArgumentException("unknown format '" + name
                + "'; use one of nquads, trig, turtle, ntriples, jsonld, rdfxml");
        };
    }
}
