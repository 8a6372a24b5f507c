package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.NewsKg;
import org.newskg.ingest.InputFiles;
import org.newskg.pipeline.BuildReport;
import org.newskg.pipeline.KnowledgeGraphBuilder;
import org.newskg.store.Tdb2Store;
import org.newskg.testing.Exports;

/**
 * The Spark job in local mode gives the graph build gives, byte for byte after {@code newskg
 * load}; bad files are reported by name and skipped without failing the job; a duplicate is
 * written once; and a build after the load finds every article unchanged.
 */
class SparkBuildTest {
    @TempDir
    Path dir;

    @Test
    void localSparkAndBuildGiveTheSameGraph() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(in.resolve("sub"));
        for (String seed : List.of("000_14b2a5db9d82385e.txt", "001_d8f434a453c3b2a8.txt")) {
            Files.copy(Path.of("seeds", seed), in.resolve(seed));
        }
        Files.writeString(in.resolve("sub/mattis.txt"), "WASHINGTON, Nov. 13, 2017 — Mattis met with Georgian Defense Minister Levan Izoria today.\n");
        Files.writeString(in.resolve("sub/jim.txt"), "WASHINGTON, Nov. 14, 2017 — U.S. Defense Secretary Jim Mattis met with Estonian Defense "
            + "Minister Juri Luik at the Pentagon today. Estonia contributes troops to the Resolute Support mission.\n");
        Files.copy(in.resolve("sub/jim.txt"), in.resolve("sub/jim-copy.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 9});
        Files.writeString(in.resolve(".hidden.txt"), "WASHINGTON — nothing to see.\n");

        String built;
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("built"))) {
            BuildReport r = KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(in)));
            assertEquals(4, r.loaded());
            built = Exports.nquads(store);
        }

        Path shards = dir.resolve("shards");
        SparkBuild.Summary s;
        try (JavaSparkContext sc = new JavaSparkContext(SparkJob.conf("local[2]"))) {
            s = SparkBuild.run(sc, in.toUri().toString(), shards.toUri().toString(), 3);
        }
        assertEquals(7, s.files(), "the hidden file is left out, as build leaves it");
        assertEquals(4, s.written());
        assertEquals(Map.of("sub/jim.txt", "sub/jim-copy.txt"), s.duplicates(), "the first in name order is the article, as build says");
        assertEquals(List.of("binary.bin", "empty.txt"), List.copyOf(s.skipped().keySet()));
        assertTrue(s.skipped().get("empty.txt").contains("empty"), s.skipped().toString());

        Path loaded = dir.resolve("loaded");
        assertEquals(0, NewsKg.run("load", "--store", loaded.toString(), shards.resolve("graphs").toString(), shards.resolve("derived").toString()));
        try (Tdb2Store store = Tdb2Store.open(loaded)) {
            assertEquals(built, Exports.nquads(store), "Spark's shards, loaded, are not build's graph");
            assertTrue(built.contains("<https://w3id.org/newskg/id/article/sub/mattis.txt> <https://w3id.org/newskg/ontology#mentions> "
                + "<https://w3id.org/newskg/id/person/james-mattis>"), "the bare surname joined the full name of another partition's file");
            BuildReport again = KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(in)));
            assertEquals(0, again.loaded(), "after load, a build finds the articles unchanged");
            assertEquals(4, again.unchanged());
        }
        assertEquals(1, NewsKg.run("load", "--store", loaded.toString(), shards.resolve("graphs").toString()), "load writes new stores only");
    }

    @Test
    void aFailedTaskIsRetriedAndEachArticleWrittenOnce() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), "WASHINGTON, Nov. 1" + i + ", 2017 — U.S. Defense Secretary Jim Mattis met with "
                + "Estonian Defense Minister Juri Luik today, meeting number " + i + ".\n");
        }
        Path shards = dir.resolve("shards");
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        SparkBuild.beforeWriteTask = (partition, attempt) -> {
            if (partition == 1 && attempt == 0) {
                failed.incrementAndGet();
                throw new IllegalStateException("the executor of partition 1 was lost (test)");
            }
        };
        try (JavaSparkContext sc = new JavaSparkContext(SparkJob.conf("local[2,3]"))) { // a task may fail twice before the job does
            SparkBuild.Summary s = SparkBuild.run(sc, in.toUri().toString(), shards.toUri().toString(), 3);
            assertEquals(6, s.written());
        } finally {
            SparkBuild.beforeWriteTask = (partition, attempt) -> { };
        }
        assertEquals(1, failed.get(), "the first attempt of partition 1 failed");
        long articles = 0;
        try (var parts = Files.list(shards.resolve("graphs"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                articles += Files.readAllLines(p).stream()
                    .filter(l -> l.contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newskg/ontology#Article>")).count();
            }
        }
        assertEquals(6, articles, "each article's graph is in the shards once");
    }
}
