package org.newskg.rdf;

import org.newskg.extract.Fact;

/** How one relation's facts are written into an article's graph. */
public interface FactMapping<F extends Fact> {
    /** The fact record it writes. */
    Class<F> type();

    /** Writes one fact: its n-ary node, the direct links queries use, its date and its evidence ({@link FactGraph#reported}). */
    void write(F fact, FactGraph graph);
}
