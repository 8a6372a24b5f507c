package org.newskg.resolve;

import org.newskg.lexicon.Slug;

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
        return base + "person/" + Slug.of(name.key());
    }

    public String country(String iso2) {
        return base + "country/" + iso2;
    }

    public String mission(String id) {
        return base + "mission/" + id;
    }

    /**
     * An article's IRI from its source file's relative path, readable and one-to-one: letters,
     * digits, {@code - . _ ~} and the path's slashes are kept as they are (case too), anything
     * else is percent-encoded as UTF-8. {@code A.TXT}, {@code a.txt} and {@code a-txt}, or
     * {@code 报道.txt} and {@code 新闻.txt}, are different articles; a slug made them one.
     */
    public String article(String sourceFile) {
        return base + "article/" + pathSegments(sourceFile);
    }

    /** The one-to-one, readable IRI form of a relative path (see {@link #article}). */
    static String pathSegments(String path) {
        StringBuilder b = new StringBuilder(path.length() + 8);
        path.codePoints().forEach(c -> {
            if (c > 0x7f ? Character.isLetterOrDigit(c) : isAsciiKept(c)) {
                b.appendCodePoint(c);
            } else {
                for (byte x : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    b.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(x & 0xf, 16)));
                }
            }
        });
        return b.toString();
    }

    private static boolean isAsciiKept(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    }

    /** A fact's IRI from the parts that make it the same fact in any article. */
    public String fact(String kind, String... parts) {
        return base + kind + "/" + hash(String.join("|", parts));
    }

    /** The IRI of a piece of evidence: the article, the span and the rule. */
    public String evidence(String articleIri, int begin, int end, String rule) {
        return base + "evidence/" + hash(articleIri + "|" + begin + "|" + end + "|" + rule);
    }

    public String place(String city, String country) {
        return base + "place/" + country + "-" + Slug.of(city);
    }

    static String hash(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    public String base() {
        return base;
    }
}
