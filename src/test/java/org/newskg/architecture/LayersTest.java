package org.newskg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers, in the order data flows: code may use its own layer and those below,
 * never one above (so there is no cycle), and no class runs over ~300 lines without saying why at
 * its top.
 */
class LayersTest {
    /** Lowest first. */
    private static final List<String> LAYERS = List.of("lexicon", "ingest", "nlp", "extract", "resolve", "infer", "rdf", "relation",
        "store", "export", "web", "ops", "pipeline", "spark", "bench", "serve", "cli");
    private static final Path SRC = Path.of("src/main/java/org/newskg");
    private static final Pattern USE = Pattern.compile("\\borg\\.newskg\\.([a-z]+)\\.");
    /** String literals and comments: a package named in a message or in prose is no dependency. */
    private static final Pattern NOT_CODE = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|//[^\\n]*|/\\*(?s:.*?)\\*/");

    @Test
    void noPackageUsesALayerAboveIt() throws IOException {
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SRC)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SRC.relativize(f).getName(0).toString();
                assertTrue(LAYERS.contains(pkg), "package " + pkg + " has no layer in LayersTest");
                String code = NOT_CODE.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll("");
                Matcher m = USE.matcher(code);
                while (m.find()) {
                    String used = m.group(1);
                    if (LAYERS.indexOf(used) > LAYERS.indexOf(pkg)) {
                        upward.add(SRC.relativize(f) + " uses " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), upward.stream().distinct().toList());
    }

    @Test
    void aClassOverThreeHundredLinesSaysWhy() throws IOException {
        List<String> unexplained = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SRC)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                long lines = text.lines().count();
                if (lines > 310 && !text.contains("Over 300 lines because")) {
                    unexplained.add(SRC.relativize(f) + " (" + lines + " lines)");
                }
            }
        }
        assertEquals(List.of(), unexplained);
    }
}
