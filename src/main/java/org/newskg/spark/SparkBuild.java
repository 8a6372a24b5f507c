package org.newskg.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newskg.resolve.ResolvedArticle;
import scala.Tuple2;

/**
 * The build on Apache Spark: the same rules as {@code newskg build}, giving the same graph. Each
 * executor JVM loads one CoreNLP pipeline (the process-wide shared one) and annotates and extracts
 * its partitions' articles; the facts stay cached in the executors (only names, hashes and counts
 * travel). Then, as {@code build} does, every article is resolved against the person names of the
 * whole corpus in sorted order, the inference rules run (the one that reads other articles with
 * the whole corpus's position countries), each article's graph is mapped and validated, and the
 * derived statements (preferred labels, report counts) are computed over all graphs. Output:
 * N-Quads shards, {@code graphs/} (one named graph per article, each written once) and {@code
 * derived/}, for {@code newskg load}.
 *
 * <p>A file that is not an article, or fails, is reported by name in the {@link Summary} and left
 * out; it never fails the job. A failed task is re-run by Spark, and its output is committed once
 * by Hadoop's output committer, so no article is written twice.
 */
public final class SparkBuild {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SparkBuild.class);
    /**
     * Called at the start of each task that writes article graphs, with its partition and attempt
     * number: the test of retries makes a first attempt fail here, as a lost executor would.
     * Nothing in a run sets it.
     */
    static volatile java.util.function.BiConsumer<Integer, Integer> beforeWriteTask = (partition, attempt) -> { };

    private SparkBuild() {
    }

    /** What the job did: files read, articles written, and every file left out with the reason, by name. */
    public record Summary(int files, int written, Map<String, String> skipped, Map<String, String> duplicates, long articleQuads,
                          long derivedQuads, long millis) implements java.io.Serializable {
    }

    /**
     * Builds the articles under {@code input} (any Hadoop file system path, read recursively,
     * hidden files left out; files are named by their path under it, as {@code build} names them)
     * into N-Quads shards under {@code output}, which must not exist.
     */
    public static Summary run(JavaSparkContext sc, String input, String output, int partitions) throws java.io.IOException {
        long t0 = System.nanoTime();
        org.apache.hadoop.conf.Configuration hc = sc.hadoopConfiguration();
        hc.set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        Path out = new Path(output);
        if (out.getFileSystem(hc).exists(out)) {
            throw new IllegalArgumentException(output + " exists; give a new folder for the shards (Spark does not write over one)");
        }
        Path in = new Path(input);
        FileSystem fs = in.getFileSystem(hc);
        if (!fs.exists(in)) {
            throw new IllegalArgumentException("no such input: " + input);
        }
        String root = fs.makeQualified(in).toString();
        String prefix = root.endsWith("/") ? root : root + "/";

        // the files, listed once on the driver as build lists them (hidden files and folders left
        // out, sorted by name) and spread over the partitions evenly; each task reads its own
        List<String> paths = new ArrayList<>();
        org.apache.hadoop.fs.RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> listing = fs.listFiles(fs.makeQualified(in), true);
        while (listing.hasNext()) {
            String p = listing.next().getPath().toString();
            if (!org.newskg.ingest.InputFiles.isHiddenPath(relativeName(p, prefix))) {
                paths.add(p);
            }
        }
        paths.sort(java.util.Comparator.comparing(p -> relativeName(p, prefix)));
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no article files under " + input + "; give a folder that holds some");
        }
        JavaRDD<PartitionWork.Extracted> extracted = sc.parallelize(paths, Math.max(1, Math.min(partitions, Math.max(1, paths.size()))))
            .mapPartitions((Iterator<String> it) -> {
                List<PartitionWork.Extracted> part = new ArrayList<>();
                org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
                while (it.hasNext()) {
                    String p = it.next();
                    part.add(PartitionWork.extract(relativeName(p, prefix), new Path(p), conf));
                }
                return part.iterator();
            }).persist(StorageLevel.MEMORY_ONLY());

        // the first file (in name order) with given bytes is the article; later ones are duplicates, as build says
        // one action for what the driver needs of every file: its hash, or why it was left out
        List<Tuple2<String, String>> outcomes = extracted.map(x -> new Tuple2<>(x.sourceFile(),
            x.failure() == null ? "#" + x.contentHash() : x.failure())).collect();
        Map<String, String> skipped = new TreeMap<>();
        List<Tuple2<String, String>> hashes = new ArrayList<>();
        for (Tuple2<String, String> o : outcomes) {
            if (o._2().startsWith("#")) {
                hashes.add(new Tuple2<>(o._1(), o._2().substring(1)));
            } else {
                skipped.put(o._1(), o._2());
            }
        }
        LOG.info("read, annotated and extracted {} files in {} ms", paths.size(), (System.nanoTime() - t0) / 1_000_000);
        Map<String, String> firstByHash = new HashMap<>();
        Map<String, String> duplicates = new TreeMap<>();
        new TreeMap<>(hashes.stream().collect(java.util.stream.Collectors.toMap(Tuple2::_1, Tuple2::_2))).forEach((name, hash) -> {
            String first = firstByHash.putIfAbsent(hash, name);
            if (first != null) {
                duplicates.put(name, first);
            }
        });
        Broadcast<Set<String>> dupes = sc.broadcast(new HashSet<>(duplicates.keySet()));
        JavaRDD<PartitionWork.Extracted> articles = extracted.filter(x -> x.failure() == null && !dupes.value().contains(x.sourceFile()));

        // phase one: the names of the whole corpus, then the countries its persons' posts give
        TreeSet<String> names = new TreeSet<>(articles.flatMap(x -> x.facts().personNames().iterator()).distinct().collect());
        Broadcast<TreeSet<String>> namesB = sc.broadcast(names);
        JavaRDD<ResolvedArticle> resolved = articles.mapPartitions(it -> PartitionWork.resolve(it, namesB)).persist(StorageLevel.MEMORY_ONLY());
        Map<String, Set<String>> countries = new HashMap<>();
        resolved.flatMap(PartitionWork::positionCountries).collect()
            .forEach(t -> countries.computeIfAbsent(t._1(), k -> new TreeSet<>()).add(t._2()));
        Broadcast<Map<String, Set<String>>> countriesB = sc.broadcast(countries);
        LOG.info("{} person names and the countries of {} persons' posts, at {} ms", names.size(), countries.size(), (System.nanoTime() - t0) / 1_000_000);

        // phase two: resolve, infer, map, validate
        JavaRDD<PartitionWork.Written> written = resolved.mapPartitions(it -> PartitionWork.write(it, namesB, countriesB))
            .persist(StorageLevel.MEMORY_ONLY());
        JavaRDD<PartitionWork.Written> ok = written.filter(w -> w.failure() == null);
        ok.map(PartitionWork.Written::nquads).mapPartitions(it -> {
            org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
            beforeWriteTask.accept(task.partitionId(), task.attemptNumber());
            return it;
        }).saveAsTextFile(new Path(out, "graphs").toString());
        LOG.info("article graphs written at {} ms", (System.nanoTime() - t0) / 1_000_000);
        JavaRDD<String> derived = PartitionWork.derived(ok).persist(StorageLevel.MEMORY_ONLY());
        derived.saveAsTextFile(new Path(out, "derived").toString());
        LOG.info("derived graph written at {} ms", (System.nanoTime() - t0) / 1_000_000);

        // one action for what the summary needs of every graph: its size, or why it was left out
        long quads = 0;
        int writtenCount = 0;
        for (Tuple2<String, String> w : written.map(w -> new Tuple2<>(w.sourceFile(), w.failure() == null ? "#" + w.quads() : w.failure())).collect()) {
            if (w._2().startsWith("#")) {
                quads += Long.parseLong(w._2().substring(1));
                writtenCount++;
            } else {
                skipped.put(w._1(), w._2());
            }
        }
        long derivedQuads = derived.map(d -> d.chars().filter(c -> c == '\n').count() + 1).fold(0L, Long::sum);
        int filesRead = outcomes.size();
        extracted.unpersist(false);
        resolved.unpersist(false);
        written.unpersist(false);
        derived.unpersist(false);
        return new Summary(filesRead, writtenCount, skipped, duplicates, quads, derivedQuads, (System.nanoTime() - t0) / 1_000_000);
    }

    /** A file's name as build gives it: its path under the input folder. */
    static String relativeName(String path, String prefix) {
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path.substring(path.lastIndexOf('/') + 1);
    }

}
