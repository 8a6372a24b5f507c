package org.newskg.lexicon;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use and then shared by every thread: the gazetteers, the shapes and the
 * CoreNLP pipeline are expensive to build and needed once per process.
 *
 * @param <T> the value
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    private Lazy(Supplier<T> make) {
        this.make = Objects.requireNonNull(make);
    }

    public static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(make.get(), "a lazy value was made null");
                    value = v;
                }
            }
        }
        return v;
    }

    /** Whether the value has been made (without making it). */
    public boolean isMade() {
        return value != null;
    }
}
