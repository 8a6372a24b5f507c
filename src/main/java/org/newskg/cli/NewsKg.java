package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command line: build, serve, query, export, up. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = NewsKg.Version.class,
    description = "Builds a knowledge graph of people, countries, missions and meetings from news articles and serves it over SPARQL.")
public final class NewsKg implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The subcommands, in the order the help lists them. */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> COMMANDS = commands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> commands() {
        java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("build", BuildCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("query", QueryCommand::new);
        m.put("export", ExportCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("loadtest", LoadTestCommand::new);
        m.put("spark", SparkCommand::new);
        m.put("load", LoadCommand::new);
        m.put("up", UpCommand::new);
        m.put("diagram", DiagramCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The commands' names, as the command line's first word names them. */
    static java.util.Set<String> commandNames() {
        return COMMANDS.keySet();
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 bad usage). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new NewsKg());
        // picocli reads every registered command's annotations up front (0.2 s of a 0.6 s
        // unchanged re-build): when the first word names a command, only that one is registered;
        // otherwise (help, a typo) all of them, so that usage lists them all
        String first = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        boolean one = COMMANDS.containsKey(first) && !first.equals("help") && args.length > 0 && args[0].equals(first);
        COMMANDS.forEach((name, make) -> {
            if (!one || name.equals(first)) {
                cl.addSubcommand(name, make.get());
            }
        });
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("newskg: " + UserError.describe(ex));
            return ex instanceof UserError u ? u.exitCode() : ex instanceof org.newskg.ops.OperationException o ? o.exitCode() : 1;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only exceptions to the handler above; without this the user gets a stack trace
            cl.getErr().println("newskg: " + UserError.outOfMemory(e));
            return 1;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: build, serve, query, explain, export, validate, bench, loadtest, up, diagram");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newskg " + version()};
        }
    }

    /** newskg's version, as pom.xml gives it (the ontology's owl:versionInfo is the same, tested). */
    public static String version() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = NewsKg.class.getResourceAsStream("/org/newskg/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("org/newskg/version.properties is missing from the classpath; rebuild newskg");
            }
            p.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read newskg's version", e);
        }
        return p.getProperty("version");
    }
}
