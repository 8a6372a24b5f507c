package org.newskg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the project's resource files (lexicons, gazetteers, rules): UTF-8, one record a line,
 * {@code #} comments and blank lines skipped.
 */
public final class ResourceLines {
    private ResourceLines() {
    }

    /** The data lines of a classpath resource given by absolute path ("/org/newskg/lexicon/ranks.txt"). */
    public static List<String> read(String resource) {
        try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath; rebuild newskg");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The data lines split on tabs, each with at least {@code minColumns} columns. */
    public static List<String[]> readTable(String resource, int minColumns) {
        return read(resource).stream().map(l -> {
            String[] cols = l.split("\t", -1);
            if (cols.length < minColumns) {
                throw new IllegalStateException(resource + ": expected " + minColumns + " tab-separated columns in: " + l);
            }
            return cols;
        }).toList();
    }
}
