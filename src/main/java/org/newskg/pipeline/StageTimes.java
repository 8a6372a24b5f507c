package org.newskg.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Time spent in each stage of the data flow, summed over all threads (so it can exceed the wall time). */
public final class StageTimes {
    /** The stages, in data-flow order. */
    public enum Stage { INGEST, NLP, EXTRACT, RESOLVE, RDF, STORE }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageTimes() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    void add(Stage s, long startNanos) {
        nanos.get(s).add(System.nanoTime() - startNanos);
    }

    /** Milliseconds per stage. */
    public Map<Stage, Long> millis() {
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        nanos.forEach((k, v) -> out.put(k, v.sum() / 1_000_000));
        return out;
    }
}
