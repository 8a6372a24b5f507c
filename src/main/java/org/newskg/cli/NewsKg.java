package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command line: build, serve, query, export, up. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = NewsKg.Version.class,
    description = "Builds a knowledge graph of people, countries, missions and meetings from news articles and serves it over SPARQL.",
    subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class, ValidateCommand.class,
        ExplainCommand.class, BenchCommand.class, UpCommand.class, DiagramCommand.class,
        CommandLine.HelpCommand.class})
public final class NewsKg implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 bad usage). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new NewsKg());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("newskg: " + UserError.describe(ex));
            return ex instanceof UserError u ? u.exitCode() : 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: build, serve, query, export or up");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = NewsKg.class.getPackage().getImplementationVersion();
            return new String[] {"newskg " + (v == null ? "(development build)" : v)};
        }
    }
}
