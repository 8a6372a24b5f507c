package org.newskg.spark;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
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
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.EntityType;
import org.newskg.extract.Fact;
import org.newskg.extract.FactExtractor;
import org.newskg.infer.Inference;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.UnreadableArticleException;
import org.newskg.lexicon.Lazy;
import org.newskg.nlp.NlpPipeline;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.GraphValidator;
import org.newskg.rdf.NKG;
import org.newskg.relation.Relations;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.KnownPersons;
import org.newskg.resolve.PersonDirectory;
import org.newskg.resolve.ResolvedArticle;
import org.newskg.store.DerivedStatements;
import org.newskg.store.KnowledgeStore;
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
    private static final Lazy<ArticleReader> READER = Lazy.of(ArticleReader::create);
    private static final Lazy<FactExtractor> EXTRACTOR = Lazy.of(Relations::factExtractor);
    private static final Lazy<EntityResolver> RESOLVER = Lazy.of(EntityResolver::standard);
    private static final Lazy<Inference> INFERENCE = Lazy.of(Inference::standard);
    private static final Lazy<ArticleGraphMapper> MAPPER = Lazy.of(Relations::graphMapper);
    private static final Lazy<GraphValidator> VALIDATOR = Lazy.of(GraphValidator::standard);

    private SparkBuild() {
    }

    /** What the job did: files read, articles written, and every file left out with the reason, by name. */
    public record Summary(int files, int written, Map<String, String> skipped, Map<String, String> duplicates, long articleQuads,
                          long derivedQuads, long millis) implements java.io.Serializable {
    }

    /** One file after ingest, NLP and extraction: its facts, or why it has none. Cached in the executor, never shipped. */
    private record Extracted(String sourceFile, String contentHash, ArticleFacts facts, String failure) {
    }

    /** One article's graph as N-Quads, or why it was left out, and what the derived statements need of it. */
    private record Written(String sourceFile, String nquads, String failure, long quads, List<Tuple2<String, String>> personNames,
                           List<Tuple2<String, String>> reports) {
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
            if (!isHidden(relativeName(p, prefix))) {
                paths.add(p);
            }
        }
        paths.sort(java.util.Comparator.comparing(p -> relativeName(p, prefix)));
        JavaRDD<Extracted> extracted = sc.parallelize(paths, Math.max(1, Math.min(partitions, Math.max(1, paths.size()))))
            .mapPartitions((Iterator<String> it) -> {
                List<Extracted> part = new ArrayList<>();
                org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
                while (it.hasNext()) {
                    String p = it.next();
                    part.add(extract(relativeName(p, prefix), read(new Path(p), conf)));
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
        JavaRDD<Extracted> articles = extracted.filter(x -> x.failure() == null && !dupes.value().contains(x.sourceFile()));

        // phase one: the names of the whole corpus, then the countries its persons' posts give
        TreeSet<String> names = new TreeSet<>(articles.flatMap(x -> x.facts().mentions().stream()
            .filter(m -> m.type() == EntityType.PERSON).map(m -> m.text()).distinct().iterator()).distinct().collect());
        Broadcast<TreeSet<String>> namesB = sc.broadcast(names);
        JavaRDD<ResolvedArticle> resolved = articles.mapPartitions(it -> resolve(it, namesB.value())).persist(StorageLevel.MEMORY_ONLY());
        Map<String, Set<String>> countries = new HashMap<>();
        resolved.flatMap(SparkBuild::positionCountries).collect()
            .forEach(t -> countries.computeIfAbsent(t._1(), k -> new TreeSet<>()).add(t._2()));
        Broadcast<Map<String, Set<String>>> countriesB = sc.broadcast(countries);
        LOG.info("{} person names and the countries of {} persons' posts, at {} ms", names.size(), countries.size(), (System.nanoTime() - t0) / 1_000_000);

        // phase two: resolve, infer, map, validate
        JavaRDD<Written> written = resolved.mapPartitions(it -> write(it, namesB.value(), countriesB.value()))
            .persist(StorageLevel.MEMORY_ONLY());
        JavaRDD<Written> ok = written.filter(w -> w.failure() == null);
        ok.map(Written::nquads).saveAsTextFile(new Path(out, "graphs").toString());
        LOG.info("article graphs written at {} ms", (System.nanoTime() - t0) / 1_000_000);
        JavaRDD<String> derived = derived(ok).persist(StorageLevel.MEMORY_ONLY());
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

    /** A file's bytes, or null when it cannot be read (reported as such). */
    private static byte[] read(Path p, org.apache.hadoop.conf.Configuration conf) {
        try (java.io.InputStream in = p.getFileSystem(conf).open(p)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** As build skips them: a file or folder whose name starts with a dot. */
    static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Extracted extract(String name, byte[] bytes) {
        if (bytes == null) {
            return new Extracted(name, null, null, "cannot read it");
        }
        try {
            Article article = READER.get().parse(name, bytes);
            ArticleFacts facts = EXTRACTOR.get().extract(NlpPipeline.shared().annotate(article));
            return new Extracted(name, article.contentHash(), facts, null);
        } catch (UnreadableArticleException e) {
            return new Extracted(name, null, null, e.reason());
        } catch (RuntimeException e) {
            return new Extracted(name, null, null, "failed in NLP/extraction: " + e);
        }
    }

    /** The persons of the whole corpus, in sorted order, and the countries their posts give. */
    private static PersonDirectory directory(TreeSet<String> names, Map<String, Set<String>> countries) {
        return PersonDirectory.of(new KnownPersons() {
            @Override
            public Collection<String> fullNames() {
                return names;
            }

            @Override
            public Map<String, Set<String>> positionCountries() {
                return countries;
            }
        });
    }

    private static List<Extracted> drain(Iterator<Extracted> it) {
        List<Extracted> part = new ArrayList<>();
        it.forEachRemaining(part::add);
        return part;
    }

    /** A partition's articles resolved against the corpus's names, the article rules of inference run. */
    private static Iterator<ResolvedArticle> resolve(Iterator<Extracted> it, TreeSet<String> names) {
        List<ArticleFacts> batch = drain(it).stream().map(Extracted::facts).toList();
        return INFERENCE.get().inferArticles(RESOLVER.get().resolve(batch, directory(names, Map.of()))).iterator();
    }

    /** (person IRI, country) for every post with a country. */
    private static Iterator<Tuple2<String, String>> positionCountries(ResolvedArticle r) {
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (Fact.Position p : r.facts().facts(Fact.Position.class)) {
            p.country().ifPresent(c -> r.entityOf(p.person()).ifPresent(e -> out.add(new Tuple2<>(e.iri(), c))));
        }
        return out.iterator();
    }

    /** The batch rules of inference with the whole corpus's position countries, then each article's graph. */
    private static Iterator<Written> write(Iterator<ResolvedArticle> it, TreeSet<String> names, Map<String, Set<String>> countries) {
        List<ResolvedArticle> batch = new ArrayList<>();
        it.forEachRemaining(batch::add);
        List<Written> out = new ArrayList<>();
        for (ResolvedArticle r : INFERENCE.get().inferBatch(batch, directory(names, countries))) {
            String source = r.facts().article().sourceFile();
            try {
                Model graph = MAPPER.get().map(r);
                List<GraphValidator.Violation> violations = VALIDATOR.get().violations(graph.getGraph());
                if (!violations.isEmpty()) {
                    out.add(new Written(source, null, "not loaded: its graph " + GraphValidator.describe(violations), 0, List.of(), List.of()));
                    continue;
                }
                DatasetGraph dsg = DatasetGraphFactory.create();
                dsg.addGraph(NodeFactory.createURI(r.articleIri()), graph.getGraph());
                StringWriter text = new StringWriter();
                RDFDataMgr.write(text, dsg, Lang.NQUADS);
                List<Tuple2<String, String>> personNames = new ArrayList<>();
                graph.listSubjectsWithProperty(RDF.type, NKG.Person).forEachRemaining(p -> p.listProperties(SKOS.altLabel)
                    .forEachRemaining(st -> personNames.add(new Tuple2<>(p.getURI(), st.getString()))));
                List<Tuple2<String, String>> reports = new ArrayList<>();
                graph.listStatements(null, NKG.reportedIn, (org.apache.jena.rdf.model.RDFNode) null)
                    .forEachRemaining(st -> reports.add(new Tuple2<>(st.getSubject().getURI(), st.getObject().asResource().getURI())));
                String nq = text.toString();
                out.add(new Written(source, nq.endsWith("\n") ? nq.substring(0, nq.length() - 1) : nq, null, graph.size(), personNames, reports));
            } catch (RuntimeException e) {
                out.add(new Written(source, null, "not loaded: " + e, 0, List.of(), List.of()));
            }
        }
        return out.iterator();
    }

    /** The derived graph: each person's preferred label and each fact's report count ({@link DerivedStatements}). */
    private static JavaRDD<String> derived(JavaRDD<Written> ok) {
        JavaPairRDD<String, Iterable<String>> names = ok.flatMapToPair(w -> w.personNames().iterator()).groupByKey();
        JavaPairRDD<String, Integer> counts = ok.flatMapToPair(w -> w.reports().iterator()).distinct()
            .mapToPair(t -> new Tuple2<>(t._1(), 1)).reduceByKey(Integer::sum);
        return names.fullOuterJoin(counts).map(t -> {
            Node subject = NodeFactory.createURI(t._1());
            List<String> labels = new ArrayList<>();
            if (t._2()._1().isPresent()) {
                t._2()._1().get().forEach(labels::add);
            }
            int n = t._2()._2().isPresent() ? t._2()._2().get() : 0;
            Node g = NodeFactory.createURI(KnowledgeStore.ENTITIES_GRAPH);
            StringBuilder b = new StringBuilder();
            for (org.apache.jena.graph.Triple tr : DerivedStatements.of(subject, labels, n)) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(NodeFmtLib.strNT(tr.getSubject())).append(' ').append(NodeFmtLib.strNT(tr.getPredicate())).append(' ')
                    .append(NodeFmtLib.strNT(tr.getObject())).append(' ').append(NodeFmtLib.strNT(g)).append(" .");
            }
            return b.toString();
        }).filter(s -> !s.isEmpty());
    }
}
