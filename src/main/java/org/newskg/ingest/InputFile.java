package org.newskg.ingest;

import java.nio.file.Path;

/**
 * A file found under an input argument.
 *
 * @param path       where it is on disk
 * @param sourceFile its name relative to the input argument (the article's identity in the store)
 */
public record InputFile(Path path, String sourceFile) {
}
