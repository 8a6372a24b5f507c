package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the files and folders a user names into the article files under them, in a stable
 * order. Nothing a user names stops the listing: a missing path, a folder that cannot be read, a
 * FIFO, device or socket is a {@link Problem} reported by name, and the rest is listed. Two files
 * never share a source name: when two inputs hold the same relative path, the later one's name is
 * qualified with its input folder's name.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** Something named or found that is not an article file, and why. */
    public record Problem(String name, String reason) {
    }

    /** The article files found and the problems met on the way. */
    public record Scan(List<InputFile> files, List<Problem> problems) {
    }

    /**
     * Lists regular files under each input, recursively for folders, skipping hidden files.
     *
     * @throws IOException naming the first problem, when there is one (use {@link #scan} to go on past them)
     */
    public static List<InputFile> list(List<Path> inputs) throws IOException {
        Scan s = scan(inputs);
        if (!s.problems().isEmpty()) {
            Problem p = s.problems().get(0);
            if (p.reason().startsWith("no such file")) {
                throw new NoSuchFileException(p.name(), null, p.reason());
            }
            throw new IOException(p.name() + ": " + p.reason());
        }
        return s.files();
    }

    /** Lists what can be listed; reports the rest. */
    public static Scan scan(List<Path> inputs) {
        List<InputFile> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        for (Path input : inputs) {
            List<InputFile> found = new ArrayList<>();
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(input, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                problems.add(new Problem(input.toString(), "no such file or folder"));
                continue;
            } catch (IOException e) {
                problems.add(new Problem(input.toString(), "cannot read it: " + e.getMessage()));
                continue;
            }
            if (attrs.isDirectory()) {
                walk(input, found, problems);
                found.sort(Comparator.comparing(InputFile::sourceFile));
            } else if (attrs.isRegularFile()) {
                found.add(new InputFile(input, input.getFileName().toString()));
            } else {
                problems.add(new Problem(input.toString(), notAFile()));
            }
            for (InputFile f : found) {
                out.add(unique(f, input, taken));
            }
        }
        return new Scan(out, problems);
    }

    private static void walk(Path root, List<InputFile> found, List<Problem> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    if (isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = root.relativize(file).toString().replace('\\', '/');
                    if (a.isRegularFile()) {
                        found.add(new InputFile(file, rel));
                    } else if (a.isSymbolicLink()) {
                        problems.add(new Problem(rel, "a symbolic link to nothing (its target is gone)"));
                    } else {
                        problems.add(new Problem(rel, notAFile()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(file)) {
                        String rel = root.relativize(file).toString().replace('\\', '/');
                        problems.add(new Problem(rel.isEmpty() ? root.toString() : rel, describe(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        problems.add(new Problem(root.relativize(dir).toString(), "folder not read to the end: " + describe(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(root.toString(), describe(e)));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "cannot read it: permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "skipped: a symbolic link loops back to a folder above it";
        }
        if (e instanceof NoSuchFileException) {
            return "cannot read it: it is gone, or a symbolic link to nothing";
        }
        return "cannot read it: " + e.getMessage();
    }

    private static String notAFile() {
        return "not a regular file (a FIFO, device or socket); newskg reads article files";
    }

    /** The file, renamed with its input folder's name when an earlier input already holds its name. */
    private static InputFile unique(InputFile f, Path input, Map<String, Integer> taken) {
        String name = f.sourceFile();
        if (taken.containsKey(name)) {
            Path folder = input.toAbsolutePath().normalize().getFileName();
            String qualified = (folder != null ? folder.toString() : "input") + "/" + name;
            name = qualified;
            for (int i = 2; taken.containsKey(name); i++) {
                name = qualified.replaceFirst("/", "~" + i + "/");
            }
        }
        taken.put(name, 1);
        return name.equals(f.sourceFile()) ? f : new InputFile(f.path(), name);
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && isHiddenName(name.toString());
    }

    /**
     * Whether a file named by its path under an input folder ("voa/.draft.txt", ".git/x") is one
     * the listing leaves out: one of its names is hidden. For listings made elsewhere (the Spark job's).
     */
    public static boolean isHiddenPath(String relative) {
        for (String part : relative.split("/")) {
            if (isHiddenName(part)) {
                return true;
            }
        }
        return false;
    }

    /** A file or folder name that starts with a dot is hidden. */
    private static boolean isHiddenName(String name) {
        return name.startsWith(".");
    }
}
