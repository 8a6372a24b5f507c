package org.newskg.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from disk: its identity, header fields and the body text that the NLP
 * stage reads. {@code text} is the article with page furniture removed; character offsets of
 * every later stage refer to it.
 *
 * @param sourceFile  the path as the user gave it, relative to the input root (the article's identity)
 * @param title       the headline, if the file has one
 * @param author      the byline author, if there is a byline
 * @param published   the publication date from a dateline, byline or release line
 * @param text        the cleaned body text
 * @param contentHash SHA-256 of the file's bytes, hex
 */
public record Article(String sourceFile, Optional<String> title, Optional<String> author,
                      Optional<LocalDate> published, String text, String contentHash) {
    public Article {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** The file name without folders, as the scorer and users refer to an article. */
    public String fileName() {
        int slash = sourceFile.lastIndexOf('/');
        return slash < 0 ? sourceFile : sourceFile.substring(slash + 1);
    }
}
