package org.newskg.ingest;

/** An input file that cannot be read as an article: empty, binary, not UTF-8, too large. */
public class UnreadableArticleException extends Exception {
    private final String sourceFile;

    public UnreadableArticleException(String sourceFile, String reason) {
        super(sourceFile + ": " + reason);
        this.sourceFile = sourceFile;
    }

    public UnreadableArticleException(String sourceFile, String reason, Throwable cause) {
        super(sourceFile + ": " + reason, cause);
        this.sourceFile = sourceFile;
    }

    public String sourceFile() {
        return sourceFile;
    }
}
