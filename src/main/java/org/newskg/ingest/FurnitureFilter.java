package org.newskg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises page furniture ("Newsroom logo", a lone "None", "VIDEO | 01:07 | …",
 * "Last update: …") so that it never reaches NLP. The patterns are in {@code furniture.tsv}.
 */
public final class FurnitureFilter {
    private final List<Pattern> wholeLines = new ArrayList<>();
    private final List<Pattern> inline = new ArrayList<>();

    /** The filter with the project's furniture patterns. */
    public static FurnitureFilter standard() {
        try (InputStream in = FurnitureFilter.class.getResourceAsStream("furniture.tsv")) {
            if (in == null) {
                throw new IllegalStateException("furniture.tsv is missing from the classpath; rebuild newskg");
            }
            return new FurnitureFilter(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read furniture.tsv", e);
        }
    }

    FurnitureFilter(List<String> rules) {
        for (String rule : rules) {
            if (rule.isBlank() || rule.startsWith("#")) {
                continue;
            }
            String[] cols = rule.split("\t", 2);
            if (cols.length != 2) {
                throw new IllegalArgumentException("furniture rule is not 'scope<TAB>regex': " + rule);
            }
            switch (cols[0]) {
                case "line" -> wholeLines.add(Pattern.compile(cols[1]));
                case "inline" -> inline.add(Pattern.compile(cols[1]));
                default -> throw new IllegalArgumentException("furniture scope must be line or inline: " + rule);
            }
        }
    }

    /** True when the whole line is furniture. */
    public boolean isFurniture(String line) {
        String t = line.strip();
        for (Pattern p : wholeLines) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The line with inline furniture cut out (and trailing space trimmed). */
    public String clean(String line) {
        String out = line;
        for (Pattern p : inline) {
            Matcher m = p.matcher(out);
            if (m.find()) {
                out = out.substring(0, m.start());
            }
        }
        return out.stripTrailing();
    }
}
