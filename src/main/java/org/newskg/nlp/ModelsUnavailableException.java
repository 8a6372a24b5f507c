package org.newskg.nlp;

/**
 * The CoreNLP models could not be loaded, so no article can be read: a build stops with this
 * rather than skip every file for the same reason. The message says what to do; a heap too small
 * for the models is the usual cause.
 */
public final class ModelsUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ModelsUnavailableException(Throwable cause) {
        super(message(cause), cause);
    }

    private ModelsUnavailableException(String message) {
        super(message);
    }

    /** The heap is too small for the models, told before any is read. */
    static ModelsUnavailableException heapTooSmall() {
        return new ModelsUnavailableException(heapTooSmallMessage());
    }

    private static String heapTooSmallMessage() {
        return String.format(java.util.Locale.ROOT, "the CoreNLP models do not fit in this JVM's heap (%d MB at most; "
            + "they need about 300 MB to load, and a build of a thousand articles in two threads about 1.1 GB): "
            + "give it more, e.g. java -Xmx2g -jar target/newskg.jar ...", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static String message(Throwable cause) {
        Throwable root = cause;
        boolean outOfMemory = false;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            outOfMemory |= t instanceof OutOfMemoryError;
            root = t;
        }
        if (outOfMemory) {
            return heapTooSmallMessage();
        }
        return "the CoreNLP models could not be loaded (" + root.getClass().getSimpleName()
            + (root.getMessage() == null ? "" : ": " + root.getMessage()) + "); is the CoreNLP models jar on the class path (target/lib)?";
    }
}
