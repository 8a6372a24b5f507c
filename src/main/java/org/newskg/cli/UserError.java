package org.newskg.cli;

/** A failure the user can fix; its message says how. Exit code 1 unless said otherwise. */
public class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(String message) {
        this(message, 1);
    }

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** A one-line description of any failure for the user. */
    static String describe(Throwable ex) {
        if (ex instanceof UserError || ex instanceof org.newskg.store.StoreException) {
            return ex.getMessage();
        }
        String msg = ex.getMessage();
        return ex.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
