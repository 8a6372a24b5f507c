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

    /** What to tell the user when the JVM ran out of memory: how much it had, and what to do. */
    static String outOfMemory(OutOfMemoryError e) {
        return String.format(java.util.Locale.ROOT, "ran out of memory (%s; the heap is %d MB at most), and the store keeps what it last committed: "
            + "give the JVM more, e.g. java -Xmx2g -jar target/newskg.jar ..., or for a query, ask for fewer rows (LIMIT)",
            e.getMessage() == null ? "OutOfMemoryError" : e.getMessage(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** A one-line description of any failure for the user. */
    static String describe(Throwable ex) {
        if (ex instanceof UserError || ex instanceof org.newskg.ops.OperationException || ex instanceof org.newskg.store.StoreException
            || ex instanceof org.newskg.nlp.ModelsUnavailableException) {
            return ex.getMessage();
        }
        if (ex instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP || ex instanceof org.apache.jena.atlas.web.HttpException) {
            // --endpoint: the server is not there, or answered with an error
            int code = ex instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP q2 ? q2.getStatusCode()
                : ((org.apache.jena.atlas.web.HttpException) ex).getStatusCode();
            Throwable root = ex;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return code > 0 ? "the server answered HTTP " + code + (ex.getMessage() == null ? "" : ": " + ex.getMessage().lines().findFirst().orElse(""))
                : "cannot reach the server (" + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage())
                + "); is newskg serve running at the --endpoint URL?";
        }
        String msg = ex.getMessage();
        return ex.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
