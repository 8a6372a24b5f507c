package org.newskg.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of the data flow, summed over all threads (so it can exceed the wall
 * time): wall time, and the CPU time the stage's thread really got. The two differ when threads
 * wait for a core, which is how contention shows.
 */
public final class StageTimes {
    /** The stages, in data-flow order. */
    public enum Stage { INGEST, NLP, EXTRACT, RESOLVE, RDF, STORE }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> cpuNanos = new EnumMap<>(Stage.class);
    private final boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();

    public StageTimes() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
            cpuNanos.put(s, new LongAdder());
        }
    }

    /** A point in time on this thread: wall and CPU clocks. */
    record Mark(long wall, long cpu) {
    }

    Mark mark() {
        return new Mark(System.nanoTime(), cpu ? THREADS.getCurrentThreadCpuTime() : 0);
    }

    /** Adds the time from {@code start} (taken on this thread) to now to the stage. */
    void add(Stage s, Mark start) {
        nanos.get(s).add(System.nanoTime() - start.wall);
        if (cpu) {
            cpuNanos.get(s).add(THREADS.getCurrentThreadCpuTime() - start.cpu);
        }
    }

    /** Counts time measured inside one stage's clock as another's (the tagger run on demand during extraction is NLP). */
    void move(Stage from, Stage to, long wall, long cpuTime) {
        nanos.get(from).add(-wall);
        nanos.get(to).add(wall);
        if (cpu) {
            cpuNanos.get(from).add(-cpuTime);
            cpuNanos.get(to).add(cpuTime);
        }
    }

    /** Wall milliseconds per stage. */
    public Map<Stage, Long> millis() {
        return toMillis(nanos);
    }

    /** CPU milliseconds per stage (zeros where the JVM cannot measure thread CPU time). */
    public Map<Stage, Long> cpuMillis() {
        return toMillis(cpuNanos);
    }

    private static Map<Stage, Long> toMillis(Map<Stage, LongAdder> m) {
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        m.forEach((k, v) -> out.put(k, v.sum() / 1_000_000));
        return out;
    }
}
