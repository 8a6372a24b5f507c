package org.newskg.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * What {@code java -jar target/newskg.jar} starts: the command line in a JVM that maps newskg's
 * class-data sharing archive ({@code target/newskg.jsa}, which {@code mvn package} makes with
 * {@link ClassArchiveTraining}) instead of loading, parsing and verifying its classes again. A JVM
 * reads an archive only when a flag tells it to, and {@code java -jar} cannot give flags, so this
 * JVM starts a second one with the flag, its own JVM options and the same arguments, hands it the
 * terminal and returns its exit code (as Elasticsearch's launcher starts its server's JVM). It does
 * not when there is no archive beside the jar, when it runs from classes rather than the jar (the
 * tests), when the JVM options already name an archive (making one, or the operator's own), or
 * when {@code NEWSKG_CLASS_ARCHIVE=off}: then the command runs here. A stale archive (the jars
 * changed since) is ignored by the JVM, silently, and the command runs as fast as without it. The
 * second JVM also gets the options newskg ships for the command ({@link CommandJvmOptions}: how the
 * JIT should treat a short batch run), unless {@code NEWSKG_JVM_OPTIONS=off}; a command run in the
 * first JVM runs with that JVM's options only.
 */
public final class Launcher {
    /** Set on the second JVM, so that it runs the command rather than start a third. */
    static final String LAUNCHED = "newskg.launched";
    /** The environment variable that turns the second JVM off. */
    static final String SWITCH = "NEWSKG_CLASS_ARCHIVE";
    /** The archive's name, beside the jar. */
    static final String ARCHIVE = "newskg.jsa";
    /** The environment variable that leaves out the options of {@link CommandJvmOptions} (for comparisons). */
    static final String OPTIONS_SWITCH = "NEWSKG_JVM_OPTIONS";

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean launched = System.getProperty(LAUNCHED) != null;
        Optional<List<String>> command = launched ? Optional.empty()
            : childCommand(false, System.getenv(), jarPath(), ProcessHandle.current().info(), CommandJvmOptions::standard, args);
        if (command.isEmpty()) {
            if (launched) {
                endWithTheFirstJvm();
            }
            NewsKg.main(args);
            return;
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException e) {
            // the logger only here: on the way to the second JVM this one loads as little as it can
            LoggerFactory.getLogger(Launcher.class).warn("could not start a JVM with the class archive ({}); running without it", e.getMessage());
            NewsKg.main(args);
            return;
        }
        // a TERM or an interrupt to this JVM reaches the command's JVM, which shuts down as it would
        // alone (the server closes the store); this JVM waits for it
        Thread forward = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "newskg-launcher-stop");
        Runtime.getRuntime().addShutdownHook(forward);
        int code = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(forward);
        } catch (IllegalStateException shuttingDown) {
            return; // this JVM was told to stop, and the hook has stopped the second: the JVM ends with the signal's status
        }
        System.exit(code);
    }

    /**
     * In the second JVM: should the first end without stopping it (a KILL, which no hook sees), end
     * too, through the shutdown hooks (the server closes the store), rather than serve on unseen.
     */
    private static void endWithTheFirstJvm() {
        ProcessHandle.current().parent().ifPresent(first -> first.onExit().thenRun(() -> {
            System.err.println("newskg: the launching JVM (pid " + first.pid() + ") ended; stopping");
            System.exit(143);
        }));
    }

    /**
     * The second JVM's command line, or empty when the command is to run in this one.
     *
     * @param launched whether this JVM is already the second one
     * @param env this process's environment
     * @param jar the jar this class was loaded from, if it was
     * @param self this process's executable and arguments, as the OS gives them
     * @param tuned the JVM options newskg gives each command, before the operator's own (which so win);
     *              read only when a second JVM is to start with them
     * @param args the command's arguments
     */
    static Optional<List<String>> childCommand(boolean launched, Map<String, String> env, Optional<Path> jar, ProcessHandle.Info self,
                                               Supplier<CommandJvmOptions> tuned, String[] args) {
        if (launched || isOff(env, SWITCH) || jar.isEmpty()) {
            return Optional.empty();
        }
        Path archive = jar.get().resolveSibling(ARCHIVE);
        Optional<String> java = self.command();
        Optional<String[]> argv = self.arguments();
        if (!Files.isRegularFile(archive) || java.isEmpty() || argv.isEmpty()) {
            return Optional.empty();
        }
        List<String> jvmOptions = jvmOptions(argv.get());
        // the options the java launcher takes from the environment count too; the second JVM gets
        // them the same way, from the environment it inherits
        String fromEnv = env.getOrDefault("JDK_JAVA_OPTIONS", "") + " " + env.getOrDefault("JAVA_TOOL_OPTIONS", "");
        if (jvmOptions == null || jvmOptions.stream().anyMatch(Launcher::namesSharing) || namesSharing(fromEnv)) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.get());
        if (!isOff(env, OPTIONS_SWITCH)) {
            cmd.addAll(tuned.get().forCommand(args.length > 0 ? args[0] : ""));
        }
        cmd.addAll(jvmOptions);
        cmd.add("-XX:SharedArchiveFile=" + archive);
        cmd.add("-Xshare:auto");
        cmd.add("-Xlog:cds=off");
        cmd.add("-Xlog:cds+dynamic=off"); // a stale archive is no error: the JVM loads the classes itself
        cmd.add("-D" + LAUNCHED + "=true");
        cmd.add("-jar");
        cmd.add(jar.get().toString());
        cmd.addAll(Arrays.asList(args));
        return Optional.of(cmd);
    }

    /** Whether the operator turned a switch off ({@code NAME=off}, any case). */
    private static boolean isOff(Map<String, String> env, String name) {
        return "off".equalsIgnoreCase(env.getOrDefault(name, ""));
    }

    /** Whether JVM options say which archive to use or make, or whether to share classes at all: the operator's choice, then. */
    private static boolean namesSharing(String options) {
        return options.contains("-XX:SharedArchiveFile") || options.contains("-XX:ArchiveClassesAtExit") || options.contains("-Xshare");
    }

    /**
     * The JVM options of a {@code java [options] -jar JAR args} command line (what comes before
     * {@code -jar}); null when it is not one (the class was named on the command line instead).
     */
    static List<String> jvmOptions(String[] argv) {
        int jarAt = Arrays.asList(argv).indexOf("-jar");
        return jarAt < 0 ? null : List.of(Arrays.copyOfRange(argv, 0, jarAt));
    }

    /** The jar this class was loaded from, absolute; empty when it came from a classes folder. */
    private static Optional<Path> jarPath() {
        java.security.CodeSource source = Launcher.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | java.nio.file.FileSystemNotFoundException | IllegalArgumentException e) {
            return Optional.empty(); // not a file on this file system: nothing to launch from
        }
    }
}
