package org.newskg.ingest;

/** An input file that cannot be read as an article: empty, binary, not UTF-8, too large. */
public class UnreadableArticleException extends Exception {
    private final String sourceFile;
    private final String reason;

    public UnreadableArticleException(String sourceFile, String reason) {
        super(sourceFile + ": " + reason);
        this.sourceFile = sourceFile;
        this.reason = reason;
    }

    public UnreadableArticleException(String sourceFile, String reason, Throwable cause) {
        super(sourceFile + ": " + reason, cause);
        this.sourceFile = sourceFile;
        this.reason = reason;
    }

    /** Why the file cannot be read, without its name ("empty file: there is no text to read"). */
    public String reason() {
        return reason;
    }

    public String sourceFile() {
        return sourceFile;
    }
}
