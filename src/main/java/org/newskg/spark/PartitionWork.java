package org.newskg.spark;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.apache.spark.broadcast.Broadcast;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Fact;
import org.newskg.extract.FactExtractor;
import org.newskg.infer.Inference;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.UnreadableArticleException;
import org.newskg.lexicon.Lazy;
import org.newskg.nlp.NlpPipeline;
import org.newskg.pipeline.ArticleGraphs;
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
 * What the Spark job's tasks do with their partition: read and extract each file, resolve the
 * partition against the corpus's names and run the article rules, then the batch rules and each
 * article's graph as N-Quads, and the derived graph over all graphs. The per-JVM stages (CoreNLP
 * pipeline, rules, mapper, shapes) are made once per executor JVM.
 */
final class PartitionWork {
    private static final Lazy<ArticleReader> READER = Lazy.of(ArticleReader::create);
    private static final Lazy<FactExtractor> EXTRACTOR = Lazy.of(Relations::factExtractor);
    private static final Lazy<EntityResolver> RESOLVER = Lazy.of(EntityResolver::standard);
    private static final Lazy<Inference> INFERENCE = Lazy.of(Inference::standard);
    private static final Lazy<ArticleGraphMapper> MAPPER = Lazy.of(Relations::graphMapper);
    private static final Lazy<GraphValidator> VALIDATOR = Lazy.of(GraphValidator::standard);

    /** One file after ingest, NLP and extraction: its facts, or why it has none. Cached in the executor, never shipped. */
    record Extracted(String sourceFile, String contentHash, ArticleFacts facts, String failure) {
    }

    /** One article's graph as N-Quads, or why it was left out, and what the derived statements need of it. */
    record Written(String sourceFile, String nquads, String failure, long quads, List<Tuple2<String, String>> personNames,
                           List<Tuple2<String, String>> reports) {
    }

    private PartitionWork() {
    }

    /** A file read, annotated and extracted; or why it could not be (the file system's word, the reader's, the pipeline's). */
    static Extracted extract(String name, Path p, org.apache.hadoop.conf.Configuration conf) {
        byte[] bytes;
        try (java.io.InputStream in = p.getFileSystem(conf).open(p)) {
            bytes = in.readAllBytes();
        } catch (java.io.IOException e) {
            return new Extracted(name, null, null, "cannot read it: " + e.getMessage());
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

    /** The directories made in this JVM, by the broadcasts they were made from: one per job stage, not one per task. */
    private static final Map<List<Long>, PersonDirectory> DIRECTORIES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The persons of the whole corpus, in sorted order, and the countries their posts give (none
     * when {@code countries} is null), made once per executor JVM and shared by its tasks: the
     * resolver and the rules only read it.
     */
    static PersonDirectory directory(Broadcast<TreeSet<String>> names, Broadcast<Map<String, Set<String>>> countries) {
        List<Long> key = List.of(names.id(), countries == null ? -1L : countries.id());
        return DIRECTORIES.computeIfAbsent(key,
            k -> PersonDirectory.of(KnownPersons.of(names.value(), countries == null ? Map.of() : countries.value())));
    }

    static List<Extracted> drain(Iterator<Extracted> it) {
        List<Extracted> part = new ArrayList<>();
        it.forEachRemaining(part::add);
        return part;
    }

    /** A partition's articles resolved against the corpus's names, the article rules of inference run. */
    static Iterator<ResolvedArticle> resolve(Iterator<Extracted> it, Broadcast<TreeSet<String>> names) {
        List<ArticleFacts> batch = drain(it).stream().map(Extracted::facts).toList();
        return INFERENCE.get().inferArticles(RESOLVER.get().resolve(batch, directory(names, null))).iterator();
    }

    /** (person IRI, country) for every post with a country. */
    static Iterator<Tuple2<String, String>> positionCountries(ResolvedArticle r) {
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (Fact.Position p : r.facts().facts(Fact.Position.class)) {
            p.country().ifPresent(c -> r.entityOf(p.person()).ifPresent(e -> out.add(new Tuple2<>(e.iri(), c))));
        }
        return out.iterator();
    }

    /** The batch rules of inference with the whole corpus's position countries, then each article's graph. */
    static Iterator<Written> write(Iterator<ResolvedArticle> it, Broadcast<TreeSet<String>> names,
                                   Broadcast<Map<String, Set<String>>> countries) {
        List<ResolvedArticle> batch = new ArrayList<>();
        it.forEachRemaining(batch::add);
        List<Written> out = new ArrayList<>();
        for (ResolvedArticle r : INFERENCE.get().inferBatch(batch, directory(names, countries))) {
            String source = r.facts().article().sourceFile();
            try {
                Model graph = ArticleGraphs.valid(MAPPER.get()::map, VALIDATOR.get(), r);
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
                out.add(new Written(source, null, ArticleGraphs.notLoaded(e), 0, List.of(), List.of()));
            }
        }
        return out.iterator();
    }

    /** The derived graph: each person's preferred label and each fact's report count ({@link DerivedStatements}). */
    static JavaRDD<String> derived(JavaRDD<Written> ok) {
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
