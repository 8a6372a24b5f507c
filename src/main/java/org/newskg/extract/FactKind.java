package org.newskg.extract;

/**
 * The extraction side of a relation: its fact record and the name its facts are counted under.
 */
public interface FactKind<F extends Fact> {
    /** The plural that counts its facts ("meetings"): in logs, ingest's JSON summary, the benchmark. */
    String name();

    /** Its fact record. */
    Class<F> type();
}
