package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.InputFiles;
import org.newskg.store.DelegatingStore;
import org.newskg.store.Tdb2Store;
import org.newskg.testing.Exports;

/**
 * The same files give the same graph whatever the order of the files, the size of the batches and
 * the number of threads: persons are resolved against the names of the whole corpus at once. A
 * surname alone in the first file joins the full name a later file gives; a title's country comes
 * from the same person's post in any file of the corpus.
 */
class OrderIndependenceTest {
    @TempDir
    Path dir;

    private static final String[] ARTICLES = {
        // a bare surname first, the full name only in a later file
        "WASHINGTON, Nov. 13, 2017 — Mattis met with Georgian Defense Minister Levan Izoria today.\n",
        "WASHINGTON, Nov. 14, 2017 — U.S. Defense Secretary Jim Mattis met with Estonian Defense Minister Juri Luik today.\n",
        // two spellings of one given name in different files
        "WASHINGTON, Nov. 15, 2017 — Defense Secretary James Mattis met with Latvian Defense Minister Raimonds Bergmanis today.\n",
        // a title with no country whose holder has one elsewhere in the corpus
        "KABUL, Nov. 16, 2017 — Minister Levan Izoria visited Afghanistan on Thursday.\n",
    };

    @Test
    void batchesThreadsAndFileOrderDoNotChangeTheGraph() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < ARTICLES.length; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), ARTICLES[i]);
        }
        List<InputFile> files = InputFiles.list(List.of(in));
        List<InputFile> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);

        String oneByOne = build("one", files, 1, 1);
        String reverseOneByOne = build("reverse", reversed, 1, 1);
        String allAtOnce = build("all", files, 200, 2);
        assertEquals(oneByOne, reverseOneByOne, "the order of the files changed the graph");
        assertEquals(oneByOne, allAtOnce, "batches and threads changed the graph");

        // the bare "Mattis" of the first file is the Jim Mattis of the second, though one file was resolved before the other existed
        assertTrue(oneByOne.contains("<https://w3id.org/newskg/id/article/a0.txt> <https://w3id.org/newskg/ontology#mentions> "
            + "<https://w3id.org/newskg/id/person/james-mattis>"), "the bare surname did not join the full name of a later file");
        assertTrue(!oneByOne.contains("/person/mattis>"), "a person was minted for the bare surname");
    }

    /**
     * A local store is written while the workers still read, each article resolved against the
     * persons known so far, and the articles the whole corpus resolves otherwise are written
     * again: the graph is the one a build that writes only at the end gives.
     */
    @Test
    void graphsWrittenEarlyAreTheGraphsOfTheWholeCorpus() throws Exception {
        List<InputFile> files = articles();
        BuildReport early;
        String earlyGraph;
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("early"))) {
            early = KnowledgeGraphBuilder.create().store(store).chunk(1).threads(1).build().build(files);
            earlyGraph = Exports.nquads(store);
        }
        BuildReport late;
        String lateGraph;
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("late"))) {
            late = KnowledgeGraphBuilder.create().store(DelegatingStore.withoutOneTransaction(store)).chunk(1).threads(1).build().build(files);
            lateGraph = Exports.nquads(store);
        }
        assertEquals(4, early.loaded());
        assertEquals(4, late.loaded());
        // the first file's bare "Mattis" was written as its own person before the second file named him
        assertTrue(early.writtenAgain() >= 1, "no article was written again: " + early.writtenAgain());
        assertEquals(0, late.writtenAgain());
        assertEquals(lateGraph, earlyGraph, "writing early changed the graph");
        assertTrue(!earlyGraph.contains("/person/mattis>"), "the early guess for the bare surname was left in the store");
    }

    /**
     * Into a store that already holds articles, the early writer resolves the corpus against what
     * the store held before it wrote (read once, then the graphs rebuilt or removed left out), not
     * against the store as it is after its own writes: the graph is the one of a build that writes
     * only at the end, with a changed file, a new file whose bare surname the store names in full,
     * and a copy of a stored file.
     */
    @Test
    void anIncrementalBuildWrittenEarlyIsTheBuildWrittenAtTheEnd() throws Exception {
        List<InputFile> files = articles();
        Path in = files.get(0).path().getParent();
        String[] graphs = new String[2];
        String[] names = {"early", "late"};
        for (int i = 0; i < 2; i++) {
            Path at = dir.resolve(names[i]);
            try (Tdb2Store store = Tdb2Store.open(at)) {
                KnowledgeGraphBuilder.create().store(store).chunk(1).threads(1).build().build(files);
            }
        }
        Files.writeString(in.resolve("a1.txt"), ARTICLES[1].replace("Juri Luik", "Kalle Laanet"));
        Files.writeString(in.resolve("a4.txt"), "KABUL, Nov. 17, 2017 — Mattis and Luik visited Afghanistan on Friday.\n");
        Files.writeString(in.resolve("a5.txt"), ARTICLES[3]);
        List<InputFile> changed = InputFiles.list(List.of(in));
        BuildReport[] reports = new BuildReport[2];
        for (int i = 0; i < 2; i++) {
            try (Tdb2Store store = Tdb2Store.open(dir.resolve(names[i]))) {
                reports[i] = KnowledgeGraphBuilder.create().store(i == 0 ? store : DelegatingStore.withoutOneTransaction(store))
                    .chunk(1).threads(1).build().build(changed);
                graphs[i] = Exports.nquads(store);
            }
        }
        assertEquals(2, reports[0].loaded(), "the changed file and the new one");
        assertEquals(reports[1].loaded(), reports[0].loaded());
        assertEquals(java.util.Map.of("a5.txt", "a3.txt"), reports[0].duplicates());
        assertEquals(graphs[1], graphs[0], "writing early changed the graph of an incremental build");
        assertTrue(graphs[0].contains("<https://w3id.org/newskg/id/article/a4.txt> <https://w3id.org/newskg/ontology#mentions> "
            + "<https://w3id.org/newskg/id/person/james-mattis>"), "the new file's bare surname did not join the stored full name");
        assertTrue(graphs[0].contains("Kalle Laanet") && !graphs[0].contains("Juri Luik"), "the changed file's old graph is still there");
    }

    /**
     * A write the store refuses ends the build's transaction and every write in it; the build
     * then writes chunk by chunk, and loses only the refused article.
     */
    @Test
    void aRefusedWriteLosesOnlyTheRefusedArticle() throws Exception {
        List<InputFile> files = articles();
        String whole;
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("whole"))) {
            KnowledgeGraphBuilder.create().store(store).chunk(2).threads(1).build().build(files);
            whole = Exports.nquads(store);
        }
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("refusing"))) {
            BuildReport r = KnowledgeGraphBuilder.create().store(DelegatingStore.refusing(store, g -> g.endsWith("/a2.txt")))
                .chunk(2).threads(1).build().build(files);
            assertEquals(3, r.loaded());
            assertEquals(1, r.skipped().size(), r.skipped().toString());
            assertEquals("a2.txt", r.skipped().get(0).sourceFile());
            assertTrue(r.skipped().get(0).reason().startsWith("not loaded: the store refused it"), r.skipped().get(0).reason());
            String after = Exports.nquads(store);
            assertTrue(!after.contains("/article/a2.txt> ."), "the refused article is in the store");
            for (String a : new String[] {"a0.txt", "a1.txt", "a3.txt"}) {
                assertEquals(graph(whole, a), graph(after, a), a + " differs from the build nothing refused");
                assertTrue(!graph(after, a).isEmpty(), a + " is missing");
            }
        }
    }

    private static String graph(String nquads, String article) {
        return nquads.lines().filter(l -> l.endsWith("/article/" + article + "> .")).collect(java.util.stream.Collectors.joining("\n"));
    }

    private List<InputFile> articles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < ARTICLES.length; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), ARTICLES[i]);
        }
        return InputFiles.list(List.of(in));
    }

    private String build(String name, List<InputFile> files, int chunk, int threads) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve(name))) {
            BuildReport r = KnowledgeGraphBuilder.create().store(store).chunk(chunk).threads(threads).build().build(files);
            assertEquals(files.size(), r.loaded());
            return Exports.nquads(store);
        }
    }
}
