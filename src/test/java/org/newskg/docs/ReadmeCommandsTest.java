package org.newskg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command blocks of README.md, as ROBOT's documentation tests do, so that what the README
 * promises is what the tool says.
 *
 * <p>A block whose lines start with {@code $ } is a transcript: each command runs in bash, in a
 * scratch folder that holds the project's {@code seeds/}, {@code queries/} and {@code ontology/},
 * with {@code java -jar target/newskg.jar} run from the test classpath and {@code /tmp/} moved into
 * the scratch folder. Its exit code must be 1 when the transcript shows a {@code newskg:} message
 * and 0 otherwise, and every output line the README shows must be printed (durations masked,
 * spaces collapsed, a "…" standing for text left out). A {@code ```sh} block's lines are commands
 * that must succeed. A block that cannot run here (a server, a benchmark of minutes) is preceded by
 * {@code <!-- readme-test: skip REASON -->}, and the reason is printed.
 */
class ReadmeCommandsTest {
    private static final Pattern FENCE = Pattern.compile("(?:<!-- readme-test: skip ([^>]*) -->[ \\t]*\\n)?```(\\w*)\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern DURATION = Pattern.compile("\\d+(?:[.,]\\d+)?\\s?(?:ms|s|min)\\b");
    private static final String JAR = "java -jar target/newskg.jar";

    @TempDir
    Path work;
    private Path shared;

    /** One command of a block and the output lines the README shows for it. */
    private record Step(String command, List<String> expected) {
    }

    @Test
    void everyCommandBlockOfTheReadmeRunsAsShown() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Path project = Path.of("").toAbsolutePath();
        for (String dir : List.of("seeds", "queries", "ontology")) {
            copyFolder(project.resolve(dir), work.resolve(dir)); // copies: a block may write into them (the diagram's)
        }
        Files.createDirectories(work.resolve("tmp"));
        shared = project.resolveSibling("shared");
        Matcher m = FENCE.matcher(readme);
        int ran = 0;
        List<String> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        while (m.find()) {
            String skip = m.group(1);
            String lang = m.group(2);
            String body = m.group(3);
            boolean transcript = body.startsWith("$ ");
            if (!transcript && !lang.equals("sh")) {
                continue; // output shown on its own, a layout, a table of figures
            }
            int line = readme.substring(0, m.start()).split("\n", -1).length;
            if (skip != null) {
                skipped.add("README.md:" + line + " (" + skip.strip() + ")");
                continue;
            }
            if (body.contains("../shared") && !Files.isDirectory(shared)) {
                skipped.add("README.md:" + line + " (../shared is not beside the project)");
                continue;
            }
            for (Step step : transcript ? transcript(body) : commands(body)) {
                problems.addAll(run(line, step));
                ran++;
            }
        }
        System.out.println("ReadmeCommandsTest: ran " + ran + " README commands; blocks not run: " + String.join("; ", skipped));
        assertEquals("", String.join("\n\n", problems), "the README says what the tool does not");
        assertTrue(ran >= 10, "the README's tour has its commands: ran " + ran);
    }

    private static List<Step> transcript(String body) {
        List<Step> steps = new ArrayList<>();
        String command = null;
        List<String> expected = new ArrayList<>();
        for (String l : body.split("\n")) {
            if (l.startsWith("$ ")) {
                if (command != null) {
                    steps.add(new Step(command, expected));
                }
                command = l.substring(2);
                expected = new ArrayList<>();
            } else if (command != null && command.endsWith("\\")) {
                command = command.substring(0, command.length() - 1) + l.strip();
            } else if (!l.isBlank()) {
                expected.add(l);
            }
        }
        steps.add(new Step(command, expected));
        return steps;
    }

    private static List<Step> commands(String body) {
        List<Step> steps = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        for (String l : body.split("\n")) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            command.append(l.endsWith("\\") ? l.substring(0, l.length() - 1) : l);
            if (!l.endsWith("\\")) {
                steps.add(new Step(command.toString(), List.of()));
                command.setLength(0);
            }
        }
        return steps;
    }

    /** Runs one command; what differs from the README, or nothing. */
    private List<String> run(int line, Step step) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = here(step.command()).replace(JAR, java + " -cp '" + System.getProperty("java.class.path") + "' org.newskg.cli.NewsKg");
        Process p = new ProcessBuilder("bash", "-c", cmd).directory(work.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return List.of("README.md:" + line + ": `" + step.command() + "` did not end in 5 minutes");
        }
        String output = new String(out, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        boolean showsFailure = step.expected().stream().anyMatch(e -> e.startsWith("newskg: "));
        if (p.exitValue() != (showsFailure ? 1 : 0)) {
            problems.add("README.md:" + line + ": `" + step.command() + "` exited " + p.exitValue() + ", the README implies "
                + (showsFailure ? 1 : 0));
        }
        List<String> actual = output.lines().map(ReadmeCommandsTest::normalised).toList();
        for (String e : step.expected()) {
            String[] parts = normalised(here(e)).split("…");
            if (actual.stream().noneMatch(a -> containsInOrder(a, parts))) {
                problems.add("README.md:" + line + ": `" + step.command() + "` did not print\n  " + e);
            }
        }
        if (!problems.isEmpty()) {
            problems.add("  (it printed:\n" + output.strip() + ")");
        }
        return problems;
    }

    /** The README's /tmp/ paths, inside this test's folder (so runs never meet); ../shared beside the project. */
    private String here(String s) {
        return s.replace("/tmp/", work.resolve("tmp") + "/").replace("../shared/", shared + "/");
    }

    static String normalised(String line) {
        return DURATION.matcher(line).replaceAll("<time>").replaceAll("\\s+", " ").strip();
    }

    static boolean containsInOrder(String line, String[] parts) {
        int at = 0;
        for (String part : parts) {
            String p = part.strip();
            int i = line.indexOf(p, at);
            if (i < 0) {
                return false;
            }
            at = i + p.length();
        }
        return true;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void theComparisonMasksDurationsAndHonoursEllipses() {
        assertEquals("built 2 of 2 files, <time>", normalised("built  2 of 2 files, 3.2 s"));
        assertTrue(containsInOrder("a b c d e", normalised("a … d").split("…")));
        assertTrue(!containsInOrder("a b c", normalised("c … a").split("…")));
    }
}
