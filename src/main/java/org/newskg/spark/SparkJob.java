package org.newskg.spark;

import java.io.PrintStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * What {@code newskg spark} runs once Spark is on its class path: a Spark context for the master
 * given (when the job is not started by {@code spark-submit}, which sets it), the build, and its
 * summary. Kept free of the command line library, so that {@code spark-submit --class
 * org.newskg.spark.SparkJob} can start it too.
 */
public final class SparkJob {
    private SparkJob() {
    }

    /** {@code spark-submit --class org.newskg.spark.SparkJob newskg.jar INPUT OUTPUT [PARTITIONS]}. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: org.newskg.spark.SparkJob INPUT OUTPUT [PARTITIONS]");
            System.exit(2);
        }
        System.exit(run(null, args[0], args[1], args.length > 2 ? Integer.parseInt(args[2]) : 0, System.out));
    }

    /**
     * Runs the build; 0 when every file became an article, 1 when some were left out (listed).
     *
     * @param master     {@code local[*]}, {@code spark://…}, {@code yarn}, … or null when spark-submit set it
     * @param partitions input partitions (0: eight times the default parallelism)
     */
    public static int run(String master, String input, String output, int partitions, PrintStream out) throws Exception {
        SparkConf conf = conf(master);
        if (conf.get("spark.master", "").startsWith("local")) {
            // the driver's JVM is the executor: load the models while Spark starts
            org.newskg.nlp.NlpPipeline.preload();
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            // small tasks balance the cores: a task's articles are annotated one after another
            int parts = partitions > 0 ? partitions : 8 * sc.defaultParallelism();
            SparkBuild.Summary s = SparkBuild.run(sc, input, output, parts);
            out.printf("built %d of %d files into %s: %d graphs (%,d quads) and %,d derived statements, %d skipped, %d duplicates, %.1f s%n",
                s.written(), s.files(), output, s.written(), s.articleQuads(), s.derivedQuads(), s.skipped().size(), s.duplicates().size(),
                s.millis() / 1000.0);
            s.skipped().forEach((f, why) -> out.println("skipped " + f + ": " + why));
            s.duplicates().forEach((dup, of) -> out.println("duplicate " + dup + ": the same bytes as " + of + ", which is kept"));
            return s.skipped().isEmpty() ? 0 : 1;
        }
    }

    /**
     * The Spark configuration the job runs with: no web UI, Spark's metrics kept off HTTP
     * ({@link NoHttpMetrics}), and the JDK's StAX parser for Jena (Hadoop brings Woodstox, which
     * refuses a property Jena sets).
     *
     * @param master null when spark-submit sets it
     */
    public static SparkConf conf(String master) {
        if (System.getProperty("javax.xml.stream.XMLInputFactory") == null) {
            System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
        SparkConf conf = new SparkConf().setAppName("newskg build").setIfMissing("spark.ui.enabled", "false")
            .setIfMissing("spark.metrics.conf.*.sink.servlet.class", NoHttpMetrics.class.getName());
        if (master != null) {
            conf.setMaster(master);
        }
        return conf;
    }
}
