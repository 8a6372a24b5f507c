package org.newskg.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * What the whole JVM spent over a stretch of a benchmark: CPU time of the process (all threads:
 * workers, writer, garbage collector, JIT compiler), garbage-collection time and JIT compilation
 * time. The stage times only see newskg's own threads; these show the rest.
 *
 * @param cpuMillis process CPU time
 * @param gcMillis  time the collectors report (pauses, summed over collectors)
 * @param jitMillis time the JIT compiler threads spent compiling
 */
public record JvmCounters(long cpuMillis, long gcMillis, long jitMillis) {
    /** The counters now. */
    public static JvmCounters now() {
        long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getProcessCpuTime() / 1_000_000 : 0;
        long gc = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, b.getCollectionTime());
        }
        var jit = ManagementFactory.getCompilationMXBean();
        long compile = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
        return new JvmCounters(cpu, gc, compile);
    }

    /** What was spent from {@code earlier} to this snapshot. */
    public JvmCounters since(JvmCounters earlier) {
        return new JvmCounters(cpuMillis - earlier.cpuMillis, gcMillis - earlier.gcMillis, jitMillis - earlier.jitMillis);
    }

    /** The mean of two stretches. */
    public JvmCounters mean(JvmCounters other) {
        return new JvmCounters((cpuMillis + other.cpuMillis) / 2, (gcMillis + other.gcMillis) / 2, (jitMillis + other.jitMillis) / 2);
    }
}
