package org.newskg.web;

/**
 * Where the data's IRIs live on this server: IRIs under the base ({@code https://w3id.org/newskg/id/}
 * unless a deployment sets its own) answer at the server's {@code /id/…}, so the pages link to
 * local paths and work on any host name.
 */
public record Links(String base) {
    public static final String DEFAULT_BASE = "https://w3id.org/newskg/id/";

    public Links {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("the IRI base must end with '/': " + base);
        }
    }

    public static Links standard() {
        return new Links(DEFAULT_BASE);
    }

    /** The local path of an IRI under the base ({@code /id/person/laura-cooper}), or the IRI itself. */
    public String href(String iri) {
        return iri.startsWith(base) ? "/id/" + iri.substring(base.length()) : iri;
    }

    /** The IRI a local {@code /id/…} path names. */
    public String iri(String pathAfterId) {
        return base + pathAfterId;
    }

    /** True for an IRI this server answers for. */
    public boolean isOurs(String iri) {
        return iri.startsWith(base);
    }
}
