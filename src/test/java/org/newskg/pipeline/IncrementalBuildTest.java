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
        assertTrue(hasDerivedLabel(store, "Juri Luik"));
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
        assertTrue(!hasDerivedLabel(store, "Juri Luik"), "the pruned article's person has no derived label left");
    }

    private static boolean hasDerivedLabel(Tdb2Store store, String label) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            try (var qe = org.apache.jena.query.QueryExecution.create("ASK { GRAPH <" + org.newskg.store.KnowledgeStore.ENTITIES_GRAPH
                + "> { ?p <http://www.w3.org/2000/01/rdf-schema#label> \"" + label + "\" } }", store.dataset())) {
                return qe.execAsk();
            }
        });
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

    private static final java.nio.file.attribute.FileTime AN_HOUR_AGO =
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

    @Test
    void anUnchangedCorpusIsCheckedFromTheIndexWithoutOpeningTheStore() throws Exception {
        Path in = Files.createDirectories(dir.resolve("idx-in"));
        Files.writeString(in.resolve("a.txt"), A);
        Files.writeString(in.resolve("b.txt"), B);
        Files.setLastModifiedTime(in.resolve("a.txt"), AN_HOUR_AGO);
        Files.setLastModifiedTime(in.resolve("b.txt"), AN_HOUR_AGO);
        Path location = dir.resolve("idx");
        BuildReport first = KnowledgeGraphBuilder.create().store(Tdb2Store.open(location)).build().build(InputFiles.list(List.of(in)));
        assertEquals(2, first.loaded());
        assertTrue(Files.isRegularFile(location.resolve(org.newskg.store.ArticleIndex.FILE_NAME)));

        // a new store object is what a new process has: the index answers, the TDB2 files stay shut
        Tdb2Store fresh = Tdb2Store.open(location);
        BuildReport again = KnowledgeGraphBuilder.create().store(fresh).build().build(InputFiles.list(List.of(in)));
        assertEquals(2, again.unchanged());
        assertEquals(0, again.loaded());
        assertTrue(!fresh.isOpen(), "the store was not opened");

        // the quick check trusts size and time: same size, same time, new content is not read ...
        String sameSize = A.replace("Levan Izoria", "Levan Izorib");
        Files.writeString(in.resolve("a.txt"), sameSize);
        Files.setLastModifiedTime(in.resolve("a.txt"), AN_HOUR_AGO);
        BuildReport quick = KnowledgeGraphBuilder.create().store(Tdb2Store.open(location)).build().build(InputFiles.list(List.of(in)));
        assertEquals(2, quick.unchanged());
        // ... and a new time makes the build read it, see the new content and rebuild it
        Files.setLastModifiedTime(in.resolve("a.txt"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Tdb2Store touched = Tdb2Store.open(location);
        BuildReport reread = KnowledgeGraphBuilder.create().store(touched).build().build(InputFiles.list(List.of(in)));
        assertEquals(1, reread.loaded());
        assertEquals(1, reread.unchanged());
        assertTrue(touched.personNames().contains("Levan Izorib"));
    }

    @Test
    void aWriteToTheStoreByAnyOtherWayMakesTheIndexStale() throws Exception {
        Path in = Files.createDirectories(dir.resolve("stale-in"));
        Files.writeString(in.resolve("a.txt"), A);
        Files.writeString(in.resolve("b.txt"), B);
        Path location = dir.resolve("stale");
        Tdb2Store store = Tdb2Store.open(location);
        KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(in)));
        // as a SPARQL update through Fuseki, or live ingest, would: the store changes, the index does not
        store.removeArticle(store.articleGraphs().get("b.txt"));
        assertTrue(org.newskg.store.ArticleIndex.readIfCurrent(location).isEmpty(), "the index no longer matches the store's files");

        Tdb2Store fresh = Tdb2Store.open(location);
        assertEquals(java.util.Set.of("a.txt"), fresh.articleHashes().keySet(), "the store itself is asked");
        BuildReport r = KnowledgeGraphBuilder.create().store(fresh).build().build(InputFiles.list(List.of(in)));
        assertEquals(1, r.loaded(), "b.txt is built again");
        assertEquals(1, r.unchanged());
        assertEquals(2, org.newskg.store.ArticleIndex.readIfCurrent(location).orElseThrow().articles().size(), "and the index is current again");
    }

    @Test
    void aDamagedIndexIsIgnored() throws Exception {
        Path in = Files.createDirectories(dir.resolve("bad-in"));
        Files.writeString(in.resolve("a.txt"), A);
        Path location = dir.resolve("bad");
        KnowledgeGraphBuilder.create().store(Tdb2Store.open(location)).build().build(InputFiles.list(List.of(in)));
        Path index = location.resolve(org.newskg.store.ArticleIndex.FILE_NAME);
        Files.writeString(index, Files.readString(index) + "a line with no tabs\n");
        Tdb2Store fresh = Tdb2Store.open(location);
        BuildReport r = KnowledgeGraphBuilder.create().store(fresh).build().build(InputFiles.list(List.of(in)));
        assertEquals(1, r.unchanged());
        assertTrue(fresh.isOpen(), "the store was asked instead");
    }

    @Test
    void aSurnameJoinsTheFullNameOfAnEarlierBatchOfTheSameBuild() throws Exception {
        Path in = Files.createDirectories(dir.resolve("dir-in"));
        Files.writeString(in.resolve("a.txt"), A);
        Files.writeString(in.resolve("b.txt"), "WASHINGTON, Nov. 15, 2017 — Mattis told reporters at the Pentagon that talks would go on.\n");
        Tdb2Store store = Tdb2Store.open(dir.resolve("dir"));
        // one article a batch: b.txt is resolved after a.txt has been written
        BuildReport r = KnowledgeGraphBuilder.create().store(store).chunk(1).threads(1).build().build(InputFiles.list(List.of(in)));
        assertEquals(2, r.loaded());
        boolean joined = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            try (var qe = org.apache.jena.query.QueryExecution.create("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ASK { "
                + "GRAPH <https://w3id.org/newskg/id/article/a.txt> { ?p skos:altLabel \"Jim Mattis\" } "
                + "GRAPH <https://w3id.org/newskg/id/article/b.txt> { ?p skos:altLabel \"Mattis\" } }", store.dataset())) {
                return qe.execAsk();
            }
        });
        assertTrue(joined, "Mattis in b.txt is the Jim Mattis of a.txt");
    }
}
