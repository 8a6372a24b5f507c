package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code java -jar newskg.jar} starts a second JVM with the class archive, and with what command line. */
class LauncherTest {
    /** No tuned options: the tests of when and how the second JVM starts. */
    private static final Supplier<CommandJvmOptions> NONE = () -> CommandJvmOptions.parse("", "none");
    /** Options that must not be read: the command runs in this JVM, or the operator turned them off. */
    private static final Supplier<CommandJvmOptions> NOT_READ = () -> {
        throw new AssertionError("the shipped options were read though no second JVM starts with them");
    };

    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void jarWithArchive() throws IOException {
        jar = Files.createFile(dir.resolve("newskg.jar"));
        Files.createFile(dir.resolve(Launcher.ARCHIVE));
    }

    private static ProcessHandle.Info started(String... argv) {
        return new ProcessHandle.Info() {
            public Optional<String> command() {
                return Optional.of("/usr/lib/jvm/java-17/bin/java");
            }

            public Optional<String> commandLine() {
                return Optional.empty();
            }

            public Optional<String[]> arguments() {
                return Optional.of(argv);
            }

            public Optional<Instant> startInstant() {
                return Optional.empty();
            }

            public Optional<Duration> totalCpuDuration() {
                return Optional.empty();
            }

            public Optional<String> user() {
                return Optional.empty();
            }
        };
    }

    @Test
    void theSecondJvmGetsTheUsersOptionsTheArchiveAndTheSameArguments() {
        List<String> cmd = Launcher.childCommand(false, Map.of(), Optional.of(jar),
            started("-Xmx3g", "-Dx=y z", "-jar", "target/newskg.jar", "build", "--threads", "1", "seeds"),
            NONE, new String[] {"build", "--threads", "1", "seeds"}).orElseThrow();
        assertEquals(List.of("/usr/lib/jvm/java-17/bin/java", "-Xmx3g", "-Dx=y z", "-XX:SharedArchiveFile=" + dir.resolve("newskg.jsa"),
            "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Dnewskg.launched=true", "-jar", jar.toString(),
            "build", "--threads", "1", "seeds"), cmd);
    }

    @Test
    void theCommandRunsInThisJvmWhenItIsAlreadyTheSecondOrTheOperatorSaysOff() {
        ProcessHandle.Info self = started("-jar", "newskg.jar", "query");
        assertTrue(Launcher.childCommand(true, Map.of(), Optional.of(jar), self, NOT_READ, new String[] {"query"}).isEmpty());
        assertTrue(Launcher.childCommand(false, Map.of("NEWSKG_CLASS_ARCHIVE", "off"), Optional.of(jar), self, NOT_READ, new String[] {"query"}).isEmpty());
        assertTrue(Launcher.childCommand(false, Map.of("NEWSKG_CLASS_ARCHIVE", "OFF"), Optional.of(jar), self, NOT_READ, new String[] {"query"}).isEmpty());
        assertTrue(Launcher.childCommand(false, Map.of("NEWSKG_CLASS_ARCHIVE", "on"), Optional.of(jar), self, NONE, new String[] {"query"}).isPresent());
    }

    @Test
    void theCommandRunsInThisJvmWithoutAJarOrAnArchiveBesideIt() throws IOException {
        ProcessHandle.Info self = started("-jar", "newskg.jar", "query");
        assertTrue(Launcher.childCommand(false, Map.of(), Optional.empty(), self, NOT_READ, new String[] {"query"}).isEmpty(), "classes, not a jar (the tests)");
        Files.delete(dir.resolve(Launcher.ARCHIVE));
        assertTrue(Launcher.childCommand(false, Map.of(), Optional.of(jar), self, NOT_READ, new String[] {"query"}).isEmpty(), "packaged with -DskipClassArchive");
    }

    @Test
    void optionsThatNameAnArchiveOrSharingAreTheOperatorsAndAreNotOverridden() {
        for (String option : List.of("-XX:SharedArchiveFile=/elsewhere.jsa", "-XX:ArchiveClassesAtExit=target/newskg.jsa", "-Xshare:off")) {
            assertTrue(Launcher.childCommand(false, Map.of(), Optional.of(jar), started(option, "-jar", "newskg.jar", "up"), NOT_READ, new String[] {"up"})
                .isEmpty(), option);
            assertTrue(Launcher.childCommand(false, Map.of("JDK_JAVA_OPTIONS", "-Xmx2g " + option), Optional.of(jar),
                started("-jar", "newskg.jar", "up"), NOT_READ, new String[] {"up"}).isEmpty(), "JDK_JAVA_OPTIONS " + option);
        }
        assertTrue(Launcher.childCommand(false, Map.of("JDK_JAVA_OPTIONS", "-Xmx2g"), Optional.of(jar), started("-jar", "newskg.jar", "up"),
            NONE, new String[] {"up"}).isPresent(), "other options in the environment: the second JVM inherits them");
    }

