package org.newskg.ops;

/**
 * A request an operation cannot carry out because of what the user gave it (a name that names
 * nothing, a query that does not parse), with a message that says what to do, and the exit code
 * a command should end with.
 */
public final class OperationException extends RuntimeException {
    private final int exitCode;

    public OperationException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public OperationException(String message) {
        this(message, 1);
    }

    public int exitCode() {
        return exitCode;
    }
}
