package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.InputFiles;
import org.newskg.store.Tdb2Store;

/** Incremental builds: unchanged articles skipped, changed ones replaced, removed ones pruned; the pool stays bounded. */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    private static final String A = "WASHINGTON, Nov. 13, 2017 — Defense Secretary Jim Mattis met with Georgian Defense Minister Levan Izoria today.\n";
    private static final String B = "WASHINGTON, Nov. 14, 2017 — Defense Secretary Jim Mattis met with Estonian Defense Minister Juri Luik today.\n";

    @Test
    void unchangedSkippedChangedReplacedRemovedPruned() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), A);
        Files.writeString(in.resolve("b.txt"), B);
        Tdb2Store store = Tdb2Store.open(dir.resolve("tdb2"));
        BuildReport first = KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(in)));
        assertEquals(2, first.loaded());
        String hashA = store.articleHashes().get("a.txt");

        BuildReport same = KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(in)));
        assertEquals(0, same.loaded());
        assertEquals(2, same.unchanged());
        assertEquals(0, same.tokens(), "nothing was annotated");

        Files.writeString(in.resolve("a.txt"), A.replace("Levan Izoria", "Irakli Garibashvili"));
        BuildReport changed = KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(in)));
        assertEquals(1, changed.loaded());
        assertEquals(1, changed.unchanged());
        assertTrue(!hashA.equals(store.articleHashes().get("a.txt")));
        List<String> names = store.personNames();
        assertTrue(names.contains("Irakli Garibashvili") && !names.contains("Levan Izoria"), "the old graph of a.txt is gone: " + names);

        Files.delete(in.resolve("b.txt"));
        BuildReport kept = KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(in)));
        assertEquals(0, kept.pruned());
        assertEquals(2, store.articleHashes().size(), "without --prune a removed file's article stays");
        BuildReport pruned = KnowledgeGraphBuilder.create().store(store).prune(true).build().build(InputFiles.list(List.of(in)));
        assertEquals(1, pruned.pruned());
        assertEquals(List.of("a.txt"), List.copyOf(store.articleHashes().keySet()));
        assertTrue(!store.personNames().contains("Juri Luik"));
    }

    @Test
    void thePoolHoldsAtMostTwoChunks() throws Exception {
        Path in = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), A.replace("today", "today, report " + i));
        }
        KnowledgeGraphBuilder b = KnowledgeGraphBuilder.create().store(Tdb2Store.open(dir.resolve("t2"))).chunk(3).threads(2).build();
        BuildReport r = b.build(InputFiles.list(List.of(in)));
        assertEquals(12, r.loaded());
        assertTrue(b.maxInFlight() <= 6, "at most two chunks of 3 in flight, saw " + b.maxInFlight());
        assertTrue(b.maxInFlight() > 3, "the next chunk is read while one is written, saw " + b.maxInFlight());
    }
}
