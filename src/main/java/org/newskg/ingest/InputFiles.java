package org.newskg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Expands the files and folders a user names into the article files under them, in a stable order. */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * Lists regular files under each input, recursively for folders, skipping hidden files.
     *
     * @throws NoSuchFileException when an input does not exist
     */
    public static List<InputFile> list(List<Path> inputs) throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString(), null, "no such file or folder");
            }
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                        .filter(p -> !isHidden(input.relativize(p)))
                        .map(p -> new InputFile(p, input.relativize(p).toString().replace('\\', '/')))
                        .sorted(Comparator.comparing(InputFile::sourceFile))
                        .forEach(out::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else {
                out.add(new InputFile(input, input.getFileName().toString()));
            }
        }
        return out;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
