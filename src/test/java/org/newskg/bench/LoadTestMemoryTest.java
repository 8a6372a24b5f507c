package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server memory {@code loadtest} reports: the process given and the JVM it launched. */
class LoadTestMemoryTest {
    @Test
    void theResidentMemoryOfAProcessCountsTheProcessesItStarted() throws Exception {
        long self = ProcessHandle.current().pid();
        Process child = new ProcessBuilder("sleep", "30").start();
        try {
            List<Long> tree = LoadTest.processTree(self);
            assertEquals(self, tree.get(0));
            assertTrue(tree.contains(child.pid()), tree.toString());
            long childRss = LoadTest.rss(child.pid());
            assertTrue(childRss > 0, "sleep's RSS " + childRss);
            assertTrue(LoadTest.rss(self) > childRss, "this JVM and sleep together are more than sleep");
        } finally {
            child.destroy();
            child.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void noSuchProcessHasNoMemory() {
        assertEquals(-1, LoadTest.rss(Long.MAX_VALUE / 2));
    }
}
