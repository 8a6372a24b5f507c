package org.newskg.resolve;

import java.text.Normalizer;
import java.util.Locale;

/** Mints the graph-wide IRIs of entities and articles under one base ({@code https://w3id.org/newskg/id/}). */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/newskg/id/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris standard() {
        return new Iris(DEFAULT_BASE);
    }

    public String person(PersonName name) {
        return base + "person/" + slug(name.key());
    }

    public String country(String iso2) {
        return base + "country/" + iso2;
    }

    public String mission(String id) {
        return base + "mission/" + id;
    }

    public String article(String sourceFile) {
        return base + "article/" + slug(sourceFile.replace('/', '-').replace('.', '-'));
    }

    public String base() {
        return base;
    }

    /** ASCII, lower case, words joined by hyphens. */
    public static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
