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

    private String build(String name, List<InputFile> files, int chunk, int threads) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve(name))) {
            BuildReport r = KnowledgeGraphBuilder.create().store(store).chunk(chunk).threads(threads).build().build(files);
            assertEquals(files.size(), r.loaded());
            return Exports.nquads(store);
        }
    }
}