    @Test
    void aClassNamedOnTheCommandLineIsNoJarLaunch() {
        assertNull(Launcher.jvmOptions(new String[] {"-cp", "target/newskg.jar", "org.newskg.cli.Launcher", "query"}));
        assertEquals(List.of(), Launcher.jvmOptions(new String[] {"-jar", "newskg.jar", "-jar"}));
        assertTrue(Launcher.childCommand(false, Map.of(), Optional.of(jar), started("-cp", "newskg.jar", "org.newskg.cli.Launcher", "up"),
            NOT_READ, new String[] {"up"}).isEmpty());
    }

    @Test
    void fromClassesTheLauncherRunsTheCommandItself() throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElseThrow();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--version")
            .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.strip().startsWith("newskg "), out);
    }

    @Test
    void theCommandsTunedOptionsComeBeforeTheOperatorsSoTheOperatorsWin() {
        CommandJvmOptions tuned = CommandJvmOptions.parse("""
            # a comment
            *: -XX:-DontCompileHugeMethods

            build, load: -XX:CompileCommand=quiet
            """, "test");
        ProcessHandle.Info self = started("-Xmx3g", "-jar", "newskg.jar", "build", "seeds");
        List<String> build = Launcher.childCommand(false, Map.of(), Optional.of(jar), self, () -> tuned, new String[] {"build", "seeds"}).orElseThrow();
        assertEquals(List.of("/usr/lib/jvm/java-17/bin/java", "-XX:-DontCompileHugeMethods", "-XX:CompileCommand=quiet", "-Xmx3g"),
            build.subList(0, 4));
        List<String> serve = Launcher.childCommand(false, Map.of(), Optional.of(jar), self, () -> tuned, new String[] {"serve"}).orElseThrow();
        assertEquals(List.of("/usr/lib/jvm/java-17/bin/java", "-XX:-DontCompileHugeMethods", "-Xmx3g"), serve.subList(0, 3));
        List<String> off = Launcher.childCommand(false, Map.of("NEWSKG_JVM_OPTIONS", "off"), Optional.of(jar), self, NOT_READ,
            new String[] {"build", "seeds"}).orElseThrow();
        assertEquals(List.of("/usr/lib/jvm/java-17/bin/java", "-Xmx3g", "-XX:SharedArchiveFile=" + dir.resolve("newskg.jsa")), off.subList(0, 3));
    }

    @Test
    void aMalformedOptionsLineIsRefusedWithItsNumber() {
        for (String bad : List.of("-XX:-DontCompileHugeMethods", "build: XX:+UseSerialGC", ": -Xss1m", "build serve: -Xss1m",
            "build: -Xss1m -Xmx1g", "Build: -Xss1m")) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CommandJvmOptions.parse("# header\n" + bad + "\n", "jvm.options"), bad);
            assertTrue(e.getMessage().startsWith("jvm.options line 2: expected COMMANDS: -OPTION"), e.getMessage());
        }
    }

    @Test
    void everyShippedOptionIsOneThisJvmTakesAndPrintsNothingOnStdout() throws Exception {
        CommandJvmOptions shipped = CommandJvmOptions.standard();
        for (String command : NewsKg.commandNames()) {
            List<String> options = shipped.forCommand(command);
            List<String> cmd = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
            cmd.addAll(options);
            cmd.add("-version");
            Process p = new ProcessBuilder(cmd).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), command + ": " + options + "\n" + err);
            assertEquals("", out, "stdout is the command's results: " + options);
        }
        assertTrue(shipped.forCommand("build").contains("-XX:-DontCompileHugeMethods"));
        assertTrue(NewsKg.commandNames().containsAll(shipped.commandsNamed()), "a command the file names does not exist: " + shipped.commandsNamed());
        assertEquals(java.util.Set.of("build"), shipped.commandsNamed());
    }
}
