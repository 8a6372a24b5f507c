package org.newskg.lexicon;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable identifiers made from names, for IRIs and mission ids: ASCII, lower case, words joined
 * by hyphens ("Operation Inherent Resolve" is "operation-inherent-resolve", "Dušan" is "dusan").
 */
public final class Slug {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");

    private Slug() {
    }

    /** The slug of a name. */
    public static String of(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String hyphenated = NOT_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        return EDGE_HYPHENS.matcher(hyphenated).replaceAll("");
    }
}
