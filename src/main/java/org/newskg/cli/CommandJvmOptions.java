package org.newskg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The JVM options {@link Launcher} gives the JVM it starts for a command, read from a resource
 * ({@value #RESOURCE}) in the manner of Elasticsearch's {@code jvm.options}: a line is
 * {@code COMMANDS: OPTION}, where COMMANDS is {@code *} or newskg commands separated by commas;
 * {@code #} starts a comment. The file says why each option is there; the README's "Start-up"
 * section has the measurements.
 */
public final class CommandJvmOptions {
    /** The options newskg ships with, on the class path. */
    public static final String RESOURCE = "/org/newskg/cli/jvm.options";

    private record Line(Set<String> commands, String option) {
        boolean appliesTo(String command) {
            return commands.contains("*") || commands.contains(command);
        }
    }

    private final List<Line> lines;

    private CommandJvmOptions(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The options newskg ships with ({@value #RESOURCE}). */
    public static CommandJvmOptions standard() {
        try (InputStream in = CommandJvmOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path: rebuild newskg (mvn package)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads options in the file's format.
     *
     * @param source what the text is, for error messages
     * @throws IllegalArgumentException naming the line, when a line is not {@code COMMANDS: -OPTION}
     */
    public static CommandJvmOptions parse(String text, String source) {
        List<Line> out = new ArrayList<>();
        int number = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String raw = r.readLine(); raw != null; raw = r.readLine()) {
                number++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String option = colon < 0 ? "" : line.substring(colon + 1).strip();
                String[] commands = colon < 0 ? new String[0] : line.substring(0, colon).split(",");
                if (colon <= 0 || !option.startsWith("-") || option.contains(" ")
                    || Arrays.stream(commands).map(String::strip).anyMatch(c -> !c.matches("\\*|[a-z]+"))) {
                    throw new IllegalArgumentException(source + " line " + number + ": expected COMMANDS: -OPTION"
                        + " (COMMANDS * or names separated by commas, one option with no space), found: " + line);
                }
                out.add(new Line(Set.copyOf(Arrays.stream(commands).map(String::strip).toList()), option));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return new CommandJvmOptions(out);
    }

    /** The commands the lines name ({@code *} not included): a name that is no command would never apply. */
    public Set<String> commandsNamed() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        lines.forEach(l -> out.addAll(l.commands()));
        out.remove("*");
        return out;
    }

    /** The options for a command, in the file's order (the command is the command line's first word). */
    public List<String> forCommand(String command) {
        return lines.stream().filter(l -> l.appliesTo(command)).map(Line::option).toList();
    }
}
